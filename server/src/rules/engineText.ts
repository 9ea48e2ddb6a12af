// Text positions for the engine and its configuration: offsets to LSP positions (line ends as LSP
// counts them: CRLF, LF or a lone CR) and the smallest edit between two texts.

import type { Position } from '../model/range';
import { countAtMost, itself } from '../model/sorted';
import type { TextEdit } from './types';

/** Offsets of line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    if (c === 0x0a || c === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/** Turns string offsets into positions (UTF-16 units, like the model's ranges). */
export function positionFinder(text: string): (offset: number) => Position {
  const starts = lineStarts(text);
  return (offset) => {
    const line = Math.max(0, countAtMost(starts, offset, itself) - 1);
    return { line, character: offset - starts[line] };
  };
}

/** One edit turning `before` into `after`: what lies between their common prefix and suffix. */
export function differenceEdit(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const at = positionFinder(before);
  return { range: { start: at(start), end: at(before.length - end) }, newText: after.slice(start, after.length - end) };
}
