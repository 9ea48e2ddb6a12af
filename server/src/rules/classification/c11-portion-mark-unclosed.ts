// C11: a portion mark is written in parentheses (§3.9). Real cables lose one of them: `¶1. C)
// Summary` (10ROME1, every paragraph), `(S Summary` (09STRASBOURG6, 79TEHRAN8980). The fix writes
// the missing parenthesis. A level with a parenthesis missing is certainly a mark; other text
// before `)` (`2. A) CHINA …`) is a list label and is left alone.

import type { Cable, PortionMark } from '../../model/cable';
import type { Finding, Rule } from '../types';
import { portionMarks } from './marks';

// Mark-like text up to a `)` later on the line: the mark is closed after all, with text the parser
// does not read as part of it (`(S/REL to USA, FVEY)`).
const CLOSED_LATER = /[A-Za-z0-9/ ,.&-]{0,39}\)/y;

function closedLater(cable: Cable, mark: PortionMark): boolean {
  CLOSED_LATER.lastIndex = mark.range.end.character;
  return CLOSED_LATER.test(cable.lines[mark.range.end.line]);
}

export const portionMarkUnclosed: Rule = {
  code: 'C11',
  name: 'portion-mark-unclosed',
  severity: 'error',
  description: 'A portion mark has both its parentheses: `(S) Summary`, not `(S Summary` or `S) Summary`.',
  basis: '5 FAH-1 H-240',
  check(cable) {
    const findings: Finding[] = [];
    for (const mark of portionMarks(cable)) {
      if (mark.level === null || (mark.open && mark.closed)) continue;
      if (!mark.open) {
        const at = mark.range.start;
        findings.push({ range: mark.range, message: `Portion mark ${mark.text}) has no opening parenthesis`, fixes: [{ title: `Write (${mark.text})`, edits: [{ range: { start: at, end: at }, newText: '(' }], preferred: true }] });
      } else if (!closedLater(cable, mark)) {
        const at = mark.range.end;
        findings.push({ range: mark.range, message: `Portion mark (${mark.text} is not closed`, fixes: [{ title: `Write (${mark.text})`, edits: [{ range: { start: at, end: at }, newText: ')' }], preferred: true }] });
      }
    }
    return findings;
  },
};
