// The elements between the banner and the first paragraph, in the order real cables use but
// tolerating any order and several run together on one line (§3.3–§3.8).

import type { Caption, ClassifiedBy, ExecutiveOrderLine, MessageReference, ReferencesBlock, SectionBreak, Span, SubjectLine, TagsLine } from '../model/cable';
import { parseBanner, parseRunOnSectionBreak, parseSectionBreak } from './banner';
import { paragraphStart } from './body';
import { parseCaptions } from './captions';
import { isClassifiedByAt, parseClassifiedBy } from './classifiedBy';
import { isExecutiveOrderLine, parseExecutiveOrder } from './executiveOrder';
import { isReferencesLine, parseReferences } from './references';
import { isSubjectLine, parseSubject } from './subject';
import { findRunOn, type RunOnKind } from './runOn';
import { isTagsLine, parseTags } from './tags';
import { firstNonBlank, hasLowerCase, matchAt, trimmedEnd, type Cursor, type Read } from './text';
import { lineRange } from '../model/range';

const KEYWORD_SEARCH_LINES = 60;
const RUN_ON_PASSING: readonly RunOnKind[] = ['executiveOrder', 'tags', 'classifiedBy'];
const RUN_ON_KEYWORDS: readonly RunOnKind[] = ['executiveOrder', 'tags'];
const BLOCK_START = /(?:SUMMARY|Summary|COMMENT|Comment)\b/y;
/**
 * Captions read at most: real cables carry up to four (06REYKJAVIK357); past a few dozen, the words
 * are text and reading them one by one would only make a megabyte of `SIPDIS` slow.
 */
const MAX_CAPTIONS = 40;

export interface FrontMatter {
  captions: Caption[];
  passing: Span[];
  executiveOrder: ExecutiveOrderLine | null;
  tags: TagsLine | null;
  subject: SubjectLine | null;
  references: ReferencesBlock | null;
  classifiedBy: ClassifiedBy | null;
  sections: SectionBreak[];
  /** The line where the body starts. */
  next: number;
}

/** Whether line i begins an element of the front matter or the body (ends a wrapped element). */
export function beginsElement(lines: readonly string[], i: number): boolean {
  const text = lines[i];
  const col = firstNonBlank(text);
  return (
    col >= 0 &&
    (paragraphStart(text, i) !== null ||
      isExecutiveOrderLine(text, col) ||
      isTagsLine(text, col) ||
      isSubjectLine(text, col) ||
      isReferencesLine(text, col) ||
      isClassifiedByAt(text, col) ||
      matchAt(BLOCK_START, text, col) !== null ||
      parseSectionBreak(text, i, col) !== null)
  );
}

/**
 * The first E.O., TAGS or SUBJECT line before the first paragraph, within a bounded search: one that
 * begins with it, or has an E.O. or TAGS run onto it (`ZFR --- ZFR E.O. 12958: N/A TAGS: …`, 09CAIRO1639).
 */
function firstKeywordLine(lines: readonly string[], from: number): number {
  const limit = Math.min(lines.length, from + KEYWORD_SEARCH_LINES);
  for (let i = from; i < limit; i++) {
    const text = lines[i];
    const col = firstNonBlank(text);
    if (col < 0) continue;
    if (paragraphStart(text, i)) break;
    if (isExecutiveOrderLine(text, col) || isTagsLine(text, col) || isSubjectLine(text, col) || findRunOn(text, col, RUN_ON_KEYWORDS, null) >= 0) return i;
  }
  return from;
}

/** What the readers find: one value for each element, or the several captions, page breaks, passing lines. */
interface Elements {
  executiveOrder: ExecutiveOrderLine;
  tags: TagsLine;
  subject: SubjectLine;
  references: ReferencesBlock;
  classifiedBy: ClassifiedBy;
  captions: Caption[];
  sections: SectionBreak;
  passing: Span;
}
type Key = keyof Elements;
type Found = { [K in Key]: Elements[K][] };

/** Where a reader looks: line `i` from column `col`; `ends(j)` tells whether line j begins another element. */
interface At {
  readonly lines: readonly string[];
  readonly i: number;
  readonly col: number;
  readonly ends: (j: number) => boolean;
  readonly found: Found;
  /** The first E.O., TAGS or SUBJECT line: passing lines come before it. */
  readonly keywordLine: number;
  /** The banner's origin (`KARACHI`), which page markers repeat. */
  readonly origin: string | null;
  /** The line where the banner is written again (-1: nowhere): a publisher's second copy follows. */
  readonly copyLine: number;
}

interface Reader<K extends Key> {
  readonly key: K;
  /** Whether a cable has one such element: the first one read is kept, later ones are not elements. */
  readonly once: boolean;
  /**
   * How many a front matter holds at most, far above real ones (24 passing lines in 06TRIPOLI498, a
   * few page breaks): past that the text is no front matter, and reading on would only be slow.
   */
  readonly most?: number;
  read(at: At): Read<Elements[K]> | null;
}

// Printouts break pages anywhere, even between the E.O. and TAGS lines (03ZAGREB470); mirrors run
// the marker into the line (`SUBJECT: … TRIPOLI 00000868 001.2 OF 002 CLASSIFIED BY: …`).
function readPageBreak({ lines, i, col, origin }: At): Read<SectionBreak> | null {
  const pageBreak = parseSectionBreak(lines[i], i, col, origin);
  if (pageBreak) return { element: pageBreak, next: { line: i + 1 } };
  const runOn = parseRunOnSectionBreak(lines[i], i, col);
  return runOn && { element: runOn, next: { line: i, column: runOn.range.end.character } };
}

