// The SUBJECT line (§3.6), continued on following lines until a blank line or the next element, or
// until an element run onto it (`… REF: A. VIENNA 438 Classified By: …`), where reading goes on.

import type { SubjectLine } from '../model/cable';
import { lineRange } from '../model/range';
import { JoinedLines } from './joined';
import { findRunOn, type RunOnKind } from './runOn';
import { firstNonBlank, foldSpace, groupIndices, groups, isBlank, matchAt, type Read, span, trimmedEnd } from './text';

const KEYWORD = /(?<kw>SUBJ(?:ECT)?)[ \t]*(?<colon>:)[ \t]*/dy;
const RUN_ON: readonly RunOnKind[] = ['references', 'classifiedBy', 'pageMarker', 'underline'];
/**
 * A subject below an empty `SUBJECT:` and a blank line starts with a word in capitals, or is a title
 * (`Cooperation and Coordination Busts Fraud Ring`, 09CAIRO1945), not a sentence.
 */
const CAPITAL_WORD = /[A-Z0-9][A-Z0-9'".,:;&/()-]*(?:\s|$)/y;
const TITLE = /[A-Z][^\n]*[^.!?\s][ \t]*$/y;
const BLANK_LINES_BEFORE_SUBJECT = 2;

export function isSubjectLine(text: string, col: number): boolean {
  return text.charCodeAt(col) === 0x53 && matchAt(KEYWORD, text, col) !== null;
}

/**
 * `endsElement(i)` says whether line i begins another element (REF, Classified By, a paragraph);
 * `origin` is the banner's, to tell a page marker run onto the subject.
 */
export function parseSubject(lines: readonly string[], i: number, col: number, endsElement: (line: number) => boolean, origin: string | null): Read<SubjectLine> | null {
  const m = matchAt(KEYWORD, lines[i], col);
  if (!m) return null;
  const keyword = span(i, col, lines[i].slice(col, groupIndices(m).colon[1]), groups(m).kw);
  let first = i;
  let firstColumn = m.index + m[0].length;
  // `SUBJECT:` alone, the subject after a blank line (09CAIRO1962).
  if (firstColumn >= trimmedEnd(lines[i])) {
    const below = subjectBelow(lines, i, endsElement);
    if (below >= 0) [first, firstColumn] = [below, firstNonBlank(lines[below])];
  }
  let last = first;
  while (last + 1 < lines.length && !isBlank(lines[last + 1]) && !endsElement(last + 1)) last++;
  const joined = new JoinedLines(lines, first, last, firstColumn);
  const runOn = findRunOn(joined.text, 0, RUN_ON, origin);
  const text = joined.span(0, runOn >= 0 ? runOn : joined.text.length, foldSpace) ?? {
    text: '',
    value: '',
    range: lineRange(i, firstColumn, firstColumn),
  };
  if (runOn >= 0) {
    const at = joined.positionAt(runOn);
    const end = text.text ? text.range.end : keyword.range.end;
    return { element: { range: { start: keyword.range.start, end }, keyword, subject: text }, next: { line: at.line, column: at.character } };
  }
  const range = { start: keyword.range.start, end: { line: last, character: trimmedEnd(lines[last]) } };
  return { element: { range, keyword, subject: text }, next: { line: last + 1 } };
}

function subjectBelow(lines: readonly string[], i: number, endsElement: (line: number) => boolean): number {
  for (let j = i + 1; j < lines.length && j <= i + 1 + BLANK_LINES_BEFORE_SUBJECT; j++) {
    const col = firstNonBlank(lines[j]);
    if (col < 0) continue;
    return j > i + 1 && !endsElement(j) && (matchAt(CAPITAL_WORD, lines[j], col) || matchAt(TITLE, lines[j], col)) ? j : -1;
  }
  return -1;
}
