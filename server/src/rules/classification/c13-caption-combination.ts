// C13: captions that must not be used together (§3.3). SIPDIS posts a cable to the SIPRNet
// database, which NODIS and EXDIS traffic may not reach; the AGRMENT channel is never used with
// NODIS or EXDIS either.

import type { Caption } from '../../model/cable';
import type { Finding, Rule } from '../types';

interface Exclusion {
  readonly caption: string;
  readonly excludes: readonly string[];
  /** Key of server/data/SOURCES.md. */
  readonly source: string;
}

const EXCLUSIONS: readonly Exclusion[] = [
  { caption: 'SIPDIS', excludes: ['NODIS', 'EXDIS'], source: 'SIPDIS' },
  { caption: 'AGRMENT', excludes: ['NODIS', 'EXDIS'], source: 'FAH2-440' },
];

export const captionCombination: Rule = {
  code: 'C13',
  name: 'caption-combination',
  severity: 'error',
  description: 'SIPDIS (and the AGRMENT channel) are not combined with NODIS or EXDIS.',
  basis: '5 FAH-2 H-440',
  check(cable) {
    const first = (value: string): Caption | undefined => cable.captions.find((c) => c.value === value);
    const findings: Finding[] = [];
    for (const { caption, excludes } of EXCLUSIONS) {
      const own = first(caption);
      if (!own) continue;
      for (const other of excludes.map(first)) {
        if (other) findings.push({ range: own.range, message: `${caption} may not be combined with ${other.value}`, related: [{ range: other.range, message: other.value }] });
      }
    }
    return findings;
  },
};
