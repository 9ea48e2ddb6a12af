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
import { firstNonBlank, matchAt, trimmedEnd } from './text';
import { lineRange } from '../model/range';

const LOWER = /[a-z]/;
const KEYWORD_SEARCH_LINES = 60;
const RUN_ON_EO = /\s(?=E\.\s?O\.\s?\d{5})/g;
const BLOCK_START = /(?:SUMMARY|Summary|COMMENT|Comment)\b/y;

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

/** Reads the front matter from line `first` (from column `firstColumn` on that line). */
export function parseFrontMatter(lines: readonly string[], first: number, firstColumn: number): FrontMatter {
  const fm: FrontMatter = { captions: [], passing: [], executiveOrder: null, tags: null, subject: null, references: null, classifiedBy: null, sections: [], next: lines.length };
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
    // Printouts break pages anywhere, even between the E.O. and TAGS lines (03ZAGREB470).
    const pageBreak = parseSectionBreak(text, i, col);
    if (pageBreak) {
      fm.sections.push(pageBreak);
      i++;
      col = i < lines.length ? firstNonBlank(lines[i]) : -1;
      continue;
    }
    const captions = parseCaptions(text, i, col);
    if (captions) {
      fm.captions.push(...captions.captions);
      col = captions.end;
      continue;
    }
    let next = -1;
    if (!fm.executiveOrder && isExecutiveOrderLine(text, col)) {
      const eo = parseExecutiveOrder(text, i, col)!;
      fm.executiveOrder = eo.line;
      if (eo.tagsStart >= 0) {
        col = eo.tagsStart;
        continue;
      }
      next = i + 1;
    } else if (!fm.tags && isTagsLine(text, col)) {
      const t = parseTags(lines, i, col)!;
      fm.tags = t.tags;
      next = t.next;
    } else if (!fm.subject && isSubjectLine(text, col)) {
      const s = parseSubject(lines, i, col, ends)!;
      fm.subject = s.subject;
      next = s.next;
    } else if (!fm.references && isReferencesLine(text, col)) {
      const r = parseReferences(lines, i, col, ends)!;
      fm.references = r.references;
      next = r.next;
      if (r.classifiedBy) {
        i = r.classifiedBy.line;
        col = r.classifiedBy.column;
        continue;
      }
    } else if (!fm.classifiedBy && isClassifiedByAt(text, col)) {
      const c = parseClassifiedBy(lines, i, col, ends)!;
      fm.classifiedBy = c.classifiedBy;
      next = c.next;
    } else if (i < keywordLine || (!fm.subject && !LOWER.test(text))) {
      // Passing and attention lines (`DEPT FOR NEA/MAG`, `PARIS also for USOECD`) and notes such as
      // NARA's come before the E.O., TAGS and SUBJECT lines; after those only lines in capitals.
      // The E.O. line is sometimes run onto a passing line (`DEPT FOR WHA/BSC E.O. 12958: …`).
      RUN_ON_EO.lastIndex = col;
      const eo = RUN_ON_EO.exec(text);
      const end = trimmedEnd(eo ? text.slice(0, eo.index) : text);
      const written = text.slice(col, end);
      fm.passing.push({ text: written, value: written, range: lineRange(i, col, end) });
      if (eo) {
        col = eo.index + 1;
        continue;
      }
      next = i + 1;
    } else {
      break;
    }
    i = next;
    col = i < lines.length ? firstNonBlank(lines[i]) : -1;
  }
  fm.next = Math.min(i, lines.length);
  return fm;
}
