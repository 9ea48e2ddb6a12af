// C4: a classified telegram names who classified it and why, in an unnumbered paragraph before the
// text (5 FAH-1 H-240, §3.8). A derivative classification (`DERIVED FROM: DSCG 05-1 B, D`) takes
// its place. Cables from before E.O. 12958 did not carry the paragraph and are not checked.

import type { Cable } from '../../model/cable';
import type { Rule } from '../types';
import { beforeOrder12958 } from './era';
import { isClassified } from './marks';

// `Classified By`, `(U) Classified by`, `1. (U)  CLASSIFIED BY`, `DERIVED FROM:` at a line start.
const AUTHORITY_LINE = /^[\s¶]*(?:\d{1,3}\.\s*)?(?:\([A-Z/]{1,8}\)\s*)?(?:classified\s+by|derived\s+from)\b/i;

/**
 * Whether the lines from the banner to the end of the first numbered paragraph state a
 * classification authority. The model's Classified By is the usual answer; the lines are read too
 * because a portion mark before the keyword or a derivative classification line is not modelled.
 */
function statesAuthority(cable: Cable): boolean {
  if (cable.classifiedBy) return true;
  const from = cable.banner?.range.start.line ?? 0;
  const to = cable.paragraphs[1]?.range.start.line ?? cable.paragraphs[0]?.range.end.line ?? cable.lines.length - 1;
  for (let line = from; line <= to; line++) if (AUTHORITY_LINE.test(cable.lines[line])) return true;
  return false;
}

export const classifiedByMissing: Rule = {
  code: 'C4',
  name: 'classified-by-missing',
  severity: 'warning',
  description: 'A classified cable has a "Classified By … Reason" paragraph (or a derivative "Derived From" line).',
  basis: '5 FAH-1 H-240',
  check(cable) {
    const marking = cable.banner?.marking;
    if (!marking || !isClassified(marking.value) || beforeOrder12958(cable) || statesAuthority(cable)) return [];
    return [{ range: marking.range, message: `${marking.value} cable without a "Classified By" paragraph` }];
  },
};
