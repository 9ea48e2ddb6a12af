// The Classified By paragraph (§3.8): `Classified By: Kay Anske, Consul General, reasons 1.4 (c), (d)`,
// `CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).`, with the reason often on a later line.

import type { ClassifiedBy, Span } from '../model/cable';
import { JoinedLines } from './joined';
import { groupStart, isBlank, matchAt, startsWithOneOf, type Read } from './text';

// A portion mark may come first (`(U) Classified by …`); derivative classification reads
// `DERIVED FROM: DSCG 05-1` instead (10MEXICO83).
const KEYWORD = /(?:\((?:U|C|S|SBU)\)[ \t]*)?(?<kw>classified\s+by|derived\s+from)(?![A-Za-z])[ \t]*:?[ \t]*/diy;
/** Searches a line for the keyword anywhere (it is run onto REF lines). */
export const CLASSIFIED_BY_ANYWHERE = /classified\s+by(?![A-Za-z])/i;
const REASON_WORD = /[,;.]?\s*(?:for\s+)?reasons?\b\s*[:,]?\s*/gi;
const SECTION = /(?:E\.\s?O\.\s*\d{5},?\s*)?(?:sec(?:tion)?\.?\s*)?(?<sec>1 ?\.[45])/diy;
const BARE_SECTION = /\b1\.[45]\s*\(?[a-hA-H]\)?(?![A-Za-z])/g;
const LETTER_GAP = /(?:\s|,|&|\/|;|\band\b)*/iy;
// Letters wrap inside their parentheses too: `1.4 (` / `b, d)`.
const LETTER = /(?:\(\s*)?(?<letter>[a-hA-H])(?:\s*\))?(?![A-Za-z0-9])/dy;
const LETTER_LIST = /\(\s*(?<list>[a-hA-H](?:\s*,\s*[a-hA-H])+)\s*\)/dy;
const MAX_LINES = 8;

export function isClassifiedByAt(text: string, col: number): boolean {
  return startsWithOneOf(text, col, 'CcDd(') && matchAt(KEYWORD, text, col) !== null;
}

/**
 * Reads the paragraph that starts with `Classified By` at (`line`, `col`) and runs to the next
 * blank line or the line `stop(j)` rejects; reading goes on at the line after it.
 */
export function parseClassifiedBy(lines: readonly string[], line: number, col: number, stop: (j: number) => boolean): Read<ClassifiedBy> | null {
  const m = matchAt(KEYWORD, lines[line], col);
  if (!m) return null;
  let last = line;
  while (last + 1 < lines.length && last - line < MAX_LINES && !isBlank(lines[last + 1]) && !stop(last + 1)) last++;
  const joined = new JoinedLines(lines, line, last, col);
  const text = joined.text;
  const kwStart = groupStart(m, 'kw') - col;
  const keyword = joined.span(kwStart, kwStart + m.groups!.kw.length)!;
  const bodyStart = m[0].length;

  const reason = findReason(text, bodyStart);
  // Without a reason the authority is taken from the first line only, to keep its range tight.
  const firstLineEnd = text.indexOf('\n');
  const authorityEnd = reason ? reason.wordStart : firstLineEnd < 0 ? text.length : firstLineEnd;
  const authority = joined.span(bodyStart, authorityEnd, (t) => t.replace(/\s+/g, ' ').replace(/[\s,;.:]+$/, '').replace(/\s+for$/i, ''));
  const section = reason && reason.sectionStart >= 0 ? joined.span(reason.sectionStart, reason.sectionEnd, (t) => t.replace(' ', '')) : null;
  const reasons = section ? readLetters(joined, reason!.sectionEnd) : [];
  const end = reasons.length ? reasons[reasons.length - 1].range.end : (section ?? authority ?? keyword).range.end;
  return {
    element: { range: { start: keyword.range.start, end }, keyword, authority, section, reasons },
    next: { line: last + 1 },
  };
}

interface ReasonPosition {
  /** Where the authority ends: the word "reason", or the section number when that word is missing. */
  readonly wordStart: number;
  /** Where `1.4` / `1.5` is written, or -1 (`REASON 1.6 (X6)` names an exemption, not a reason). */
  readonly sectionStart: number;
  readonly sectionEnd: number;
}

function findReason(text: string, from: number): ReasonPosition | null {
  REASON_WORD.lastIndex = from;
  const w = REASON_WORD.exec(text);
  if (w) {
    const s = matchAt(SECTION, text, w.index + w[0].length);
    const [start, end] = s ? s.indices!.groups!.sec : [-1, -1];
    return { wordStart: w.index, sectionStart: start, sectionEnd: end };
  }
  BARE_SECTION.lastIndex = from;
  const bare = BARE_SECTION.exec(text);
  return bare ? { wordStart: bare.index, sectionStart: bare.index, sectionEnd: bare.index + 3 } : null;
}

function readLetters(joined: JoinedLines, from: number): Span[] {
  const text = joined.text;
  const out: Span[] = [];
  let at = from;
  for (;;) {
    at += matchAt(LETTER_GAP, text, at)![0].length;
    const list = matchAt(LETTER_LIST, text, at);
    if (list) {
      const start = list.indices!.groups!.list[0];
      for (let k = 0; k < list.groups!.list.length; k++) {
        const ch = list.groups!.list[k];
        if (/[a-hA-H]/.test(ch)) out.push(joined.span(start + k, start + k + 1, (t) => t.toLowerCase())!);
      }
      at += list[0].length;
      continue;
    }
    const one = matchAt(LETTER, text, at);
    if (!one) return out;
    const start = one.indices!.groups!.letter[0];
    out.push(joined.span(start, start + 1, (t) => t.toLowerCase())!);
    at += one[0].length;
  }
}
