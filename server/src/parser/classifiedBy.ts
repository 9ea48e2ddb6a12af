// The Classified By paragraph (§3.8): `Classified By: Kay Anske, Consul General, reasons 1.4 (c), (d)`,
// `CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).`, with the reason often on a later line.

import type { ClassifiedBy, Span } from '../model/cable';
import { JoinedLines } from './joined';
import { firstNonBlank, groupIndices, groups, groupStart, isBlank, matchAt, matchedLength, nextNonBlank, type Read, startsWithOneOf } from './text';

// A portion mark may come first (`(U) Classified by …`); derivative classification reads
// `DERIVED FROM: DSCG 05-1` instead (10MEXICO83). The name is sometimes glued to `By`
// (`Classified ByMinister Counselor …`, 09CAIRO1571).
const KEYWORD = /(?:\((?:U|C|S|SBU)\)[ \t]*)?(?<kw>classified\s+by|derived\s+from)(?![A-Za-z])[ \t]*:?[ \t]*/diy;
const GLUED_KEYWORD = /(?:\((?:U|C|S|SBU)\)[ \t]*)?(?<kw>[Cc]lassified\s+By)(?=[A-Z][a-z])/dy;
// `CLASSIFIED` left at the end of the subject, a blank line, then `BY: Gene A. Cretz, … REASON: 1.4
// (b), (d)` (10TRIPOLI100, 09TRIPOLI874): the paragraph, its first word elsewhere or lost.
const BROKEN_KEYWORD = /(?<kw>BY)[ \t]*:[ \t]*(?=[^\n]{0,200}?\bREASONS?\b[ \t]*:?[ \t]*1 ?\. ?[45])/dy;
/** Searches a line for the keyword anywhere (it is run onto REF lines). */
export const CLASSIFIED_BY_ANYWHERE = /classified\s+by(?![A-Za-z])/i;
// `reasons`, `Reason(s)`, and the word broken in two (`for reason` / `s 1.4`, 08MADRID580; `reason s`).
const REASON_WORD = /[,;.]?\s*(?:for\s+)?reason(?:s\b|\(s\)|\s+s\b|\b)\s*[:,]?\s*/gi;
/**
 * A paragraph that gives the reason, after a blank line: `REASON: 1.4 (b), (c), (d)` (08TRIPOLI455),
 * `Department of State. REASON: 1.4 (b), (d)` (09TRIPOLI260).
 */
const REASON_PARAGRAPH = /[^\n]{0,80}?\breasons?\b\s*:?\s*1 ?\. ?[45]/iy;
// `1.4`, `1 .4`, `1. 4` (08MANAMA496).
const SECTION = /(?:E\.\s?O\.\s*\d{5},?\s*)?(?:sec(?:tion)?\.?\s*)?(?<sec>1 ?\. ?[45])/diy;
const BARE_SECTION = /\b1 ?\. ?[45]\s*\(?[a-hA-H]\)?(?![A-Za-z])/g;
// Letters apart: `(b) and (d)`, `(b)/(d)`, `(B/D)`, `(b+d)`.
const LETTER_GAP = /(?:\s|,|&|\/|;|\+|\band\b)*/iy;
// Letters wrap inside their parentheses too: `1.4 (` / `b, d)`.
const LETTER = /(?:\(\s*)?(?<letter>[a-hA-H])(?:\s*\))?(?![A-Za-z0-9])/dy;
const LETTER_LIST = /\(\s*(?<list>[a-hA-H](?:\s*,\s*[a-hA-H])+)\s*\)/dy;
const MAX_LINES = 8;

function keywordAt(text: string, col: number): RegExpExecArray | null {
  if (startsWithOneOf(text, col, 'CcDd(')) return matchAt(KEYWORD, text, col) ?? matchAt(GLUED_KEYWORD, text, col);
  return text.startsWith('BY', col) ? matchAt(BROKEN_KEYWORD, text, col) : null;
}

export function isClassifiedByAt(text: string, col: number): boolean {
  return keywordAt(text, col) !== null;
}

