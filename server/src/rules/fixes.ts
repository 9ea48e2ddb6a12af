// Applying data-only fixes to text: shared by quick fixes, "Fix all" and `cable lint --fix`.

import { comparePositions, type Position } from '../model/range';
import { lineStarts } from './engineText';
import type { TextEdit } from './types';

function offsetAt(text: string, starts: readonly number[], pos: Position): number {
  const line = Math.min(pos.line, starts.length - 1);
  return Math.min(starts[line] + pos.character, line + 1 < starts.length ? starts[line + 1] : text.length);
}

/**
 * Applies edits that do not overlap (an edit overlapping one already taken is skipped, so that
 * several fixes can be applied at once safely). Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  const applied: TextEdit[] = [];
  for (const edit of sorted) {
    const last = applied[applied.length - 1];
    if (last && comparePositions(edit.range.start, last.range.end) < 0) continue;
    applied.push(edit);
  }
  const starts = lineStarts(text);
  let out = '';
  let at = 0;
  for (const edit of applied) {
    const start = offsetAt(text, starts, edit.range.start);
    out += text.slice(at, start) + edit.newText;
    at = Math.max(start, offsetAt(text, starts, edit.range.end));
  }
  return { text: out + text.slice(at), applied };
}
