// C9: some portion of a classified cable is at the banner's level (§3.9). The overall
// classification is that of the highest portion, so a SECRET banner over portions marked at most
// (C) suggests an over-classified banner or a mark too low; the sources say so only implicitly,
// hence information (66 cables in the sample, 05ANKARA3199 in the corpus).

import { LEVEL_RANK, type Level, type PortionMark } from '../../model/cable';
import type { Rule } from '../types';
import { bannerLevel, isClassified, portionMarks } from './marks';

export const bannerAbovePortions: Rule = {
  code: 'C9',
  name: 'banner-above-portions',
  severity: 'information',
  description: 'A classified cable with portion marks has at least one portion at the banner level.',
  basis: 'observed practice',
  check(cable) {
    const level = bannerLevel(cable);
    const banner = cable.banner;
    const marks = portionMarks(cable).filter((m): m is PortionMark & { level: Level } => m.level !== null);
    if (!banner || !isClassified(level) || marks.length === 0) return [];
    const highest = marks.reduce((a, b) => (LEVEL_RANK[b.level] > LEVEL_RANK[a.level] ? b : a));
    if (LEVEL_RANK[highest.level] >= LEVEL_RANK[level]) return [];
    return [
      {
        range: banner.marking.range,
        message: `${level} banner, but the highest portion is (${highest.text})`,
        related: [{ range: highest.range, message: `highest portion: (${highest.text})` }],
      },
    ];
  },
};
