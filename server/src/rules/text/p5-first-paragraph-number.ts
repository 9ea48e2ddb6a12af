// P5: the paragraph sequence starts at 1 (5 FAH-1 H-240 H-246.2). Apart from P1 because most cables
// that break it keep a paragraph 1 the parser cannot take for one (03RANGOON773 ` (C) 1. Summary`)
// or lost it before release.

import type { Rule } from '../types';
import { numbering } from './numbering';

export const firstParagraphNumber: Rule = {
  code: 'P5',
  name: 'first-paragraph-number',
  severity: 'information',
  description: 'The first numbered paragraph is paragraph 1.',
  basis: '5 FAH-1 H-240 H-246.2',
  check(cable) {
    const first = numbering(cable).main[0];
    if (!first || first.number.value === 1) return [];
    return [{ range: first.number.range, message: `Paragraph numbering starts at ${first.number.value}, not 1` }];
  },
};
