// C7: a declassification date lies after the date of the cable (§3.4): E.O. 12958 §1.6 has the
// classifier set a future date or event at which the information stops being classified.

import { cableDate } from '../../model/facts';
import type { Rule } from '../types';

export const declassifyBeforeCable: Rule = {
  code: 'C7',
  name: 'declassify-before-cable',
  severity: 'error',
  description: 'The DECL date on the E.O. line is later than the date of the cable.',
  basis: 'E.O. 12958 §1.6',
  check(cable) {
    const decl = cable.executiveOrder?.declassify?.date;
    const date = cableDate(cable);
    if (!decl || date === null || decl.value > date) return [];
    return [{ range: decl.range, message: `Declassification date ${decl.value} is not after the cable's date ${date}` }];
  },
};
