// Where to report a missing E.O., TAGS or SUBJECT line (T1, T4, T5): on the element it should
// precede, else on the one it should follow — never on the whole document.

import type { Cable } from '../../model/cable';
import type { Range } from '../../model/range';
import { isCable } from '../../model/facts';

export type FrontMatterElement = 'executiveOrder' | 'tags' | 'subject';

/** The text elements in their order (§3): banner, E.O., TAGS, SUBJECT, REF, Classified By, paragraph 1. */
function elements(cable: Cable): Array<{ name: string; range: Range | null }> {
  return [
    { name: 'banner', range: cable.banner?.marking.range ?? null },
    { name: 'executiveOrder', range: cable.executiveOrder?.keyword.range ?? null },
    { name: 'tags', range: cable.tags?.keyword.range ?? null },
    { name: 'subject', range: cable.subject?.keyword.range ?? null },
    { name: 'references', range: cable.references?.keyword.range ?? null },
    { name: 'classifiedBy', range: cable.classifiedBy?.keyword.range ?? null },
    { name: 'paragraph', range: cable.paragraphs[0]?.number.range ?? null },
  ];
}

/**
 * The range to report a missing element on, or null when the text is no cable (a fragment with
 * neither header nor banner nor two front-matter lines), where a missing line means nothing.
 */
export function missingElementAnchor(cable: Cable, missing: FrontMatterElement): Range | null {
  if (!isCable(cable)) return null;
  const list = elements(cable);
  const at = list.findIndex((e) => e.name === missing);
  const after = list.slice(at + 1).find((e) => e.range !== null);
  const before = list.slice(0, at).reverse().find((e) => e.range !== null);
  return after?.range ?? before?.range ?? null;
}
