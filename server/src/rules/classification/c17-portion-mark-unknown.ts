// C17: the text of a portion mark is a known level with known controls (§3.9): `(CNF)`, `(SE)`,
// `(SB)`, `(N/SF)` are typos that leave the portion's classification unsaid. Which mark was meant
// is a guess, so there is no fix. `(C - ENTIRE TEXT)`, an older way to mark the whole text, is
// accepted.

import { describePortionMark } from '../../reference';
import type { Rule } from '../types';
import { portionMarks } from './marks';

const WHOLE_TEXT = /^[A-Z]{1,3} ?- ?ENTIRE TEXT$/;

export const portionMarkUnknown: Rule = {
  code: 'C17',
  name: 'portion-mark-unknown',
  severity: 'warning',
  description: 'A portion mark is a known level (U, SBU, C, S, TS) with known controls (NF, NOFORN, REL TO …, FGI, ORCON, FOUO).',
  basis: '5 FAH-1 H-240',
  check(cable) {
    return portionMarks(cable)
      .filter((m) => m.open && m.closed && !WHOLE_TEXT.test(m.text))
      .filter((m) => m.level === null || describePortionMark(m.text).some((part) => part.mark === null))
      .map((m) => ({ range: m.range, message: `Unknown portion mark (${m.text})` }));
  },
};
