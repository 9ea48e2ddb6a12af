// What each token of a cable's TAGS line is (§3.5), read once for the TAGS rules (T2, T3, T6, T7,
// T8), so that no token is reported by two of them. Free words (`Border Patrol`, `HUMAN RIGHTS` in
// a comma-separated list), person TAGS and the `OF` of a run-in banner are tolerated, not read.

import type { Cable, Tag, TagsLine } from '../../model/cable';
import { unionRange, type Range } from '../../model/range';
import { cableYear } from '../../model/facts';
import {
  geoTag2024,
  isListedTagCode,
  LAST_FIPS_YEAR,
  listedTagKind,
  lookupTag,
  splitRunTogetherTag,
  tagCorrection,
  type TagFix,
  type TagKind,
} from '../../reference';
import type { Fix } from '../types';

export type TagReading =
  /** A code of the TAGS lists (tags.tsv), whatever its kind. */
  | { readonly kind: 'code'; readonly tags: readonly Tag[]; readonly range: Range }
  /** Free words or a person's name: not a code, not checked. */
  | { readonly kind: 'free'; readonly tags: readonly Tag[]; readonly range: Range }
  /** A two-letter code that is no FIPS 10-4 code but reads as a country in the 2024 list (`RU`). */
  | { readonly kind: 'era'; readonly tags: readonly Tag[]; readonly range: Range; readonly country: string; readonly older: string | null; readonly fix: TagFix | null }
  /** A mis-keying documented in tag-fixes.tsv (`POGOV` → `PGOV`). */
  | { readonly kind: 'correction'; readonly tags: readonly Tag[]; readonly range: Range; readonly codes: readonly string[]; readonly fix: TagFix }
  /** Listed codes run together (`ECONEFIN` → `ECON EFIN`). */
  | { readonly kind: 'split'; readonly tags: readonly Tag[]; readonly range: Range; readonly codes: readonly string[] }
  /** A code-like token in no list. */
  | { readonly kind: 'unknown'; readonly tags: readonly Tag[]; readonly range: Range };

