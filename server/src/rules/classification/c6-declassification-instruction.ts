// C6: the E.O. line's declassification instruction fits the banner (§3.4): an unclassified cable
// reads `N/A`, a classified one `DECL:` with a date, an event or an exemption. Declassified old
// cables carry NARA's stamp there (`DECLASSIFIED BY NARA 09/02/2009`), which is left alone.

import { lookupDeclassificationMarking } from '../../reference';
import type { Rule } from '../types';
import { isClassified } from './marks';

export const declassificationInstruction: Rule = {
  code: 'C6',
  name: 'declassification-instruction',
  severity: 'warning',
  description: 'An unclassified cable reads `E.O. 12958: N/A`; a classified one gives a DECL date, event or exemption.',
  basis: '5 FAH-1 H-210',
  check(cable) {
    const marking = cable.banner?.marking;
    const eo = cable.executiveOrder;
    if (!marking?.value || !eo) return [];
    const decl = eo.declassify;
    const related = [{ range: marking.range, message: `banner: ${marking.value}` }];
    const declMarking = decl?.marking ?? null;
    const listed = declMarking ? lookupDeclassificationMarking(declMarking.value) : null;
    const notApplicable = listed?.kind === 'not-applicable';
    if (!isClassified(marking.value)) {
      if (decl?.date) return [{ range: decl.date.range, message: 'Declassification date on an unclassified cable (N/A expected)', related }];
      if (declMarking && listed && !notApplicable) return [{ range: declMarking.range, message: `${listed.code} on an unclassified cable (N/A expected)`, related }];
      return [];
    }
    if (declMarking && notApplicable) return [{ range: declMarking.range, message: `N/A on a ${marking.value} cable: give a DECL date, event or exemption`, related }];
    if (!decl || (!decl.date && !decl.marking)) {
      const range = decl?.keyword?.range ?? { start: eo.keyword.range.start, end: (eo.order ?? eo.keyword).range.end };
      return [{ range, message: `No declassification instruction on a ${marking.value} cable`, related }];
    }
    return [];
  },
};
