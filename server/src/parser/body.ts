// The text after the front matter: numbered paragraphs with portion marks and sub-paragraphs,
// headings, section breaks, the signature and trailing BT / NNNN lines (§3.2, §3.9, §3.10).

import type { Paragraph, PortionMark, SectionBreak, Span, SubParagraph } from '../model/cable';
import { lineRange, type Range } from '../model/range';
import { parseSectionBreak } from './banner';
import { HeaderBuilder } from './header';
import { parsePortionMark } from './portionMark';
import { firstNonBlank, groupIndices, groups, groupStart, isBlank, matchAt, matchedLength, span, trimmedEnd, trimmedLineRange } from './text';

// Flush left, but a no-break space before the number (08BRASILIA93) or blanks before a `¶`
// (10ROME1) are conversion artifacts, not indentation; so are a few blanks before a number whose
// portion mark follows (` 1. (C) Summary`, 03SANAA3010), and a blank before its dot (`2 . (U)`).
const PARAGRAPH = /(?:[ \t\u00a0]*(?<pilcrow>¶)|\u00a0)?(?<number>\d{1,3})\.(?=[\s(]|$)/dy;
const MARKED_PARAGRAPH = /[ \t]{0,3}(?<number>\d{1,3}) ?\.(?=[ \t]*\((?:U|SBU|C|S|TS|LOU)[)/ -])/dy;
const MARKED_INDENT = 3;
const SUBPARAGRAPH = /¶?(?:\((?<l1>[a-zA-Z])\)|(?<l2>[a-zA-Z])[.)])(?=\s)/dy;
const DASHES = /-{3,}[- ]*$/y;
const SPACES = /[ \t]*/y;
// The signing officer's surname, in capitals (`ANSKE`) or capitalised (`Martinez`), up to three words,
// with a particle (`van Voorst`); a mirror's stamp may follow it (`STEVENS 0 12/23/2007`), and a
// database dump's backslash.
const SIGNATURE = /(?<name>(?:(?:van|von|de|del|da|du|le|la) )?[A-Z][A-Za-z'-]*\.?(?: [A-Z][A-Za-z'-]*\.?){0,2})(?: \d{1,2} \d{1,2}\/\d{1,2}\/\d{4})?[ \t]*(?:\\[ \t]*)?$/dy;
/**
 * The surname run onto the last sentence by a mirror that joined the lines (`… cleared this message.
 * SCOBEY`, `… Classified Website: XXXXXXXXXXXX******** ERELI`), not a redaction (`XXXXXXXXXXXX`).
 */
