// Format lines the parser could not read. A malformed line is left out of the model (or, when it
// comes before the first readable header line, put in the preamble), so a rule checking a line's
// form looks for it here — but only when the model has no line of that kind: a second, readable
// copy of a line (a header repeated in a pasted database row, 07BERN881) is not a malformed one.

import type { Cable } from '../../model/cable';
import { lineRange, type Range } from '../../model/range';
import { firstNonBlank } from '../../parser/text';

/** Lines of the header (and the non-blank line just before it) that no header element covers. */
function unreadHeaderLines(cable: Cable): number[] {
  const h = cable.header;
  if (!h) return [];
  const read = new Set<number>();
  const cover = (r: Range | null | undefined) => {
    if (r) for (let l = r.start.line; l <= r.end.line; l++) read.add(l);
  };
  for (const r of [h.transmission?.range, h.routing?.range, h.station?.range, h.security?.range, h.dateTime?.range]) cover(r);
  for (const b of [h.from, h.to, h.info, h.exempt]) cover(b?.range);
  h.printout.forEach(cover);

  const out: number[] = [];
  let before = h.range.start.line - 1;
  while (before >= 0 && firstNonBlank(cable.lines[before]) < 0) before--;
  if (before >= 0) out.push(before);
  for (let l = h.range.start.line; l <= h.range.end.line; l++) {
    if (!read.has(l) && firstNonBlank(cable.lines[l]) >= 0) out.push(l);
  }
  return out;
}

export interface UnreadLine {
  readonly line: number;
  /** Column of the line's first non-blank character, where `match` starts. */
  readonly column: number;
  readonly match: RegExpExecArray;
}

/** The first unread header line after `after` that `pattern` (matched from the first non-blank) fits. */
export function findUnreadLine(cable: Cable, pattern: RegExp, after = -1): UnreadLine | null {
  for (const line of unreadHeaderLines(cable)) {
    if (line <= after) continue;
    const text = cable.lines[line];
    const column = firstNonBlank(text);
    const match = pattern.exec(text.slice(column));
    if (match) return { line, column, match };
  }
  return null;
}

/** The blank-delimited word starting at `start`. */
export function wordAt(cable: Cable, line: number, start: number): { text: string; range: Range } {
  const text = /^\S*/.exec(cable.lines[line].slice(start))?.[0] ?? '';
  return { text, range: lineRange(line, start, start + text.length) };
}

/** The first non-blank line after `line`, or -1. */
export function nextNonBlankLine(cable: Cable, line: number): number {
  for (let l = line + 1; l < cable.lines.length; l++) if (firstNonBlank(cable.lines[l]) >= 0) return l;
  return -1;
}
