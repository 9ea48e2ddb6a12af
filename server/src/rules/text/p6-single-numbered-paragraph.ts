// P6: "do not number a single paragraph" (5 FAH-1 H-240 H-246.2). Apart from P1 because a few real
// cables number the one paragraph that introduces an unnumbered report (04DJIBOUTI442).

import type { Rule } from '../types';

export const singleNumberedParagraph: Rule = {
  code: 'P6',
  name: 'single-numbered-paragraph',
  severity: 'information',
  description: 'A telegram with a single paragraph does not number it.',
  basis: '5 FAH-1 H-240 H-246.2',
  check(cable) {
    if (cable.paragraphs.length !== 1) return [];
    return [{ range: cable.paragraphs[0].number.range, message: 'A single paragraph is not numbered' }];
  },
};