function readCaptions({ lines, i, col, found }: At): Read<Caption[]> | null {
  const left = MAX_CAPTIONS - found.captions.reduce((n, run) => n + run.length, 0);
  const run = left > 0 ? parseCaptions(lines[i], i, col, left) : null;
  return run && { element: run.captions, next: { line: i, column: run.end } };
}

/**
 * Passing and attention lines (`DEPT FOR NEA/MAG`, `PARIS also for USOECD`) and notes such as NARA's
 * come before the E.O., TAGS and SUBJECT lines; after those only lines in capitals. The E.O. line,
 * TAGS or Classified By is sometimes run onto a passing line (`DEPT FOR WHA/BSC E.O. 12958: …`).
 */
function readPassing({ lines, i, col, found, keywordLine, copyLine }: At): Read<Span> | null {
  const text = lines[i];
  // A second copy's passing lines are run onto its banner (`UNCLAS MANAMA 000995 SIPDIS STATE FOR …`).
  if (i >= keywordLine && found.subject.length > 0 && i !== copyLine) return null;
  const runOn = findRunOn(text, col + 1, RUN_ON_PASSING, null);
  // Only this line's part up to a run-on element is tested, so that a line of many is read in one pass.
  if (i >= keywordLine && hasLowerCase(text, col, runOn >= 0 ? runOn : text.length)) return null;
  const end = trimmedEnd(runOn >= 0 ? text.slice(0, runOn) : text);
  const written = text.slice(col, end);
  return { element: { text: written, value: written, range: lineRange(i, col, end) }, next: runOn >= 0 ? { line: i, column: runOn } : { line: i + 1 } };
}

/** Tried in this order at each place. */
const READERS: ReadonlyArray<Reader<Key>> = [
  { key: 'sections', once: false, most: 20, read: readPageBreak },
  { key: 'captions', once: false, read: readCaptions },
  { key: 'executiveOrder', once: true, read: ({ lines, i, col }) => parseExecutiveOrder(lines[i], i, col) },
  { key: 'tags', once: true, read: ({ lines, i, col }) => parseTags(lines, i, col) },
  { key: 'subject', once: true, read: ({ lines, i, col, ends, origin }) => parseSubject(lines, i, col, ends, origin) },
  { key: 'references', once: true, read: ({ lines, i, col, ends, origin }) => parseReferences(lines, i, col, ends, origin) },
  { key: 'classifiedBy', once: true, read: ({ lines, i, col, ends }) => parseClassifiedBy(lines, i, col, ends) },
  { key: 'passing', once: false, most: 100, read: readPassing },
];

/**
 * Reads an element there. In a publisher's second copy an element the cable has one of is read over
 * when the first copy had it, and kept when the first copy lacked it.
 */
function tryReader<K extends Key>(reader: Reader<K>, at: At): Cursor | null {
  const found: Elements[K][] = at.found[reader.key];
  const known = reader.once && found.length > 0;
  if ((known && at.copyLine < 0) || found.length >= (reader.most ?? Infinity)) return null;
  const r = reader.read(at);
  if (!r) return null;
  if (!known) found.push(r.element);
  return r.next;
}

/**
 * The banner written again (`… SUBJECT: …\n\nC O N F I D E N T I A L MADRID 000897 SIPDIS …`,
 * 08MADRID897): a truncated extract ends, the full text follows. Reading goes on after it.
 */
/** What the first reader that matches at the cursor reads, or null when none does. */
function readElement(at: At): Cursor | null {
  for (const reader of READERS) {
    const next = tryReader(reader, at);
    if (next) return next;
  }
  return null;
}

function afterRepeatedBanner(line: string, i: number, col: number, banner: MessageReference | null): Cursor | null {
  const b = banner && parseBanner(line, i, col);
  const again = b?.banner.reference;
  if (!b || !again || again.origin.value !== banner.origin.value || again.serial.value !== banner.serial.value) return null;
  return b.restStart >= 0 ? { line: i, column: b.restStart } : { line: i + 1 };
}

/** Reads the front matter from line `first` (from column `firstColumn` on that line) of a cable with the banner's `reference`. */
export function parseFrontMatter(lines: readonly string[], first: number, firstColumn: number, reference: MessageReference | null): FrontMatter {
  const found: Found = { executiveOrder: [], tags: [], subject: [], references: [], classifiedBy: [], captions: [], sections: [], passing: [] };
  const repeatsBanner = (j: number) => afterRepeatedBanner(lines[j], j, firstNonBlank(lines[j]), reference) !== null;
  const ends = (j: number) => beginsElement(lines, j) || repeatsBanner(j);
  const keywordLine = firstKeywordLine(lines, first);
  const origin = reference?.origin.value ?? null;
  let copyLine = -1;
  let i = first;
  let col = firstNonBlank(lines[i] ?? '', firstColumn);
  while (i < lines.length) {
    const text = lines[i];
    if (col < 0 || col >= trimmedEnd(text)) {
      i++;
      col = i < lines.length ? firstNonBlank(lines[i]) : -1;
      continue;
    }
    if (paragraphStart(text, i)) break;
    // One copy at most: a banner written again and again is no publisher's copy.
    const copy = copyLine < 0 ? afterRepeatedBanner(text, i, col, reference) : null;
    if (copy) copyLine = i;
    const next = copy ?? readElement({ lines, i, col, ends, found, keywordLine, origin, copyLine });
    if (!next) break;
    i = next.line;
    col = i >= lines.length ? -1 : firstNonBlank(lines[i], next.column ?? 0);
  }
  return {
    captions: found.captions.flat(),
    passing: found.passing,
    executiveOrder: found.executiveOrder[0] ?? null,
    tags: found.tags[0] ?? null,
    subject: found.subject[0] ?? null,
    references: found.references[0] ?? null,
    classifiedBy: found.classifiedBy[0] ?? null,
    sections: found.sections,
    next: Math.min(i, lines.length),
  };
}
