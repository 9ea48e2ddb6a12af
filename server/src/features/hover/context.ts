// What every kind of hover receives, and how an element is found under the pointer.

import type { Cable } from '../../model/cable';
import { comparePositions, type Position, type Range } from '../../model/range';
import { cableDate, cableYear } from '../../model/facts';

export interface HoverContext {
  readonly cable: Cable;
  readonly position: Position;
  /** The cable's date (`YYYY-MM-DD`) and year, which pick the era of TAGS and E.O. readings. */
  readonly date: string | null;
  readonly year: number | null;
}

export function hoverContext(cable: Cable, position: Position): HoverContext {
  return { cable, position, date: cableDate(cable), year: cableYear(cable) };
}

/**
 * Whether the pointer is on the range: from its first character up to, not including, its end, so
 * that `348` and `0626` of `3480626` each get their own hover.
 */
export function under(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) < 0;
}

/** The element under the pointer, if any. */
export function pick<T extends { readonly range: Range }>(elements: readonly (T | null | undefined)[], position: Position): T | undefined {
  for (const element of elements) if (element && under(element.range, position)) return element;
  return undefined;
}

/** Text of a one-line range. */
export function written(cable: Cable, range: Range): string {
  return cable.lines[range.start.line].slice(range.start.character, range.start.line === range.end.line ? range.end.character : undefined);
}
