// Portion marks after a paragraph number or sub-paragraph letter: `(C)`, `(SBU)`, `(S//NF)`,
// `(C/REL UK)`, `(C - ENTIRE TEXT)`; malformed ones (`C)`, `(S` unclosed) are kept and flagged (§3.9).

import type { PortionMark } from '../model/cable';
import { PORTION_LEVELS } from '../model/levels';
import { lineRange, type Range } from '../model/range';
import { groups, matchAt } from './text';

// The level is in capitals; controls after it are sometimes not (`(S/REL to USA, FVEY)`). A release
// list may be long (`(S//REL TO USA, AUS, CAN, GBR, NZL, NATO, ISAF)`) or wrapped onto the next line.
const CLOSED = /\((?<text>[A-Z][A-Z0-9]*(?:[/ -][A-Za-z0-9/ ,.&-]{0,38}|\/\/?REL(?: TO)? [A-Za-z0-9/ ,.&-]{1,80})?)\)/y;
const WRAPPED_RELEASE = /\((?<text>(?:TS|SBU|U|C|S)\/\/?REL(?: TO)?(?: [A-Za-z0-9/ ,.&-]{0,80})?)[ \t]*$/y;
const RELEASE_END = /[ \t]*(?<text>[A-Za-z0-9/ ,.&-]{1,60})\)/y;
/**
 * What follows a topic label, not a mark, in media reactions (`¶3. (EU) Barroso Election`): a title
 * of a few capitalised words alone on its line.
 */
const TOPIC = /^[ \t]+[A-Z0-9][\w'’-]*(?:[ \t]+[A-Za-z0-9][\w'’-]*){0,5}[ \t]*$/;
// Malformed marks are only recognised with a known level, so that `A)` stays a sub-item label.
const UNCLOSED = /\((?<text>(?:TS|SBU|U|C|S)(?:\/\/?[A-Z]{1,7})*)(?=\s|$)/y;
const UNOPENED = /(?<text>(?:TS|SBU|U|C|S)(?:\/\/?[A-Z]{1,7})*)\)/y;

const BARE = /^[A-Z]+$/;
const NO_CONTROLS: readonly string[] = Object.freeze([]);

/**
 * Reads a portion mark at `col` of line `line`, or returns null when none is written there. `next` is
 * the following line, where a wrapped release list ends.
 */
export function parsePortionMark(text: string, line: number, col: number, next?: string): PortionMark | null {
  const wrapped = next === undefined ? null : wrappedRelease(text, line, col, next);
  if (wrapped) return wrapped;
  const m = matchAt(CLOSED, text, col) ?? matchAt(UNCLOSED, text, col) ?? matchAt(UNOPENED, text, col);
  if (!m) return null;
  const end = m.index + m[0].length;
  const found = mark(groups(m).text, lineRange(line, m.index, end), m[0].startsWith('('), m[0].endsWith(')'));
  return found.level === null && found.closed && TOPIC.test(text.slice(end)) ? null : found;
}

/** `(C//REL TO USA, AUS,` / `CAN, GBR) Text…`: one mark over two lines. */
function wrappedRelease(text: string, line: number, col: number, next: string): PortionMark | null {
  const head = matchAt(WRAPPED_RELEASE, text, col);
  const tail = head && matchAt(RELEASE_END, next, 0);
  if (!head || !tail) return null;
  const written = `${groups(head).text.trimEnd()} ${groups(tail).text.trim()}`;
  return mark(written, { start: { line, character: col }, end: { line: line + 1, character: tail[0].length } }, true, true);
}

function mark(inner: string, range: Range, open: boolean, closed: boolean): PortionMark {
  // Most marks are a bare level (`C`, `SBU`): no controls to split off.
  if (BARE.test(inner)) return { range, text: inner, level: PORTION_LEVELS[inner] ?? null, controls: NO_CONTROLS, open, closed };
  const parts = inner.split(/\/+/).map((p) => p.trim());
  const head = parts[0].split(/\s*-\s*|\s+/)[0];
  const controls = parts.slice(1).filter(Boolean);
  // `SBU-N` writes its NOFORN control with a hyphen.
  if (/^[A-Z]+-[A-Z]+$/.test(parts[0])) controls.unshift(parts[0].slice(head.length + 1));
  return { range, text: inner, level: PORTION_LEVELS[head] ?? null, controls, open, closed };
}
