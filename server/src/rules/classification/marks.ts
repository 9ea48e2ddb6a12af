// Portion marks as the classification rules see them: every mark of the text, in document order,
// and what a mark's parts say (§3.9).

import type { Cable, Level, PortionMark } from '../../model/cable';
import { LEVEL_RANK } from '../../model/cable';
import { describePortionMark } from '../../reference';

/** The marks after paragraph numbers and sub-paragraph labels, in document order. */
export function portionMarks(cable: Cable): PortionMark[] {
  const marks: PortionMark[] = [];
  for (const p of cable.paragraphs) {
    if (p.mark) marks.push(p.mark);
    for (const s of p.subparagraphs) if (s.mark) marks.push(s.mark);
  }
  return marks;
}

const NOFORN_CODES: ReadonlySet<string> = new Set(['NF', 'NOFORN', 'SBU/N', 'SBU-N']);

/** Whether a mark carries the NOFORN control (`S/NF`, `C//NOFORN`, `SBU/N`). */
export function carriesNoforn(mark: PortionMark): boolean {
  return describePortionMark(mark.text).some((part) => part.mark !== null && NOFORN_CODES.has(part.mark.code));
}

/** The classified levels; SBU and U marks and UNCLAS banners are `UNCLASSIFIED`. */
export function isClassified(level: Level | null | undefined): level is Level {
  return level !== null && level !== undefined && LEVEL_RANK[level] > LEVEL_RANK.UNCLASSIFIED;
}

/** The banner's level when the banner is written and spelt correctly. */
export function bannerLevel(cable: Cable): Level | null {
  return cable.banner?.marking.value ?? null;
}
