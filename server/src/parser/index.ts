// The parser: text in, cable model out. One pass over the lines in three phases — preamble and
// transmission header, front matter, body — each line examined by anchored patterns only, so the
// time is linear in the input. It never throws on any input.

import type { Banner, Cable, ClassifiedBy, Paragraph, Span } from '../model/cable';
import type { Position, Range } from '../model/range';
import { parseBanner } from './banner';
import { parseBlocks } from './blocks';
import { paragraphStart, parseBody } from './body';
import { CLASSIFIED_BY_ANYWHERE, parseClassifiedBy } from './classifiedBy';
import { parseDateline } from './dateline';
import { beginsElement, parseFrontMatter } from './frontMatter';
import { HeaderBuilder } from './header';
import { isExecutiveOrderLine } from './executiveOrder';
import { isSubjectLine } from './subject';
import { isTagsLine } from './tags';
import { firstNonBlank, splitLines, trimmedLineRange } from './text';

export { splitLines } from './text';

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
    const b = beforeHeader ? null : parseBanner(line, i, col);
    if (b && (b.banner.reference || !fullBannerAhead(lines, i))) {
      banner = b.banner;
      frontColumn = b.restStart >= 0 ? b.restStart : line.length;
      break;
    }
    if (!beforeHeader && header.accept(i, col)) continue;
    if (!header.started) {
      const r = trimmedLineRange(lines, i);
      preamble = preamble ? { start: preamble.start, end: r.end } : r;
      dateline ??= parseDateline(line, i, col);
    }
  }

  const front = parseFrontMatter(lines, i, frontColumn);
  const body = parseBody(lines, front.next);
  const classifiedBy = front.classifiedBy ?? findClassifiedByInBody(lines, front.next, body.paragraphs);
  const blocks = parseBlocks(lines, front.next, lines.length, (line) => paragraphEnd(lines, body.paragraphs, line));
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

/** Older cables put Classified By in paragraph 1 (`1. (U) CLASSIFIED BY …`) or later in the text. */
function findClassifiedByInBody(lines: readonly string[], from: number, paragraphs: readonly Paragraph[]): ClassifiedBy | null {
  const starts = new Map(paragraphs.map((p) => [p.range.start.line, p]));
  for (let i = from; i < lines.length; i++) {
    const p = starts.get(i);
    const col = p ? (p.mark?.range.end.character ?? paragraphStart(lines[i], i)!.after) : firstNonBlank(lines[i]);
    if (col < 0) continue;
    const m = CLASSIFIED_BY_ANYWHERE.exec(lines[i].slice(col, col + 40));
    if (m && m.index <= 1) {
      return parseClassifiedBy(lines, i, col + m.index, (j) => beginsElement(lines, j) && !CLASSIFIED_BY_ANYWHERE.test(lines[j]))?.classifiedBy ?? null;
    }
  }
  return null;
}
