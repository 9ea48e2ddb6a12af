// Hover: what the code or element under the pointer means, from the sourced reference tables, in
// the era of the cable. One file per kind of element; this one finds the element.

import type { Cable } from '../../model/cable';
import type { Position, Range } from '../../model/range';
import { bannerHover, captionHover, sectionBreakHover } from './banner';
import { paragraphHover, referencesHover } from './body';
import { hoverContext, pick } from './context';
import { classifiedByHover, executiveOrderHover } from './executiveOrder';
import { headerHover } from './header';
import type { Hover } from './markdown';
import { tagHover } from './tags';

export type { Hover } from './markdown';

function onLines(range: Range | undefined, position: Position): boolean {
  return range !== undefined && range.start.line <= position.line && position.line <= range.end.line;
}

export function hover(cable: Cable, position: Position): Hover | null {
  const ctx = hoverContext(cable, position);
  const { header, banner, executiveOrder, tags, classifiedBy } = cable;
  if (header && onLines(header.range, position)) return headerHover(ctx, header);
  if (banner && onLines(banner.range, position)) return bannerHover(cable, banner, position);
  const caption = pick(cable.captions, position);
  if (caption) return captionHover(caption);
  if (executiveOrder && onLines(executiveOrder.range, position)) {
    const found = executiveOrderHover(ctx, executiveOrder);
    if (found) return found;
  }
  const tag = tags && onLines(tags.range, position) ? pick(tags.tags, position) : undefined;
  if (tag) return tagHover(ctx, tag);
  if (onLines(cable.references?.range, position)) {
    const found = referencesHover(ctx, position);
    if (found) return found;
  }
  if (classifiedBy && onLines(classifiedBy.range, position)) {
    const found = classifiedByHover(ctx, classifiedBy);
    if (found) return found;
  }
  const section = pick(cable.sections, position);
  if (section) return sectionBreakHover(cable, section);
  return paragraphHover(cable, position);
}
