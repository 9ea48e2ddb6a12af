// T2: a TAGS token that is a documented mis-keying (tag-fixes.tsv, from cablemap's _TAG_FIXES:
// `POGOV` → `PGOV`, `VTPREL` → `VT PREL`) is corrected. An error: the code as written is no code,
// so AMADS cannot disseminate on it, and the correction is on record. Geographic codes of the wrong
// era (`RU` → `RS`) are T3's.

import type { Rule } from '../types';
import { replaceTags, tagReadings } from './tagReadings';

export const misKeyedTag: Rule = {
  code: 'T2',
  name: 'mis-keyed-tag',
  severity: 'error',
  description: 'A TAGS token is not a known mis-keying of TAGS codes.',
  basis: '5 FAH-3 (TAGS lists)',
  check(cable) {
    return tagReadings(cable).flatMap((r) => {
      if (r.kind !== 'correction') return [];
      const written = r.tags.map((t) => t.text).join(' ');
      const corrected = r.codes.join(' ');
      return [
        {
          range: r.range,
          message: `${written} is a mis-keying of ${corrected}`,
          fixes: [replaceTags(cable, r, r.codes, `Replace with ${corrected}`)],
        },
      ];
    });
  },
};
