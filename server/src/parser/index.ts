// The parser: text in, cable model out. One pass over the lines in three phases — preamble and
// transmission header, front matter, body — each line examined by anchored patterns only, so the
// time is linear in the input. It never throws on any input.

import type { Banner, Cable, ClassifiedBy, Paragraph, Span } from '../model/cable';
import type { Position, Range } from '../model/range';
import { parseBanner } from './banner';
import { parseBlocks } from './blocks';
import { paragraphStart, parseBody } from './body';
import { CLASSIFIED_BY_ANYWHERE, isClassifiedByAt, parseClassifiedBy } from './classifiedBy';
import { parseDateline } from './dateline';
import { afterGluedPrefixes } from './publisher';
import { findRunOn, type RunOnKind } from './runOn';
import { beginsElement, parseFrontMatter } from './frontMatter';
import { HeaderBuilder } from './header';
import { isExecutiveOrderLine } from './executiveOrder';
import { isSubjectLine } from './subject';
import { isTagsLine } from './tags';
import { firstNonBlank, isBlank, matchAt, nextNonBlank, splitLines, trimmedEnd, trimmedLineRange } from './text';

export { splitLines } from './text';

/** A paragraph 1 that marks the whole text (`CONFIDENTIAL - ENTIRE TEXT.`), after which Classified By may follow. */
const WHOLE_TEXT = /(?:[A-Z]+ )*[A-Z]+ +-+ +ENTIRE TEXT\.?/y;
const RUN_ON_CLASSIFIED_BY: readonly RunOnKind[] = ['classifiedBy'];
/** Lines after the front matter, before paragraph 1, where a run-on Classified By is looked for. */
const RUN_ON_LINES = 6;

/** How far into a document a header may start after stray copies of other parts. */
const HEADER_SEARCH_LINES = 200;
const BANNER_SEARCH_LINES = 60;

export function parseCable(text: string): Cable {
  const lines = splitLines(text);
  const header = new HeaderBuilder(lines);
  let preamble: Range | null = null;
  let dateline: Span | null = null;
  let banner: Banner | null = null;
  let frontColumn = 0;
  let i = 0;
  const headerStart = findHeaderStart(lines);

  for (; i < lines.length; i++) {
    const line = lines[i];
    const col = firstNonBlank(line);
    if (col < 0) {
      header.blank();
      continue;
    }
    const beforeHeader = i < headerStart;
    if (!beforeHeader && startsText(line, i, col)) break;
    // Publishers' prefixes (`Cable dated:…`, a notice, `Telegram`) glued before the banner: preamble.
    const at = header.started || beforeHeader ? col : afterGluedPrefixes(line, col);
    if (at > col) {
      preamble = extendRange(preamble, lines, i, at);
      const stamp = line.indexOf('Cable dated', col);
      if (stamp >= 0 && stamp < at) dateline ??= parseDateline(line, i, stamp);
      if (at >= trimmedEnd(line)) continue;
    }
    const b = beforeHeader ? null : parseBanner(line, i, at);
    if (b?.banner.reference && !header.started && bannerCopy(lines, i, b.banner)) {
      // A copy of the banner before the header (`TelegramUNCLASSIFIED TRIPOLI 00000641`, 07TRIPOLI641).
      preamble = extendRange(preamble, lines, i, line.length);
      continue;
    }
    if (b && (b.banner.reference || !fullBannerAhead(lines, i))) {
      banner = b.banner;
      frontColumn = b.restStart >= 0 ? b.restStart : line.length;
      break;
    }
    const glued = beforeHeader ? null : findGluedBanner(line, i, col);
    if (glued) {
      // `…COLLECTIVEUNCLAS DUBAI 000181` (05DUBAI181), `…not available.UNCLAS HARARE 001001`.
      if (!header.accept(i, col, glued.range.start.character) && !header.started) preamble = extendRange(preamble, lines, i, glued.range.start.character);
      banner = glued;
      frontColumn = line.length;
      break;
    }
    if (!beforeHeader && header.accept(i, col)) continue;
    if (!header.started) {
      preamble = extendRange(preamble, lines, i, line.length);
      dateline ??= parseDateline(line, i, col);
    }
  }

  const front = parseFrontMatter(lines, i, frontColumn, banner?.reference ?? null);
  const body = parseBody(lines, front.next, banner?.reference?.origin.value ?? null);
  const classifiedBy = chooseClassifiedBy(front.classifiedBy, lines, front.next, body.paragraphs);
  // From the front matter's last line: mirrors run `1.(C) Summary: …` onto the Classified By line.
  let lastFront = front.next - 1;
  while (lastFront > i && isBlank(lines[lastFront])) lastFront--;
  const blocks = parseBlocks(lines, Math.max(i, lastFront), lines.length, (line) => paragraphEnd(lines, body.paragraphs, line));
  const last = lines.length - 1;

  return {
    lines,
    preamble,
    dateline,
    header: header.build(),
    banner,
    captions: front.captions,
    passing: front.passing,
    executiveOrder: front.executiveOrder,
    tags: front.tags,
    subject: front.subject,
    references: front.references,
    classifiedBy,
    paragraphs: body.paragraphs,
    blocks,
    sections: [...front.sections, ...body.sections],
    headings: body.headings,
    signature: body.signature,
    trailer: body.trailer,
    range: { start: { line: 0, character: 0 }, end: { line: last, character: lines[last].length } },
  };
}