const RUN_ON_SIGNATURE = /[.!?"”)*][ \t]+(?<name>(?!X{4})[A-Z][A-Z'-]{2,}(?: (?!X{4})[A-Z][A-Z'-]{2,})?|[A-Z][a-z'-]{2,})[ \t]*$/d;
const RUN_ON_SIGNATURE_CHARS = 60;
const NOT_SIGNATURES = /^(?:END (?:OF )?(?:SUMMARY|COMMENT|TEXT|CABLE|MESSAGE)|BEGIN TEXT|CONFIDENTIAL|SECRET|UNCLASSIFIED|UNCLAS|SIPDIS|NOFORN|SUMMARY|COMMENT|BT|NNNN)\.?$/i;
const FOOTER =
  /(?:NNNN[ \t]+)?(?:>[ \t]*)?(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|End Cable Text|=+ *CABLE ENDS *=+|\d{4}[A-Z]+\d+ - Classification: [A-Z /]+)?\s*$/y;
/** Numbers further than this past the highest so far are not paragraph numbers (`¶200.`, §4 P2). */
const MAX_JUMP = 20;

export interface ParagraphStart {
  readonly number: Span<number>;
  readonly pilcrow: Range | null;
  /** Column after the number, its dot and blanks. */
  readonly after: number;
}

/** A numbered paragraph starts flush left (after an optional `¶`). */
export function paragraphStart(text: string, line: number): ParagraphStart | null {
  // Only a digit, a `¶` or blanks before a `¶` can start one: most lines fail here.
  const first = firstNonBlank(text);
  const c = text.charCodeAt(first);
  const digit = c >= 0x30 && c <= 0x39;
  if (first < 0 || !((digit && first <= MARKED_INDENT) || c === 0xb6)) return null;
  const flush = first === 0 || text.charCodeAt(0) === 0xa0;
  const m = (flush || c === 0xb6 ? matchAt(PARAGRAPH, text, 0) : null) ?? (digit ? matchAt(MARKED_PARAGRAPH, text, 0) : null);
  if (!m) return null;
  const at = groupIndices(m).number[0];
  const number = span(line, at, groups(m).number, Number(groups(m).number));
  const end = m.index + m[0].length;
  return {
    number,
    pilcrow: groups(m).pilcrow ? lineRange(line, at - 1, at) : null,
    after: end + matchedLength(SPACES, text, end),
  };
}

export interface Body {
  readonly paragraphs: Paragraph[];
  readonly sections: SectionBreak[];
  readonly headings: Span[];
  readonly signature: Span | null;
  readonly trailer: Span[];
}

interface OpenItem {
  readonly first: number;
  last: number;
}

/** The text from line `from` of a cable whose banner names `origin` (which section markers repeat). */
export function parseBody(lines: readonly string[], from: number, origin: string | null): Body {
  const trailer: Span[] = [];
  let end = lines.length;
  while (end > from && (isBlank(lines[end - 1]) || closesText(lines[end - 1]))) {
    end--;
    if (!isBlank(lines[end])) trailer.unshift(lineSpan(lines, end));
  }
  const signature = end > from ? readSignature(lines, end - 1) : null;
  // A signature on a line of its own ends the text; one run onto the last sentence stays in it.
  if (signature && signature.range.start.character === firstNonBlank(lines[end - 1])) end--;

  const paragraphs: Paragraph[] = [];
  const sections: SectionBreak[] = [];
  const headings: Span[] = [];
  let maxNumber = 0;
  let para: (OpenItem & { start: ParagraphStart; mark: PortionMark | null; subs: SubParagraph[] }) | null = null;
  let sub: (OpenItem & { label: Span; mark: PortionMark | null }) | null = null;

  const closeSub = () => {
    if (sub && para) para.subs.push({ range: itemRange(lines, sub), label: sub.label, mark: sub.mark });
    sub = null;
  };
  const closePara = () => {
    closeSub();
    if (para) {
      paragraphs.push({
        range: itemRange(lines, para),
        number: para.start.number,
        pilcrow: para.start.pilcrow,
        mark: para.mark,
        subparagraphs: para.subs,
      });
    }
    para = null;
  };

  for (let i = from; i < end; i++) {
    const text = lines[i];
    const col = firstNonBlank(text);
    if (col < 0 || isDashes(text, col)) continue;
    const brk = parseSectionBreak(text, i, col, origin);
    if (brk) {
      closePara();
      sections.push(brk);
      // A heading the marker was run onto.
      const before = trimmedEnd(text.slice(0, brk.range.start.character));
      if (before > col) headings.push(span(i, col, text.slice(col, before), text.slice(col, before)));
      continue;
    }
    if (mayBeBreak(text, col) && HeaderBuilder.isBreak(text, col)) {
      closePara();
      trailer.push(lineSpan(lines, i));
      continue;
    }
    const start = paragraphStart(text, i);
    if (start && start.number.value <= maxNumber + MAX_JUMP) {
      closePara();
      maxNumber = Math.max(maxNumber, start.number.value);
      para = { first: i, last: i, start, mark: parsePortionMark(text, i, start.after, lines[i + 1]), subs: [] };
      continue;
    }
    if (i + 1 < end && isHeading(lines, i, col)) {
      closePara();
      headings.push(lineSpan(lines, i));
      continue;
    }
    if (para) {
      const s = maySubparagraph(text, col) ? matchAt(SUBPARAGRAPH, text, col) : null;
      if (s) {
        closeSub();
        const letter = groups(s).l1 ?? groups(s).l2;
        const label = span(i, s.index, s[0], letter);
        const after = s.index + s[0].length + matchedLength(SPACES, text, s.index + s[0].length);
        sub = { first: i, last: i, label, mark: parsePortionMark(text, i, after, lines[i + 1]) };
      }
      para.last = i;
      if (sub) sub.last = i;
    }
  }
  closePara();
  return { paragraphs, sections, headings, signature, trailer };
}

/** BT / NNNN / #nnnn, the classification repeated at the foot, or a publisher's footer line. */
function closesText(text: string): boolean {
  const col = firstNonBlank(text);
  return HeaderBuilder.isBreak(text, col) || matchAt(FOOTER, text, col) !== null;
}

function isHeading(lines: readonly string[], i: number, col: number): boolean {
  const next = lines[i + 1];
  const c = firstNonBlank(next);
  return c >= 0 && isDashes(next, c) && trimmedEnd(lines[i]) - col <= 100;
}

// Cheap first-character tests in front of the per-line patterns: most body lines are prose.
function isDashes(text: string, col: number): boolean {
  return text.charCodeAt(col) === 0x2d && matchAt(DASHES, text, col) !== null;
}

function mayBeBreak(text: string, col: number): boolean {
  const c = text.charCodeAt(col);
  return c === 0x42 || c === 0x4e || c === 0x23;
}

function maySubparagraph(text: string, col: number): boolean {
  const c = text.charCodeAt(col);
  const next = text.charCodeAt(col + 1);
  return c === 0x28 || c === 0xb6 || next === 0x2e || next === 0x29;
}

function readSignature(lines: readonly string[], i: number): Span | null {
  const text = lines[i];
  const col = firstNonBlank(text);
  const alone = matchAt(SIGNATURE, text, col);
  const from = Math.max(col, trimmedEnd(text) - RUN_ON_SIGNATURE_CHARS);
  const m = alone ?? RUN_ON_SIGNATURE.exec(text.slice(from));
  if (!m) return null;
  const start = groupStart(m, 'name') + (alone ? 0 : from);
  const name = groups(m).name;
  return name.length <= 40 && !NOT_SIGNATURES.test(name) ? span(i, start, name, name) : null;
}

function lineSpan(lines: readonly string[], i: number): Span {
  const range = trimmedLineRange(lines, i);
  const text = lines[i].slice(range.start.character, range.end.character);
  return { text, value: text, range };
}

function itemRange(lines: readonly string[], item: OpenItem): Range {
  return { start: trimmedLineRange(lines, item.first).start, end: trimmedLineRange(lines, item.last).end };
}

