// The E.O. line: `E.O. 12958: DECL: 12/14/2017`, `EO 12958 DECL: 2020/01/01`, `E.O. 12958: N/A`,
// `E.O. 12356: DECL: OADR` (§3.4). TAGS may be run onto it.

import type { Declassification, ExecutiveOrderLine, Span } from '../model/cable';
import { lineRange } from '../model/range';
import { isoDate } from '../model/calendar';
import { fullYear } from './dtg';
import { findRunOn, type RunOnKind } from './runOn';
import { groups, groupSpan, matchAt, type Read, requiredSpan, span, textSpan, trimmedEnd } from './text';

// `E.o. 12958: decl: …` is written too.
const KEYWORD = /(?<kw>E\. ?[Oo]\.|EO(?= ?\d))\s*(?<order>\d{5})?[:,.;]?\s*/dy;
const RUN_ON: readonly RunOnKind[] = ['tags'];
const DECL = /(?<kw>DECL)\s*:?\s*/diy;
const NOT_APPLICABLE = /N\/A(?![A-Za-z0-9])/iy;
const DATE_MDY = /(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4}|\d{2})(?![\d/])/y;
const DATE_YMD = /(?<y>\d{4})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?![\d/])/y;

/** The keyword at `col`: `E.O.` with or without an order number, `EO` only with one. */
function keywordAt(text: string, col: number): RegExpExecArray | null {
  if (text.charCodeAt(col) !== 0x45) return null;
  const m = matchAt(KEYWORD, text, col);
  return m !== null && (groups(m).order !== undefined || m[1].startsWith('E.')) ? m : null;
}

export function isExecutiveOrderLine(text: string, col: number): boolean {
  return keywordAt(text, col) !== null;
}

/** The E.O. line; reading goes on at TAGS run onto it, else on the next line. */
export function parseExecutiveOrder(text: string, line: number, col: number): Read<ExecutiveOrderLine> | null {
  const m = keywordAt(text, col);
  if (!m) return null;
  const tags = findRunOn(text, col + 1, RUN_ON, null);
  const end = trimmedEnd(tags >= 0 ? text.slice(0, tags) : text);
  const at = m.index + m[0].length;
  const declassify = at < end ? parseDeclassification(text.slice(0, end), line, at) : null;
  return {
    element: {
      range: lineRange(line, col, end),
      keyword: requiredSpan(m, line, 'kw'),
      order: groupSpan(m, line, 'order'),
      declassify,
    },
    next: tags >= 0 ? { line, column: tags } : { line: line + 1 },
  };
}

/** The part after the order number; `text` ends where the E.O. part ends. */
function parseDeclassification(text: string, line: number, from: number): Declassification {
  const d = matchAt(DECL, text, from);
  const keyword = d ? groupSpan(d, line, 'kw') : null;
  const at = d ? d.index + d[0].length : from;
  const range = lineRange(line, from, text.length);
  if (at >= text.length) return { range, keyword, date: null, marking: null };
  const date = parseDeclassifyDate(text, line, at);
  if (date && date.range.end.character === text.length) return { range, keyword, date, marking: null };
  const marking = textSpan(line, at, text.slice(at));
  const notApplicable = marking.text.length === 3 && matchAt(NOT_APPLICABLE, text, at) !== null;
  return { range, keyword, date: null, marking: notApplicable ? { ...marking, value: 'N/A' } : marking };
}

/** `12/14/2017`, `09/21/10`, `2020/01/01`, `2017-12-14` → ISO date (null when not a real date). */
function parseDeclassifyDate(text: string, line: number, at: number): Span | null {
  const m = matchAt(DATE_MDY, text, at) ?? matchAt(DATE_YMD, text, at);
  if (!m?.groups) return null;
  const year = fullYear(Number(m.groups.y), m.groups.y.length);
  const iso = isoDate(year, Number(m.groups.m), Number(m.groups.d));
  return iso ? span(line, at, m[0], iso) : null;
}