/** The end of the paragraph holding `line`, or of the line itself outside paragraphs. */
function paragraphEnd(lines: readonly string[], paragraphs: readonly Paragraph[], line: number): Position {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = paragraphs[mid].range;
    if (line < r.start.line) hi = mid - 1;
    else if (line > r.end.line) lo = mid + 1;
    else return r.end;
  }
  return trimmedLineRange(lines, line).end;
}

/** Front-matter keywords or a numbered paragraph: the text has begun (no banner was found). */
function startsText(line: string, i: number, col: number): boolean {
  return isExecutiveOrderLine(line, col) || isTagsLine(line, col) || isSubjectLine(line, col) || paragraphStart(line, i) !== null;
}

const GLUED_LEVEL = /(?:UNCLAS(?:SIFIED)?|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET) /g;
/**
 * How far from the end of a line a run-on banner may start: its level, SECTION mark and message
 * reference take well under this. Looking no further keeps a long line of level words linear.
 */
const GLUED_BANNER_CHARS = 160;

/** A banner with its message reference run onto the end of another line. */
function findGluedBanner(line: string, i: number, col: number): Banner | null {
  if (!endsWithSerial(line)) return null;
  GLUED_LEVEL.lastIndex = Math.max(col + 1, trimmedEnd(line) - GLUED_BANNER_CHARS);
  for (let m = GLUED_LEVEL.exec(line); m; m = GLUED_LEVEL.exec(line)) {
    const b = parseBanner(line, i, m.index);
    if (b?.banner.reference && b.restStart < 0) return b.banner;
  }
  return null;
}

