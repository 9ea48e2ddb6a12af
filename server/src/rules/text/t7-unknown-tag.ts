// T7: a code-like TAGS token that no list used here names (tags.tsv) and that no correction or split
// explains. A hint: the lists are incomplete (the 2022 5 FAH-3 list is only available up to EMIN)
// and organisation codes are open-ended.

import type { Rule } from '../types';
import { tagReadings } from './tagReadings';

export const unknownTag: Rule = {
  code: 'T7',
  name: 'unknown-tag',
  severity: 'hint',
  description: 'A TAGS code is in the TAGS lists.',
  basis: '5 FAH-3 (TAGS lists)',
  check(cable) {
    return tagReadings(cable).flatMap((r) =>
      r.kind === 'unknown' ? [{ range: r.range, message: `${r.tags[0].text} is in none of the TAGS lists` }] : [],
    );
  },
};
