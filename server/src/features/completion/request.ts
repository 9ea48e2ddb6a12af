// What every completion provider receives: the cable, the cursor, and the text before it on its
// line (completion works on half-typed lines, so providers read that text as well as the model).

import type { Cable } from '../../model/cable';
import { lineRange, type Position, type Range } from '../../model/range';
import { cableYear } from '../../model/facts';

export interface CompletionRequest {
  readonly cable: Cable;
  readonly position: Position;
  /** The line up to the cursor. */
  readonly before: string;
  /** The line from the cursor on. */
  readonly after: string;
  /** The cable's year, which picks the TAGS list of its era; null without a date. */
  readonly year: number | null;
  /** The moment of the request, for dates in snippets (DECL ten years on, today's DTG). */
  readonly now: Date;
}

export function completionRequest(cable: Cable, position: Position, now: Date): CompletionRequest {
  const line = cable.lines[position.line] ?? '';
  return {
    cable,
    position,
    before: line.slice(0, position.character),
    after: line.slice(position.character),
    year: cableYear(cable),
    now,
  };
}

/** From column `start` of the cursor's line up to the cursor: the text an item replaces. */
export function replacing(request: CompletionRequest, start: number): Range {
  return lineRange(request.position.line, start, request.position.character);
}

/** The characters at the end of `text` that `char` accepts (a half-typed code), scanned from the end. */
export function trailing(text: string, char: RegExp): string {
  let start = text.length;
  while (start > 0 && char.test(text[start - 1])) start--;
  return text.slice(start);
}
