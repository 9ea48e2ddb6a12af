// C5: the Classified By reason cites the section the order of the day lists reasons in: §1.5 of
// E.O. 12958 until E.O. 13292 renumbered it §1.4 on 25 March 2003 (§3.8). Cables kept citing 1.5
// for years after (175 in the sample), so this is information, not an error.

import { cableDate } from '../../model/facts';
import { executiveOrderInForce, executiveOrderName } from '../../reference';
import type { Rule } from '../types';

export const reasonSectionEra: Rule = {
  code: 'C5',
  name: 'reason-section-era',
  severity: 'information',
  description: 'The Classified By reason cites §1.5 before 25 March 2003 and §1.4 after (E.O. 12958 as amended by E.O. 13292).',
  basis: 'E.O. 12958 §1.5; E.O. 13292',
  check(cable) {
    const section = cable.classifiedBy?.section;
    const date = cableDate(cable);
    if (!section || date === null) return [];
    const version = executiveOrderInForce(date);
    const expected = version?.reasonSection;
    if (!version || !expected || expected === section.value) return [];
    return [{ range: section.range, message: `Reason ${section.value} on a cable of ${date}: ${executiveOrderName(version)} lists reasons in §${expected}` }];
  },
};
