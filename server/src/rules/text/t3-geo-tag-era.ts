// T3: two-letter TAGS of cables up to 2010 are FIPS 10-4 codes (§3.5). A code that is none but
// reads as a country in the 2024 GENC-based list (`RU`, `GE`, `JP`, `DE`) is probably written from
// the other list. Information only: the sources do not say what the drafter meant.

import type { Rule } from '../types';
import { replaceTags, tagReadings } from './tagReadings';

export const geoTagEra: Rule = {
  code: 'T3',
  name: 'geo-tag-era',
  severity: 'information',
  description: 'A two-letter TAGS code is a FIPS 10-4 code, not one of the 2024 list.',
  basis: 'observed practice',
  check(cable) {
    return tagReadings(cable).flatMap((r) => {
      if (r.kind !== 'era') return [];
      const code = r.tags[0].value;
      const readings = [`2024 list: ${r.country}`, ...(r.older ? [`1974 handbook: ${r.older}`] : [])].join('; ');
      const fix = r.fix;
      return [
        {
          range: r.range,
          message: `${code} is not a FIPS 10-4 code (${readings})${fix ? `; documented correction: ${fix.correction}` : ''}`,
          ...(fix ? { fixes: [replaceTags(cable, r, [fix.correction], `Replace with ${fix.correction}`)] } : {}),
        },
      ];
    });
  },
};
