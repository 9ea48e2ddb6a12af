// C15: each reason letter exists in the section cited (§3.8): E.O. 12958 §1.5 lists (a)–(g), §1.4
// of the amended order and of E.O. 13526 list (a)–(h), so `1.5 (h)` names no reason. The letter
// range holds in all 4,154 sample cables that give one, so a letter outside it is an error.

import { cableDate } from '../../model/facts';
import { executiveOrderName, listClassificationReasons, lookupClassificationReason } from '../../reference';
import type { Rule } from '../types';

export const reasonLetter: Rule = {
  code: 'C15',
  name: 'reason-letter',
  severity: 'error',
  description: 'Each Classified By reason letter exists in the section cited: (a)–(g) in §1.5, (a)–(h) in §1.4.',
  basis: 'E.O. 12958 §1.5; E.O. 13292 §1.4',
  check(cable) {
    const cb = cable.classifiedBy;
    if (!cb?.section) return [];
    const section = cb.section.value;
    const date = cableDate(cable) ?? undefined;
    return cb.reasons.flatMap((letter) => {
      const found = lookupClassificationReason(section, letter.value, { date });
      // No version of any order lists reasons in that section: nothing to say (unknown beats wrong).
      if (found.version === null || found.reason !== null) return [];
      const letters = listClassificationReasons(found.version.id).map((r) => r.letter);
      const listed = `(${letters[0]})–(${letters[letters.length - 1]})`;
      return [{ range: letter.range, message: `${section} (${letter.value}) is not a reason: ${executiveOrderName(found.version)} §${section} lists ${listed}` }];
    });
  },
};
