// The TAGS line (§3.5): `TAGS: PGOV PINR PREL PK`, `TAGS PREL, PGOV, IT`, `TAGS: [PGOV](#) [PK](#)`,
// continued on following lines until SUBJECT.

import type { Tag, TagsLine } from '../model/cable';
import { lineRange, unionRange } from '../model/range';
import { firstNonBlank, groupIndices, groups, isBlank, isSpace, matchAt, matchedLength, type Read, span, trimmedEnd } from './text';

// In capitals with or without a colon; `tags:` and `Tags:` only with one.
const KEYWORD = /(?<kw>TAGS?|(?<lower>[Tt]ags?))(?![A-Za-z0-9])[ \t]*(?<colon>:)?[ \t]*/dy;
// `[PGOV](#)`: WikiLeaks' tag links after an HTML-to-Markdown conversion (§1).
const LINK = /\[(?<code>[^\]\s]{1,40})\]\([^)\s]{0,200}\)/dy;
const TOKEN = /[^\s,;]+/y;
/** Words that are all TAGS-like codes of two to four capitals. */
const CODES = /^[A-Z]{2,4}(?:\s+[A-Z]{2,4})+$/;
/** A longer piece is no tag of several words (`NEWFOUNDLAND AND LABRADOR` has 25 characters). */
const MAX_PIECE = 60;
const SEPARATORS = /[\s,;]*/y;
// Lines that continue a TAGS line hold only code-like tokens, separators and tag links.
const CONTINUATION = /[A-Z0-9&'.\-/()#[\]]+(?:[ \t,;]+[A-Z0-9&'.\-/()#[\]]+)*[ \t,;]*$/y;
const KEYWORD_LINE = /(?:SUBJ|REF|E\.\s?O\.|EO \d|CLASSIFIED|\d{1,3}\.|¶)/iy;
/**
 * Tokens read at most: real TAGS lines hold a few dozen (73 in 03VATICAN283, whose printout repeats
 * them); a megabyte of tokens is no TAGS line, and reading no more keeps it quick.
 */
const MAX_TAGS = 200;

function keywordAt(text: string, col: number): RegExpExecArray | null {
  const c = text.charCodeAt(col);
  if (c !== 0x54 && c !== 0x74) return null;
  const m = matchAt(KEYWORD, text, col);
  return m && (groups(m).lower === undefined || groups(m).colon !== undefined) ? m : null;
}

export function isTagsLine(text: string, col: number): boolean {
  return keywordAt(text, col) !== null;
}

/** The TAGS line and its continuation lines; reading goes on at the line after them. */
export function parseTags(lines: readonly string[], i: number, col: number): Read<TagsLine> | null {
  const text = lines[i];
  const m = keywordAt(text, col);
  if (!m) return null;
  const keywordEnd = groups(m).colon !== undefined ? groupIndices(m).colon[1] : col + groups(m).kw.length;
  const keyword = span(i, col, text.slice(col, keywordEnd), groups(m).kw);
  const tags: Tag[] = [];
  let range = lineRange(i, col, Math.max(keywordEnd, trimmedEnd(text)));
  let commas = readTokens(text, i, m.index + m[0].length, tags);
  let next = i + 1;
  while (next < lines.length && isContinuation(lines[next])) {
    const c = firstNonBlank(lines[next]);
    commas = readTokens(lines[next], next, c, tags) || commas;
    range = unionRange(range, lineRange(next, c, trimmedEnd(lines[next])));
    next++;
  }
  return { element: { range, keyword, tags, commas }, next: { line: next } };
}

function isContinuation(text: string): boolean {
  if (isBlank(text)) return false;
  const col = firstNonBlank(text);
  return matchAt(KEYWORD_LINE, text, col) === null && matchAt(KEYWORD, text, col) === null && matchAt(CONTINUATION, text, col) !== null;
}

/**
 * Reads tag tokens from `from` to the end of the line into `out`; returns whether commas separate
 * them. In a comma-separated list each piece between commas is one tag, spaces and all (`Border
 * Patrol`, `HUMAN RIGHTS`, `USEU BRUSSELS`), unless it is codes with a comma left out (`PGOV YM`).
 */
function readTokens(text: string, line: number, from: number, out: Tag[]): boolean {
  const end = trimmedEnd(text);
  const commas = text.indexOf(',', from) >= 0;
  let at = from + matchedLength(SEPARATORS, text, from);
  while (at < end && out.length < MAX_TAGS) {
    const link = matchAt(LINK, text, at);
    if (link) {
      const code = groups(link).code;
      out.push(span(line, at + 1, code, code.toUpperCase()));
      at += link[0].length;
    } else {
      const token = at + matchedLength(TOKEN, text, at);
      const piece = commas ? pieceEnd(text, at, end) : token;
      const wordEnd = piece > token && (piece - at > MAX_PIECE || CODES.test(text.slice(at, piece))) ? token : piece;
      const word = text.slice(at, wordEnd);
      out.push(span(line, at, word, word.toUpperCase()));
      at = wordEnd;
    }
    at += matchedLength(SEPARATORS, text, at);
  }
  return commas;
}

/** Where the piece at `at` ends: before the next `,` or `;` and the blanks before it. */
function pieceEnd(text: string, at: number, end: number): number {
  let stop = at;
  while (stop < end && text[stop] !== ',' && text[stop] !== ';') stop++;
  while (stop > at && isSpace(text.charCodeAt(stop - 1))) stop--;
  return stop;
}
