// The classification line (banner) and the section / page break lines (§3.1, §3.2).

import type { Banner, Level, SectionBreak, Span } from '../model/cable';
import { LEVEL_WORDS, LIMITED_OFFICIAL_USE } from '../model/levels';
import { lineRange } from '../model/range';
import { groups, groupStart, groupValue, matchAt, requiredSpan, requiredValue, span, startsWithOneOf, trimmedEnd } from './text';

/** Banner levels by their letters without spaces (`C O N F I D E N T I A L`, `TOP SECRET`). */
const LEVELS: Readonly<Record<string, Level>> = Object.fromEntries(
  [...Object.entries(LEVEL_WORDS), [LIMITED_OFFICIAL_USE, 'UNCLASSIFIED'] as const].map(([word, level]) => [word.replace(/ /g, ''), level]),
);

// Bounded: the longest level spaced out has 12 letters; a longer run is no level, however long.
const SPACED_WORD = /(?:[A-Z] ){2,24}[A-Z](?![A-Za-z])/y;
// Spaced words written unevenly (`CO N F I D E N T I A L`, 06BOGOTA5603) or with the last letter
// glued to the origin (`C O N F I D E N T I A LCAIRO 000079`, 09CAIRO79): taken only for a level.
const LOOSE_SPACED_WORD = /[A-Z]{1,2}(?: [A-Z]{1,2}){3,24}/y;
const LONGEST_LEVEL = Math.max(...Object.keys(LEVELS).map((key) => key.length));
const PLAIN_WORD = /(?:TOP SECRET|LIMITED OFFICIAL USE|[A-Z]+)(?![A-Za-z])/y;
const EFTO = / +(?:E F T O|EFTO)(?![A-Za-z])/y;
const SECTION = /\s+(?<kw>SECTION)\s+(?<number>\d{1,3})\s+OF\s+(?<total>\d{1,3})(?!\d)/dy;
const REFERENCE = /\s+(?<origin>[A-Z][A-Z .'-]*?)\s+(?<serial>\d{4,8})(?![\d])/dy;
const GLUED_REFERENCE = /(?<origin>[A-Z][A-Z .'-]*?)\s+(?<serial>\d{4,8})(?![\d])/dy;
// Blanks, and the escaped line break of a database dump (` \`).
const END = /(?:\s+\\)?\s*$/y;

const CONTINUATION =
  /(?<origin>[A-Z][A-Z .'-]*?) (?<serial>\d{8}) +(?<section>\d{3})(?:\.(?<part>\d))? OF (?<total>\d{3})\s*$/dy;
/**
 * The same marker with text run on after it (`TRIPOLI 00000868 001.2 OF 002 CLASSIFIED BY: …`). Its
 * origin is bounded (the longest are about 25 characters) so that trying it is quick on any line.
 */
const RUN_ON_CONTINUATION =
  /(?<origin>[A-Z][A-Z .'-]{0,40}?) +(?<serial>\d{8}) +(?<section>\d{3})(?:\.(?<part>\d))? +OF +(?<total>\d{3})(?!\d)/dy;
const PAGE = /PAGE (?<page>\d{2}) +(?<origin>[A-Z][A-Z .'-]*?) +(?<serial>\d{4,6}) +(?<section>\d{2}) OF (?<total>\d{2})\b/dy;

export interface BannerMatch {
  readonly banner: Banner;
  /** Column where run-on text after the message reference starts (10STATE284), or -1. */
  readonly restStart: number;
}

/**
 * Reads a banner at `col`. A misspelt classification word (`CCONFIDENTIAL`, `ECRET`) is accepted,
 * with a null level, only when a SECTION mark or a message reference follows it.
 */
export function parseBanner(text: string, line: number, col: number): BannerMatch | null {
  // Levels start C, S, T, U or L; a misspelling may have lost its first letter (ONFIDENTIAL, ECRET).
  if (!startsWithOneOf(text, col, 'CSTULOEN')) return null;
  const loose = looseLevel(text, col);
  const spaced = loose ? null : matchAt(SPACED_WORD, text, col);
  const written = loose?.written ?? (spaced ?? matchAt(PLAIN_WORD, text, col))?.[0];
  if (written === undefined) return null;
  const key = written.replace(/ /g, '');
  const level: Level | null = LEVELS[key] ?? null;
  if (level === null && !nearMiss(key)) return null;
  let at = col + written.length;
  let efto = false;
  if (key === 'UNCLAS' || key === 'UNCLASSIFIED') {
    const e = matchAt(EFTO, text, at);
    if (e) {
      efto = true;
      at += e[0].length;
    }
  }
  const marking = span<Level | null>(line, col, text.slice(col, at), level);
  const s = matchAt(SECTION, text, at);
  if (s) at = s.index + s[0].length;
  const r = matchAt(loose?.glued && !s ? GLUED_REFERENCE : REFERENCE, text, at);
  if (r) at = r.index + r[0].length;
  const ended = matchAt(END, text, at) !== null;
  // Text may follow only a message reference (run-on captions); otherwise this is not a banner.
  if (!r && !ended) return null;
  if (level === null && !s && !r) return null;
  const section = s
    ? {
        range: lineRange(line, groupStart(s, 'kw'), s.index + s[0].length),
        number: requiredValue(s, line, 'number', Number),
        total: requiredValue(s, line, 'total', Number),
      }
    : null;
  const reference = r
    ? {
        range: lineRange(line, groupStart(r, 'origin'), r.index + r[0].length),
        origin: requiredSpan(r, line, 'origin'),
        serial: requiredValue(r, line, 'serial', Number),
      }
    : null;
  return {
    banner: { range: lineRange(line, col, at), marking, spaced: spaced !== null || loose !== null, efto, section, reference },
    restStart: ended ? -1 : at,
  };
}

/** An unevenly spaced level, its last letter perhaps glued to the next word (then `glued`). */
function looseLevel(text: string, col: number): { written: string; glued: boolean } | null {
  const m = matchAt(LOOSE_SPACED_WORD, text, col);
  const regular = matchAt(SPACED_WORD, text, col);
  if (!m || (regular && LEVELS[regular[0].replace(/ /g, '')])) return null;
  // The longest level its letters spell from the start (`CO N F I D E N T I A L BO…`: CONFIDENTIAL).
  let key = '';
  let best = -1;
  const end = col + m[0].length;
  for (let i = col; i < end && key.length < LONGEST_LEVEL; i++) {
    if (text[i] === ' ') continue;
    key += text[i];
    if (LEVELS[key] && key.length >= 6) best = i + 1;
  }
  if (best < 0) return null;
  return { written: text.slice(col, best), glued: /[A-Za-z]/.test(text[best] ?? '') };
}

/** Misspellings seen in real banners: one letter doubled, dropped or missing at either end. */
function nearMiss(word: string): boolean {
  if (word.length < 4) return false;
  return ['CONFIDENTIAL', 'SECRET', 'UNCLASSIFIED'].some((target) => editDistanceAtMostOne(word, target));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A quick test run on every body line: continuation lines end in `OF nnn`, page lines start `PAGE`. */
function mayBeSectionBreak(text: string, col: number): boolean {
  if (text.startsWith('PAGE ', col)) return true;
  const end = trimmedEnd(text);
  return end - col >= 20 && text.startsWith(' OF ', end - 7);
}

/**
 * `KARACHI 00000861 002 OF 002` or a printout `PAGE 02 HARARE 05461 01 OF 02 271458Z`. Given the
 * banner's `origin`, a marker run onto the end of a heading (`HANDICAPPING THE FIELD TRIPOLI 00000166
 * 003.2 OF 004`, 08TRIPOLI166) starts at that origin.
 */
export function parseSectionBreak(text: string, line: number, col: number, origin: string | null = null): SectionBreak | null {
  if (!mayBeSectionBreak(text, col)) return null;
  const c = matchAt(CONTINUATION, text, col);
  const written = c?.groups?.origin;
  if (written && origin && written !== origin && written.endsWith(` ${origin}`)) {
    const at = col + written.length - origin.length;
    return sectionBreak(matchAt(CONTINUATION, text, at), true, line, at);
  }
  return sectionBreak(c ?? matchAt(PAGE, text, col), c !== null, line, col);
}

/** A continuation marker at `col` with more text after it on the line, which the front matter reads on. */
export function parseRunOnSectionBreak(text: string, line: number, col: number): SectionBreak | null {
  return sectionBreak(matchAt(RUN_ON_CONTINUATION, text, col), true, line, col);
}

function sectionBreak(m: RegExpExecArray | null, continuation: boolean, line: number, col: number): SectionBreak | null {
  if (!m) return null;
  const part = continuation ? (groups(m).part !== undefined ? Number(groups(m).part) : null) : Number(groups(m).page);
  const total: Span<number> | null = groupValue(m, line, 'total', Number);
  return {
    range: lineRange(line, col, col + m[0].trimEnd().length),
    kind: continuation ? 'continuation' : 'page',
    origin: requiredSpan(m, line, 'origin'),
    serial: requiredValue(m, line, 'serial', Number),
    section: requiredValue(m, line, 'section', Number),
    part,
    total,
  };
}