/** A cheap test before looking for a run-on banner: the line ends in a serial of four digits or more. */
function endsWithSerial(line: string): boolean {
  const end = trimmedEnd(line);
  let digits = 0;
  while (digits < 4 && end - digits > 0 && isDigit(line.charCodeAt(end - digits - 1))) digits++;
  return digits === 4;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function extendRange(range: Range | null, lines: readonly string[], i: number, end: number): Range {
  const r = trimmedLineRange(lines, i);
  const to = { line: i, character: Math.max(r.start.character, Math.min(r.end.character, trimmedEnd(lines[i].slice(0, end)))) };
  return { start: range ? range.start : r.start, end: to };
}

/**
 * A banner that a publisher copied before the header: a header line follows it, and the banner with
 * the same reference comes again after the header.
 */
function bannerCopy(lines: readonly string[], from: number, banner: Banner): boolean {
  const next = nextNonBlank(lines, from + 1);
  if (next < 0 || !HeaderBuilder.opensHeader(lines[next], firstNonBlank(lines[next]))) return false;
  const limit = Math.min(lines.length, next + HEADER_SEARCH_LINES);
  for (let i = next + 1; i < limit; i++) {
    const col = firstNonBlank(lines[i]);
    const ref = col < 0 ? null : parseBanner(lines[i], i, col)?.banner.reference;
    if (ref && ref.origin.value === banner.reference?.origin.value && ref.serial.value === banner.reference.serial.value) return true;
  }
  return false;
}


/**
 * A bare `CONFIDENTIAL` line tops each page of a State printout; when a banner with a message
 * reference follows before the text begins, that one is the banner.
 */
function fullBannerAhead(lines: readonly string[], from: number): boolean {
  const limit = Math.min(lines.length, from + BANNER_SEARCH_LINES);
  for (let i = from + 1; i < limit; i++) {
    const col = firstNonBlank(lines[i]);
    if (col < 0) continue;
    if (startsText(lines[i], i, col)) return false;
    if (parseBanner(lines[i], i, col)?.banner.reference) return true;
  }
  return false;
}

/**
 * The line where a VZCZC or routing line begins the header. Anything before it is preamble, even a
 * banner or TAGS line: printouts and e-mailed copies put a banner, a distribution list or a
 * summary box before the header (09STATE119085, 05BUCHAREST31, 03ABUDHABI2641).
 */
function findHeaderStart(lines: readonly string[]): number {
  const limit = Math.min(lines.length, HEADER_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const col = firstNonBlank(lines[i]);
    if (col < 0) continue;
    if (HeaderBuilder.startsHeader(lines[i], col)) return i;
    if (paragraphStart(lines[i], i)) break;
  }
  return 0;
}

/**
 * Older cables put Classified By in paragraph 1 (`1. (U) CLASSIFIED BY …`, `1. CONFIDENTIAL - ENTIRE
 * TEXT. CLASSIFIED BY …`) or later in the text; mirrors run it onto a line between the front matter
 * and paragraph 1 (a subject written again, `CABLE CANCELED … Classified By: …`).
 */
function findClassifiedByInBody(lines: readonly string[], from: number, paragraphs: readonly Paragraph[]): ClassifiedBy | null {
  const runOnUntil = Math.min(paragraphs[0]?.range.start.line ?? lines.length, from + RUN_ON_LINES);
  let next = 0;
  for (let i = from; i < lines.length; i++) {
    while (next < paragraphs.length && paragraphs[next].range.start.line < i) next++;
    const p = paragraphs[next]?.range.start.line === i ? paragraphs[next] : undefined;
    let col = firstNonBlank(lines[i], p ? (p.mark?.range.end.character ?? (paragraphStart(lines[i], i)?.after ?? 0)) : 0);
    if (p === paragraphs[0] && col >= 0) col = firstNonBlank(lines[i], col + (matchAt(WHOLE_TEXT, lines[i], col)?.[0].length ?? 0));
    if (col >= 0 && i < runOnUntil && !isClassifiedByAt(lines[i], col)) col = findRunOn(lines[i], col, RUN_ON_CLASSIFIED_BY, null);
    if (col < 0 || !isClassifiedByAt(lines[i], col)) continue;
    return parseClassifiedBy(lines, i, col, (j) => beginsElement(lines, j) && !CLASSIFIED_BY_ANYWHERE.test(lines[j]))?.element ?? null;
  }
  return null;
}

/**
 * The front matter's Classified By, unless it gives no reason and the text has one that does
 * (03YEREVAN2883 names the officer twice, with the reasons only in paragraph 1).
 */
function chooseClassifiedBy(front: ClassifiedBy | null, lines: readonly string[], from: number, paragraphs: readonly Paragraph[]): ClassifiedBy | null {
  if (front?.section) return front;
  const inBody = findClassifiedByInBody(lines, from, paragraphs);
  return inBody && (!front || inBody.section) ? inBody : front;
}
