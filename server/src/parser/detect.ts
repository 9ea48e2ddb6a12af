// Whether a text is a cable, from its first non-blank lines: for the editor (a `.txt` file opened as
// Cable) and the `cable lint` folder walk. A cable opens with a transmission header line, a banner
// with its message reference, a State printout line, a media partner's dateline, a database export's
// header or (in extracts without a banner) the E.O. line, after what
// publishers put before it (test/corpus/IRREGULARITIES.md): blank lines, WikiLeaks' partial-extract
// notice, a stray `null`, a publisher's code (`TED3146`), a copy of the banner, a bare date-time
// group, the e-mail header of a distribution copy, and glued prefixes (`Cable dated:…`, `Telegram`).
// A note that quotes a header further down does not open like one and is no cable.
// Pure: no Node or editor API, so that the client can bundle it.

import { parseBanner } from './banner';
import { parseCaptions } from './captions';
import { parseDateline } from './dateline';
import { afterGluedPrefixes } from './publisher';
import { parseExecutiveOrder } from './executiveOrder';
import { HeaderBuilder } from './header';
import { blankByteOrderMark, firstNonBlank, matchAt, nextNonBlank, trimmedEnd } from './text';

/** How many lines of the beginning are looked at: prefixes take a dozen at most. */
export const DETECT_LINES = 40;
/** Publisher lines skipped before the cable must begin. */
const MAX_PREFIX_LINES = 6;

/**
 * Whole lines a publisher put before the cable: `null`, a code (`TED3146`), a bare date-time group,
 * a `\`, the first fields of a mirror's metadata (`id: 15777`, `date: 4/7/2004 0:28`).
 */
const PUBLISHER_LINE = /(?:null|[A-Z]{2,5}\d{3,6}|\d{6}Z [A-Za-z]{3} \d{2,4}|\\|id: \d+|date: [\d/: ]+)\s*$/y;
/**
 * Exports that open with their own header: State's cable database (`Diana T Fritz 03/21/2007
 * 05:47:09 PM From DB/Inbox: …`), a mirror's database row, tab- or comma-separated
 * (`22350<TAB>2004-11-02 18:31:00<TAB>04BOGOTA11339<TAB>…`, `27613,2/24/2005 16:09,05BOGOTA1775,…`),
 * and its metadata field `refid: 04BOGOTA3619`.
 */
const EXPORT_HEADER =
  /(?:[^\t]*\d{2}\/\d{2}\/\d{4} +\d{1,2}:\d{2}:\d{2} +[AP]M +From +DB\/Inbox:|(?:\d+\t)?\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\t\d{2}[A-Z]+\d+\t|\d+,\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2},\d{2}[A-Z]+\d+,|refid: \d{2}[A-Z]+\d+\s*$)/y;
/** The e-mail header of a distribution copy: `From:`, `Sent:`, `To:`, `Subject:` up to a blank line. */
const MAIL_HEADER = /(?:From|Sent|To|Cc|Subject|Importance):/y;
/** Its subject line, sometimes run onto the first line: `TRIPOLI 00000540 P CO 08-JUL-08 CHEVRON …`. */
const DISTRIBUTION_SUBJECT = /[A-Z][A-Z .'-]* \d{8} [ZOPR] [A-Z]{2} \d{2}-[A-Z]{3}-\d{2} /y;
const MAIL_HEADER_LINES = 12;

/** The first `count` lines of `text` at most, without splitting all of a long text. */
export function leadingLines(text: string, count = DETECT_LINES): string[] {
  const lines: string[] = [];
  let at = 0;
  while (lines.length < count && at <= text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    // Lines end in LF or CRLF; a CR alone (old Mac files) ends one too.
    lines.push(...(line.endsWith('\r') ? line.slice(0, -1) : line).split('\r'));
    if (end < 0) break;
    at = end + 1;
  }
  if (lines.length > 0) lines[0] = blankByteOrderMark(lines[0]);
  return lines.slice(0, count);
}

/** Whether the text (or its first lines, as `leadingLines` gives them) begins like a cable. */
export function beginsLikeCable(text: string | readonly string[]): boolean {
  const lines = typeof text === 'string' ? leadingLines(text) : [blankByteOrderMark(text[0] ?? ''), ...text.slice(1, DETECT_LINES)];
  let i = nextNonBlank(lines, 0);
  if (i < 0) return false;
  i = afterMailHeader(lines, i);
  for (let skipped = 0; i >= 0 && skipped <= MAX_PREFIX_LINES; skipped++) {
    // A backslash ends each line of a mirror's database dump (escaped line breaks).
    const line = lines[i].replace(/\s*\\$/, '');
    const col = afterGluedPrefixes(line, firstNonBlank(line));
    if (opensCable(line, i, col)) return true;
    if (col < trimmedEnd(line) && !isPublisherLine(line, i, col)) return false;
    i = nextNonBlank(lines, i + 1);
  }
  return false;
}

/** A header line, a banner with its reference, a dateline, an export's header, an E.O. line. */
function opensCable(line: string, i: number, col: number): boolean {
  return (
    HeaderBuilder.opensHeader(line, col) ||
    isFullExecutiveOrderLine(line, i, col) ||
    parseBanner(line, i, col)?.banner.reference != null ||
    parseDateline(line, i, col) !== null ||
    matchAt(EXPORT_HEADER, line, col) !== null
  );
}

/** `E.O. 12958: DECL: 12/14/2017`, `E.O. 12958: N/A`: not a sentence that names the order. */
function isFullExecutiveOrderLine(line: string, i: number, col: number): boolean {
  const decl = parseExecutiveOrder(line, i, col)?.element.declassify;
  return decl != null && (decl.keyword !== null || decl.date !== null || decl.marking?.value === 'N/A');
}

/** A line that may stand before a cable: a code, a bare date-time group, a copy of the banner, a caption. */
function isPublisherLine(line: string, i: number, col: number): boolean {
  return matchAt(PUBLISHER_LINE, line, col) !== null || parseBanner(line, i, col) !== null || parseCaptions(line, i, col, 1) !== null;
}

/** The line after an e-mail header block that opens at `i` (and its blank lines), else `i`. */
function afterMailHeader(lines: readonly string[], i: number): number {
  const col = firstNonBlank(lines[i]);
  if (!matchAt(MAIL_HEADER, lines[i], col) && !matchAt(DISTRIBUTION_SUBJECT, lines[i], col)) return i;
  const limit = Math.min(lines.length, i + MAIL_HEADER_LINES);
  for (let j = i + 1; j < limit; j++) if (firstNonBlank(lines[j]) < 0) return nextNonBlank(lines, j);
  return i;
}

