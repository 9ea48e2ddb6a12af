// Elements that wrap over several lines (SUBJECT, REF items, Classified By) are read from the
// lines joined with '\n'; this maps offsets in the joined text back to document positions.

import type { Span } from '../model/cable';
import type { Position, Range } from '../model/range';
import { countAtMost, itself } from '../model/sorted';

export class JoinedLines {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(
    lines: readonly string[],
    private readonly first: number,
    last: number,
    private readonly firstColumn: number,
    lastColumn = lines[last].length,
  ) {
    const parts: string[] = [];
    let offset = 0;
    for (let i = first; i <= last; i++) {
      const part = lines[i].slice(i === first ? firstColumn : 0, i === last ? lastColumn : undefined);
      this.starts.push(offset);
      parts.push(part);
      offset += part.length + 1;
    }
    this.text = parts.join('\n');
  }

  positionAt(offset: number): Position {
    const lo = Math.max(0, countAtMost(this.starts, offset, itself) - 1);
    const column = offset - this.starts[lo] + (lo === 0 ? this.firstColumn : 0);
    return { line: this.first + lo, character: column };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** A span of [start, end) with white space trimmed at both ends (null when only blanks). */
  span(start: number, end: number, value: (text: string) => string = (t) => t): Span | null {
    while (start < end && /\s/.test(this.text[start])) start++;
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    if (start >= end) return null;
    const text = this.text.slice(start, end);
    return { text, value: value(text), range: this.rangeOf(start, end) };
  }

  /** A span of text that holds a non-blank character. */
  requiredSpan(start: number, end: number, value?: (text: string) => string): Span {
    const s = this.span(start, end, value);
    if (!s) throw new Error(`no text between ${start} and ${end}`);
    return s;
  }
}