/**
 * Reads the paragraph that starts with `Classified By` at (`line`, `col`) and runs to the next
 * blank line or the line `stop(j)` rejects; reading goes on at the line after it.
 */
export function parseClassifiedBy(lines: readonly string[], line: number, col: number, stop: (j: number) => boolean): Read<ClassifiedBy> | null {
  const m = keywordAt(lines[line], col);
  if (!m) return null;
  let last = extent(lines, line, stop);
  if (!findReason(new JoinedLines(lines, line, last, col).text, m[0].length)) {
    const reason = nextNonBlank(lines, last + 1);
    const gives = reason >= 0 && reason - last <= 2 && !stop(reason) && !CLASSIFIED_BY_ANYWHERE.test(lines[reason]);
    if (gives && matchAt(REASON_PARAGRAPH, lines[reason], firstNonBlank(lines[reason]))) last = extent(lines, reason, stop);
  }
  const joined = new JoinedLines(lines, line, last, col);
  const text = joined.text;
  const kwStart = groupStart(m, 'kw') - col;
  const keyword = joined.requiredSpan(kwStart, kwStart + groups(m).kw.length);
  const bodyStart = m[0].length;

  const reason = findReason(text, bodyStart);
  // Without a reason the authority is taken from the first line only, to keep its range tight.
  const firstLineEnd = text.indexOf('\n');
  const authorityEnd = reason ? reason.wordStart : firstLineEnd < 0 ? text.length : firstLineEnd;
  const authority = joined.span(bodyStart, authorityEnd, (t) => t.replace(/\s+/g, ' ').replace(/[\s,;.:]+$/, '').replace(/\s+for$/i, ''));
  const section = reason && reason.sectionStart >= 0 ? joined.span(reason.sectionStart, reason.sectionEnd, (t) => t.replace(/ /g, '')) : null;
  const reasons = section && reason ? readLetters(joined, reason.sectionEnd) : [];
  const end = reasons.length ? reasons[reasons.length - 1].range.end : (section ?? authority ?? keyword).range.end;
  return {
    element: { range: { start: keyword.range.start, end }, keyword, authority, section, reasons },
    next: { line: last + 1 },
  };
}

/** The last line of the paragraph from `line`: up to a blank line, the line `stop(j)` rejects, or MAX_LINES. */
function extent(lines: readonly string[], line: number, stop: (j: number) => boolean): number {
  let last = line;
  while (last + 1 < lines.length && last - line < MAX_LINES && !isBlank(lines[last + 1]) && !stop(last + 1)) last++;
  return last;
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
    const [start, end] = s ? groupIndices(s).sec : [-1, -1];
    return { wordStart: w.index, sectionStart: start, sectionEnd: end };
  }
  BARE_SECTION.lastIndex = from;
  const bare = BARE_SECTION.exec(text);
  if (!bare) return null;
  const sectionEnd = bare.index + (/^1 ?\. ?[45]/.exec(bare[0])?.[0].length ?? 0);
  return { wordStart: bare.index, sectionStart: bare.index, sectionEnd };
}

function readLetters(joined: JoinedLines, from: number): Span[] {
  const text = joined.text;
  const out: Span[] = [];
  let at = from;
  for (;;) {
    at += matchedLength(LETTER_GAP, text, at);
    const list = matchAt(LETTER_LIST, text, at);
    if (list) {
      const start = groupIndices(list).list[0];
      for (let k = 0; k < groups(list).list.length; k++) {
        const ch = groups(list).list[k];
        if (/[a-hA-H]/.test(ch)) out.push(joined.requiredSpan(start + k, start + k + 1, (t) => t.toLowerCase()));
      }
      at += list[0].length;
      continue;
    }
    const one = matchAt(LETTER, text, at);
    if (!one) return out;
    const start = groupIndices(one).letter[0];
    out.push(joined.requiredSpan(start, start + 1, (t) => t.toLowerCase()));
    at += one[0].length;
  }
}
