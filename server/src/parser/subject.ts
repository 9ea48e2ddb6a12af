// The SUBJECT line (§3.6), continued on following lines until a blank line or the next element.

import type { SubjectLine } from '../model/cable';
import { lineRange } from '../model/range';
import { JoinedLines } from './joined';
import { foldSpace, isBlank, matchAt, span, trimmedEnd, type Read } from './text';

const KEYWORD = /(?<kw>SUBJ(?:ECT)?)[ \t]*(?<colon>:)[ \t]*/dy;

export function isSubjectLine(text: string, col: number): boolean {
  return text.charCodeAt(col) === 0x53 && matchAt(KEYWORD, text, col) !== null;
}

/** `endsElement(i)` says whether line i begins another element (REF, Classified By, a paragraph). */
export function parseSubject(lines: readonly string[], i: number, col: number, endsElement: (line: number) => boolean): Read<SubjectLine> | null {
  const m = matchAt(KEYWORD, lines[i], col);
  if (!m) return null;
  let last = i;
  while (last + 1 < lines.length && !isBlank(lines[last + 1]) && !endsElement(last + 1)) last++;
  const start = m.index + m[0].length;
  const joined = new JoinedLines(lines, i, last, start);
  const keyword = span(i, col, lines[i].slice(col, m.indices!.groups!.colon[1]), m.groups!.kw);
  const text = joined.span(0, joined.text.length, foldSpace) ?? {
    text: '',
    value: '',
    range: lineRange(i, start, start),
  };
  const range = { start: keyword.range.start, end: { line: last, character: trimmedEnd(lines[last]) } };
  return { element: { range, keyword, subject: text }, next: { line: last + 1 } };
}
