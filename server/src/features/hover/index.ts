// Hover: what the code or element under the pointer means, from the sourced reference tables, in
// the era of the cable. One file per kind of element; this one finds the element.

import type { Cable } from '../../model/cable';
import { rangeSpansLine, type Position } from '../../model/range';
import { bannerHover, captionHover, sectionBreakHover } from './banner';
import { paragraphHover, referencesHover } from './body';
import { hoverContext, pick } from './context';
import { classifiedByHover, executiveOrderHover } from './executiveOrder';
import { headerHover } from './header';
import type { Hover } from '../markdown';
import { tagHover } from './tags';

export type { Hover } from '../markdown';

export function hover(cable: Cable, position: Position): Hover | null {
  const ctx = hoverContext(cable, position);
  const { header, banner, executiveOrder, tags, classifiedBy } = cable;
  if (header && rangeSpansLine(header.range, position.line)) return headerHover(ctx, header);
  if (banner && rangeSpansLine(banner.range, position.line)) return bannerHover(cable, banner, position);
  const caption = pick(cable.captions, position);
  if (caption) return captionHover(caption);
  if (executiveOrder && rangeSpansLine(executiveOrder.range, position.line)) {
    const found = executiveOrderHover(ctx, executiveOrder);
    if (found) return found;
  }
  const tag = tags && rangeSpansLine(tags.range, position.line) ? pick(tags.tags, position) : undefined;
  if (tag) return tagHover(ctx, tag);
  if (rangeSpansLine(cable.references?.range, position.line)) {
    const found = referencesHover(ctx, position);
    if (found) return found;
  }
  if (classifiedBy && rangeSpansLine(classifiedBy.range, position.line)) {
    const found = classifiedByHover(ctx, classifiedBy);
    if (found) return found;
  }
  const section = pick(cable.sections, position);
  if (section) return sectionBreakHover(cable, section);
  return paragraphHover(cable, position);
}
