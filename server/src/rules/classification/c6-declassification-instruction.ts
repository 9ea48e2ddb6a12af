// C6: the E.O. line's declassification instruction fits the banner (§3.4): an unclassified cable
// reads `N/A`, a classified one `DECL:` with a date, an event or an exemption. Declassified old
// cables carry NARA's stamp there (`DECLASSIFIED BY NARA 09/02/2009`), which is left alone.

import { lookupDeclassificationMarking } from '../../reference';
import type { Declassification, ExecutiveOrderLine, Level } from '../../model/cable';
import type { Finding, Rule } from '../types';
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
    const banner: Banner = { level: marking.value, related: [{ range: marking.range, message: `banner: ${marking.value}` }] };
    return isClassified(marking.value) ? checkClassified(eo, banner) : checkUnclassified(eo.declassify, banner);
  },
};

/** The banner's level, and the banner as the finding's related information. */
interface Banner {
  readonly level: Level;
  readonly related: Finding['related'];
}

/** The listed reading of the instruction's marking (`N/A`, `25X1-HUMAN`), when it is listed. */
function listedMarking(decl: Declassification | null) {
  const marking = decl?.marking ?? null;
  const listed = marking ? lookupDeclassificationMarking(marking.value) : null;
  return { marking, listed, notApplicable: listed?.kind === 'not-applicable' };
}

/** An unclassified cable: N/A expected, so no date and no other listed instruction. */
function checkUnclassified(decl: Declassification | null, { related }: Banner): Finding[] {
  const { marking, listed, notApplicable } = listedMarking(decl);
  if (decl?.date) return [{ range: decl.date.range, message: 'Declassification date on an unclassified cable (N/A expected)', related }];
  if (marking && listed && !notApplicable) return [{ range: marking.range, message: `${listed.code} on an unclassified cable (N/A expected)`, related }];
  return [];
}

/** A classified cable: a DECL date, event or exemption expected, not N/A and not nothing. */
function checkClassified(eo: ExecutiveOrderLine, { level, related }: Banner): Finding[] {
  const decl = eo.declassify;
  const { marking, notApplicable } = listedMarking(decl);
  if (marking && notApplicable) return [{ range: marking.range, message: `N/A on a ${level} cable: give a DECL date, event or exemption`, related }];
  if (!decl || (!decl.date && !decl.marking)) {
    const range = decl?.keyword?.range ?? { start: eo.keyword.range.start, end: (eo.order ?? eo.keyword).range.end };
    return [{ range, message: `No declassification instruction on a ${level} cable`, related }];
  }
  return [];
}
