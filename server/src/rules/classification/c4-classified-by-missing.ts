// C4: a classified telegram names who classified it and why, in an unnumbered paragraph before the
// text (5 FAH-1 H-240, §3.8). A derivative classification (`DERIVED FROM: DSCG 05-1 B, D`) takes
// its place. Cables from before E.O. 12958 did not carry the paragraph and are not checked.

import type { Rule } from '../types';
import { beforeOrder12958 } from './era';
import { isClassified } from './marks';

export const classifiedByMissing: Rule = {
  code: 'C4',
  name: 'classified-by-missing',
  severity: 'warning',
  description: 'A classified cable has a "Classified By … Reason" paragraph (or a derivative "Derived From" line).',
  basis: '5 FAH-1 H-240',
  check(cable) {
    const marking = cable.banner?.marking;
    if (!marking || !isClassified(marking.value) || beforeOrder12958(cable) || cable.classifiedBy) return [];
    return [{ range: marking.range, message: `${marking.value} cable without a "Classified By" paragraph` }];
  },
};
