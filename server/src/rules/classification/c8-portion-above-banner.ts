// C8: no portion is classified higher than the cable (§3.9): the banner gives the classification of
// the whole, the highest of its portions (08BERLIN1387 has an `(S/NF)` paragraph under a
// CONFIDENTIAL banner). Which of the two is wrong only the drafter knows, so there is no fix.

import { LEVEL_RANK } from '../../model/cable';
import type { Rule } from '../types';
import { bannerLevel, portionMarks } from './marks';

export const portionAboveBanner: Rule = {
  code: 'C8',
  name: 'portion-above-banner',
  severity: 'error',
  description: 'No portion mark is above the banner level (U/SBU < C < S < TS).',
  basis: '5 FAH-1 H-240',
  check(cable) {
    const level = bannerLevel(cable);
    const banner = cable.banner;
    if (level === null || !banner) return [];
    const related = [{ range: banner.marking.range, message: `banner: ${level}` }];
    return portionMarks(cable)
      .filter((m) => m.level !== null && LEVEL_RANK[m.level] > LEVEL_RANK[level])
      .map((m) => ({ range: m.range, message: `Portion (${m.text}) is above the ${level} banner`, related }));
  },
};