const CODE_LIKE = /^[A-Z0-9][A-Z0-9&'./-]*$/;
const TWO_LETTERS = /^[A-Z]{2}$/;

const cache = new WeakMap<Cable, readonly TagReading[]>();

export function tagReadings(cable: Cable): readonly TagReading[] {
  let readings = cache.get(cable);
  if (!readings) {
    readings = cable.tags ? read(cable, cable.tags) : [];
    cache.set(cable, readings);
  }
  return readings;
}

function read(cable: Cable, line: TagsLine): TagReading[] {
  const year = cableYear(cable) ?? undefined;
  const tags = line.tags;
  const readings: TagReading[] = [];
  for (let i = 0; i < tags.length; i++) {
    const pair = i + 1 < tags.length && adjacent(cable, tags[i], tags[i + 1]) ? pairReading(tags[i], tags[i + 1]) : null;
    if (pair) {
      readings.push(pair);
      i++;
      continue;
    }
    const piece = line.commas ? commaPiece(cable, tags, i) : 1;
    if (piece > 1) {
      const words = tags.slice(i, i + piece);
      readings.push({ kind: 'free', tags: words, range: unionRange(words[0].range, words[piece - 1].range) });
      i += piece - 1;
      continue;
    }
    readings.push(tokenReading(tags[i], year));
  }
  return readings;
}

/** Two tokens on one line with only blanks between them. */
function adjacent(cable: Cable, a: Tag, b: Tag): boolean {
  if (a.range.end.line !== b.range.start.line) return false;
  return cable.lines[a.range.end.line].slice(a.range.end.character, b.range.start.character).trim() === '';
}

/**
 * Documented two-token forms: a two-word mis-keying of listed codes, else one free TAG — a person
 * (`CLINTON HILLARY`) or words (`COUNTER TERRORISM`, which cablemap joins into no listed code).
 */
function pairReading(a: Tag, b: Tag): TagReading | null {
  const fix = tagCorrection(`${a.value} ${b.value}`);
  if (!fix) return null;
  const range = unionRange(a.range, b.range);
  const codes = listedCodes(fix);
  return codes ? { kind: 'correction', tags: [a, b], range, codes, fix } : { kind: 'free', tags: [a, b], range };
}

/** How many tokens from `i` share one comma-separated piece (`HUMAN RIGHTS`, `COUNTER TERRORISM`). */
function commaPiece(cable: Cable, tags: readonly Tag[], i: number): number {
  let n = 1;
  while (i + n < tags.length && adjacent(cable, tags[i + n - 1], tags[i + n])) n++;
  return n;
}

function tokenReading(tag: Tag, year: number | undefined): TagReading {
  const range = tag.range;
  const code = tag.value;
  // Lower case or blanks (`Border Patrol`, `India_Iran`) make free words; a comma, a person.
  if (!CODE_LIKE.test(tag.text)) return { kind: 'free', tags: [tag], range };
  const listed = listedTagKind(code);
  const era = eraReading(tag, listed, year);
  if (era) return era;
  if (listed !== null) return { kind: 'code', tags: [tag], range };
  const fix = tagCorrection(code);
  const corrected = fix ? listedCodes(fix) : null;
  if (fix && corrected) return { kind: 'correction', tags: [tag], range, codes: corrected, fix };
  const split = certainSplit(code);
  if (split) return { kind: 'split', tags: [tag], range, codes: split };
  return { kind: 'unknown', tags: [tag], range };
}

/** A two-letter code, unlisted or listed as geographic without a FIPS 10-4 meaning, that the 2024 list knows. */
function eraReading(tag: Tag, listed: TagKind | null, year: number | undefined): TagReading | null {
  const code = tag.value;
  if (!TWO_LETTERS.test(code) || (listed !== null && listed !== 'geographic') || (year !== undefined && year > LAST_FIPS_YEAR)) return null;
  const country = geoTag2024(code);
  if (!country) return null;
  const info = lookupTag(code, year);
  if (info.meaning !== null) return null;
  const fix = tagCorrection(code);
  const older = info.otherMeanings.find((m) => m.source.startsWith('TAGS-1974'))?.text ?? null;
  return { kind: 'era', tags: [tag], range: tag.range, country: country.meaning, older, fix: fix && listedCodes(fix) ? fix : null };
}

/** The codes of a documented correction, when each of them is a listed code (a comma makes a person). */
function listedCodes(fix: TagFix): readonly string[] | null {
  if (fix.correction.includes(',')) return null;
  const codes = fix.correction.split(/\s+/).filter(Boolean);
  return codes.every(isListedTagCode) ? codes : null;
}

/**
 * A run-together split is taken as certain when it holds a subject or program code and at most one
 * two-letter code: the documented run-togethers look so (`VTPREL`, `ECONCS`, `HRKAWC`), while words
 * and organisation names split into two-letter codes (`BRUSSELS` → BR US SE LS, `USEU`, `SADC`).
 */
function certainSplit(code: string): readonly string[] | null {
  const parts = splitRunTogetherTag(code);
  if (!parts) return null;
  const subject = parts.some((p) => {
    const kind = listedTagKind(p);
    return kind === 'subject' || kind === 'program';
  });
  return subject && parts.filter((p) => p.length === 2).length <= 1 ? parts : null;
}

/** Replaces the reading's tokens with `codes`, in the line's separator style (commas or blanks). */
export function replaceTags(cable: Cable, reading: TagReading, codes: readonly string[], title: string): Fix {
  const separator = cable.tags?.commas ? ', ' : ' ';
  const line = cable.lines[reading.range.start.line];
  const { start, end } = reading.range;
  const link = reading.tags.length === 1 && line[start.character - 1] === '[' && line.startsWith('](', end.character);
  if (link) {
    // `[VTPREL](#)`: the whole link is replaced by one link per code.
    const close = line.indexOf(')', end.character);
    return {
      title,
      edits: [
        {
          range: { start: { line: start.line, character: start.character - 1 }, end: { line: end.line, character: close + 1 } },
          newText: codes.map((c) => `[${c}](#)`).join(separator),
        },
      ],
    };
  }
  return { title, edits: [{ range: reading.range, newText: codes.join(separator) }] };
}
