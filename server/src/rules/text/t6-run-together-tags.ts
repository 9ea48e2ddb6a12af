// T6: TAGS codes keyed without a separator (`ECONEFIN`, `HRKAWC`) are split into the listed codes
// they are made of, when the split is the only one with the fewest codes and looks like TAGS
// (tagReadings.ts). A warning, not T2's error: the split is read from the lists, not documented.

import type { Rule } from '../types';
import { replaceTags, tagReadings } from './tagReadings';

export const runTogetherTags: Rule = {
  code: 'T6',
  name: 'run-together-tags',
  severity: 'warning',
  description: 'TAGS codes are separated, not run together.',
  basis: '5 FAH-3 (TAGS lists)',
  check(cable) {
    return tagReadings(cable).flatMap((r) => {
      if (r.kind !== 'split') return [];
      const split = r.codes.join(' ');
      return [
        {
          range: r.range,
          message: `${r.tags[0].text} reads as run-together TAGS ${split}`,
          fixes: [replaceTags(cable, r, r.codes, `Split into ${split}`)],
        },
      ];
    });
  },
};
