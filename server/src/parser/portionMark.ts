// Portion marks after a paragraph number or sub-paragraph letter: `(C)`, `(SBU)`, `(S//NF)`,
// `(C/REL UK)`, `(C - ENTIRE TEXT)`; malformed ones (`C)`, `(S` unclosed) are kept and flagged (§3.9).

import type { Level, PortionMark } from '../model/cable';
import { lineRange } from '../model/range';
import { matchAt } from './text';

const LEVELS: Readonly<Record<string, Level>> = {
  U: 'UNCLASSIFIED',
  SBU: 'UNCLASSIFIED',
  UNCLASSIFIED: 'UNCLASSIFIED',
  UNCLAS: 'UNCLASSIFIED',
  LOU: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  CONFIDENTIAL: 'CONFIDENTIAL',
  S: 'SECRET',
  SECRET: 'SECRET',
  TS: 'TOP SECRET',
};

// The level is in capitals; controls after it are sometimes not (`(S/REL to USA, FVEY)`).
const CLOSED = /\((?<text>[A-Z][A-Z0-9]*(?:[/ -][A-Za-z0-9/ ,.&-]{0,38})?)\)/y;
// Malformed marks are only recognised with a known level, so that `A)` stays a sub-item label.
const UNCLOSED = /\((?<text>(?:TS|SBU|U|C|S)(?:\/\/?[A-Z]{1,7})*)(?=\s|$)/y;
const UNOPENED = /(?<text>(?:TS|SBU|U|C|S)(?:\/\/?[A-Z]{1,7})*)\)/y;

const BARE = /^[A-Z]+$/;
const NO_CONTROLS: readonly string[] = Object.freeze([]);

/** Reads a portion mark at `col`, or returns null when none is written there. */
export function parsePortionMark(text: string, line: number, col: number): PortionMark | null {
  const m = matchAt(CLOSED, text, col) ?? matchAt(UNCLOSED, text, col) ?? matchAt(UNOPENED, text, col);
  if (!m) return null;
  const inner = m.groups!.text;
  const range = lineRange(line, m.index, m.index + m[0].length);
  const open = m[0].startsWith('(');
  const closed = m[0].endsWith(')');
  // Most marks are a bare level (`C`, `SBU`): no controls to split off.
  if (BARE.test(inner)) return { range, text: inner, level: LEVELS[inner] ?? null, controls: NO_CONTROLS, open, closed };
  const parts = inner.split(/\/+/).map((p) => p.trim());
  const head = parts[0].split(/\s*-\s*|\s+/)[0];
  const controls = parts.slice(1).filter(Boolean);
  // `SBU-N` writes its NOFORN control with a hyphen.
  if (/^[A-Z]+-[A-Z]+$/.test(parts[0])) controls.unshift(parts[0].slice(head.length + 1));
  return { range, text: inner, level: LEVELS[head] ?? null, controls, open, closed };
}
