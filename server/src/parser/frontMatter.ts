// The elements between the banner and the first paragraph, in the order real cables use but
// tolerating any order and several run together on one line (§3.3–§3.8).

import type { Caption, ClassifiedBy, ExecutiveOrderLine, ReferencesBlock, SectionBreak, Span, SubjectLine, TagsLine } from '../model/cable';
import { parseSectionBreak } from './banner';
import { paragraphStart } from './body';
import { parseCaptions } from './captions';
import { isClassifiedByAt, parseClassifiedBy } from './classifiedBy';
import { isExecutiveOrderLine, parseExecutiveOrder } from './executiveOrder';
import { isReferencesLine, parseReferences } from './references';
import { isSubjectLine, parseSubject } from './subject';
import { isTagsLine, parseTags } from './tags';
import { firstNonBlank, hasLowerCase, matchAt, trimmedEnd, type Cursor, type Read } from './text';
import { lineRange } from '../model/range';

const KEYWORD_SEARCH_LINES = 60;
const RUN_ON_EO = /\s(?=E\.\s?O\.\s?\d{5})/g;
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

/** The first E.O., TAGS or SUBJECT line before the first paragraph, within a bounded search. */
function firstKeywordLine(lines: readonly string[], from: number): number {
  const limit = Math.min(lines.length, from + KEYWORD_SEARCH_LINES);
  for (let i = from; i < limit; i++) {
    const text = lines[i];
    const col = firstNonBlank(text);
    if (col < 0) continue;
    if (paragraphStart(text, i)) break;
    if (isExecutiveOrderLine(text, col) || isTagsLine(text, col) || isSubjectLine(text, col)) return i;
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
}

interface Reader<K extends Key> {
  readonly key: K;
  /** Whether a cable has one such element: the first one read is kept, later ones are not elements. */
  readonly once: boolean;
  read(at: At): Read<Elements[K]> | null;
}

// Printouts break pages anywhere, even between the E.O. and TAGS lines (03ZAGREB470).
function readPageBreak({ lines, i, col }: At): Read<SectionBreak> | null {
  const pageBreak = parseSectionBreak(lines[i], i, col);
  return pageBreak && { element: pageBreak, next: { line: i + 1 } };
}

function readCaptions({ lines, i, col, found }: At): Read<Caption[]> | null {
  const left = MAX_CAPTIONS - found.captions.reduce((n, run) => n + run.length, 0);
  const run = left > 0 ? parseCaptions(lines[i], i, col, left) : null;
  return run && { element: run.captions, next: { line: i, column: run.end } };
}

/**
 * Passing and attention lines (`DEPT FOR NEA/MAG`, `PARIS also for USOECD`) and notes such as NARA's
 * come before the E.O., TAGS and SUBJECT lines; after those only lines in capitals. The E.O. line is
 * sometimes run onto a passing line (`DEPT FOR WHA/BSC E.O. 12958: …`).
 */
function readPassing({ lines, i, col, found, keywordLine }: At): Read<Span> | null {
  const text = lines[i];
  if (i >= keywordLine && found.subject.length > 0) return null;
  RUN_ON_EO.lastIndex = col;
  const eo = RUN_ON_EO.exec(text);
  // Only this line's part up to a run-on E.O. is tested, so that a line of many is read in one pass.
  if (i >= keywordLine && hasLowerCase(text, col, eo ? eo.index : text.length)) return null;
  const end = trimmedEnd(eo ? text.slice(0, eo.index) : text);
  const written = text.slice(col, end);
  return { element: { text: written, value: written, range: lineRange(i, col, end) }, next: eo ? { line: i, column: eo.index + 1 } : { line: i + 1 } };
}

/** Tried in this order at each place. */
const READERS: ReadonlyArray<Reader<Key>> = [
  { key: 'sections', once: false, read: readPageBreak },
  { key: 'captions', once: false, read: readCaptions },
  { key: 'executiveOrder', once: true, read: ({ lines, i, col }) => parseExecutiveOrder(lines[i], i, col) },
  { key: 'tags', once: true, read: ({ lines, i, col }) => parseTags(lines, i, col) },
  { key: 'subject', once: true, read: ({ lines, i, col, ends }) => parseSubject(lines, i, col, ends) },
  { key: 'references', once: true, read: ({ lines, i, col, ends }) => parseReferences(lines, i, col, ends) },
  { key: 'classifiedBy', once: true, read: ({ lines, i, col, ends }) => parseClassifiedBy(lines, i, col, ends) },
  { key: 'passing', once: false, read: readPassing },
];

function tryReader<K extends Key>(reader: Reader<K>, at: At): Cursor | null {
  const found: Elements[K][] = at.found[reader.key];
  if (reader.once && found.length > 0) return null;
  const r = reader.read(at);
  if (!r) return null;
  found.push(r.element);
  return r.next;
}

/** Reads the front matter from line `first` (from column `firstColumn` on that line). */
export function parseFrontMatter(lines: readonly string[], first: number, firstColumn: number): FrontMatter {
  const found: Found = { executiveOrder: [], tags: [], subject: [], references: [], classifiedBy: [], captions: [], sections: [], passing: [] };
  const ends = (j: number) => beginsElement(lines, j);
  const keywordLine = firstKeywordLine(lines, first);
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
    const at: At = { lines, i, col, ends, found, keywordLine };
    let next: Cursor | null = null;
    for (const reader of READERS) if ((next = tryReader(reader, at))) break;
    if (!next) break;
    i = next.line;
    col = i >= lines.length ? -1 : (next.column ?? firstNonBlank(lines[i]));
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
