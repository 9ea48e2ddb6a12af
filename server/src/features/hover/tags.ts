// TAGS codes (§3.5): kind, meaning and its source in the era of the cable (FIPS 10-4 two-letter
// codes up to 2010), documented corrections of mis-keyed codes, and run-together codes.

import type { Tag } from '../../model/cable';
import { lookupTag, splitRunTogetherTag, tagCorrection } from '../../reference';
import { describeTag } from '../describers';
import type { HoverContext } from './context';
import { code, escape, hoverOf, type Hover } from '../markdown';

export function tagHover(ctx: HoverContext, tag: Tag): Hover {
  const info = lookupTag(tag.value, ctx.year ?? undefined);
  const correction = tagCorrection(tag.value);
  const split = correction === null ? splitRunTogetherTag(tag.value) : null;
  return hoverOf(tag.range, [
    ...describeTag(info),
    correction === null ? null : `A documented mis-keying of ${code(correction.correction)} (${escape(correction.source)}).`,
    split === null ? null : `Reads as the listed codes ${split.map(code).join(' ')} run together.`,
  ]);
}
