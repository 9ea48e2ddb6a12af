// Line handling shared by the parser steps.

import type { Span } from '../model/cable';
import { lineRange, type Range } from '../model/range';

/**
 * Splits on CRLF, CR or LF. A byte-order mark becomes a space rather than being dropped so that
 * every column still matches the client's text (editors that strip the BOM shift nothing either:
 * the space is only ever leading white space).
 */
export function splitLines(text: string): string[] {
  // Splitting on a string is several times faster than on a pattern; CR only needs the pattern.
  const lines = text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
  lines[0] = blankByteOrderMark(lines[0]);
  return lines;
}

/** The first line with a byte-order mark turned into blanks, one per character (see splitLines). */
export function blankByteOrderMark(line: string): string {
  if (line.charCodeAt(0) === 0xfeff) return ' ' + line.slice(1);
  // The same mark decoded as Latin-1 (`ï»¿`, 04STATE137635) is blanked the same way.
  if (line.startsWith('\u00ef\u00bb\u00bf')) return '   ' + line.slice(3);
  return line;
}

/** Where reading goes on: a column of a line, or (without one) the line's first non-blank. */
export interface Cursor {
  readonly line: number;
  readonly column?: number;
}

/** What a reader of one element returns: the element and where reading goes on after it. */
export interface Read<T> {
  readonly element: T;
  readonly next: Cursor;
}

/** Column of the first non-blank character, or -1 for a blank line. */
export function firstNonBlank(line: string, from = 0): number {
  for (let i = from; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return i;
  return -1;
}

/** Whether the character at `col` is one of `chars`: a cheap test before a pattern. */
export function startsWithOneOf(text: string, col: number, chars: string): boolean {
  return col < text.length && chars.includes(text[col]);
}

/**
 * Column just after the last non-blank character. A backslash after a blank, the escaped line break
 * of a database dump (07BERN881, 09TRIPOLI417), counts as blank too.
 */
export function trimmedEnd(line: string): number {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  if (end > 0 && line.charCodeAt(end - 1) === 0x5c && (end === 1 || isSpace(line.charCodeAt(end - 2)))) {
    end--;
    while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  }
  return end;
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x0a || code === 0xfeff;
}

/** Whether `text` holds a lower-case ASCII letter between `from` and `to`. */
export function hasLowerCase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

export function isBlank(line: string): boolean {
  return firstNonBlank(line) < 0;
}

/** The first line from `from` on that is not blank, or -1. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return -1;
}

export function span<T>(line: number, start: number, text: string, value: T): Span<T> {
  return { text, value, range: lineRange(line, start, start + text.length) };
}

export function textSpan(line: number, start: number, text: string): Span {
  return span(line, start, text, text);
}

/** The range of a line's text without its leading and trailing blanks. */
export function trimmedLineRange(lines: readonly string[], line: number): Range {
  const text = lines[line];
  const start = Math.max(0, firstNonBlank(text));
  return lineRange(line, start, Math.max(start, trimmedEnd(text)));
}


/**
 * Runs a sticky regular expression at `from`. Patterns are written without `^` and compiled with
 * the `y` flag so that they are anchored at the given column (after indentation or a `¶`).
 */
export function matchAt(re: RegExp, line: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(line);
}

const NO_GROUPS: Readonly<Record<string, string>> = Object.freeze({});
const NO_INDICES: Readonly<Record<string, [number, number]>> = Object.freeze({});

/** The named groups of a match (a group that took no part is undefined, as in `m.groups`). */
export function groups(m: RegExpExecArray): Readonly<Record<string, string>> {
  return m.groups ?? NO_GROUPS;
}

/** Start and end columns of the named groups of a match made with the `d` flag. */
export function groupIndices(m: RegExpExecArray): Readonly<Record<string, [number, number]>> {
  return m.indices?.groups ?? NO_INDICES;
}

/** The length of what a pattern that always matches (`[ ,;]*`) takes at `from`. */
export function matchedLength(re: RegExp, line: string, from: number): number {
  return matchAt(re, line, from)?.[0].length ?? 0;
}

/** Start column of a capture group of a match made with the `d` flag. */
export function groupStart(m: RegExpExecArray, group: number | string): number {
  const indices = m.indices;
  const pair = typeof group === 'number' ? indices?.[group] : indices?.groups?.[group];
  if (!pair) throw new Error(`group ${group} did not take part in the match`);
  return pair[0];
}

/** A span for a capture group (null when the group did not match). */
export function groupSpan(m: RegExpExecArray, line: number, group: number | string): Span | null {
  const text = typeof group === 'number' ? m[group] : m.groups?.[group];
  if (text === undefined) return null;
  return textSpan(line, groupStart(m, group), text);
}

/** Like groupSpan, with a parsed value. */
export function groupValue<T>(m: RegExpExecArray, line: number, group: number | string, value: (text: string) => T): Span<T> | null {
  const s = groupSpan(m, line, group);
  return s ? span(line, s.range.start.character, s.text, value(s.text)) : null;
}

/** A span for a capture group that takes part in every match of its pattern. */
export function requiredSpan(m: RegExpExecArray, line: number, group: number | string): Span {
  return requiredValue(m, line, group, (text) => text);
}

/** Like requiredSpan, with a parsed value. */
export function requiredValue<T>(m: RegExpExecArray, line: number, group: number | string, value: (text: string) => T): Span<T> {
  const s = groupValue(m, line, group, value);
  if (!s) throw new Error(`group ${group} did not take part in the match`);
  return s;
}

/** Folds runs of white space to one space and trims. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
