// The REF block (§3.7): `REF: A. STATE 12345 B. 07 KARACHI 123`, items on following lines
// (`¶B. MADRID 3929`, `(B) 7 FAM 180`), possibly separated by blank lines, and sometimes with the
// Classified By paragraph run onto it.

import type { ReferenceItem, ReferencesBlock } from '../model/cable';
import { JoinedLines } from './joined';
import { firstNonBlank, foldSpace, isBlank, matchAt, span, trimmedEnd, type Cursor, type Read } from './text';

const KEYWORD = /(?<kw>REF(?:S|TELS?)?)(?![A-Za-z0-9])[ \t]*(?<punct>[.:])?[ \t]*/dy;
const CLASSIFIED_BY = /classified\s+by\b/i;
const LETTER = /(?<![A-Za-z0-9.])¶?\(?(?<letter>[A-Z])[.)](?=\s)/dg;
const ITEM_START = /¶?\(?(?<letter>[A-Z])[.)]\s/y;
// The year is written with two digits, sometimes four (`2003 LAGOS 2434`).
const CABLE_ID = /^(?:\d\d)?(?<yy>\d{2}) +(?<origin>[A-Z][A-Z .'-]*?) +0*(?<num>\d{1,7})(?![\d/])/;

export function isReferencesLine(text: string, col: number): boolean {
  return text.charCodeAt(col) === 0x52 && matchAt(KEYWORD, text, col) !== null;
}

/** The REF block; reading goes on after it, or where a `Classified By` run onto it begins. */
export function parseReferences(lines: readonly string[], i: number, col: number, endsElement: (line: number) => boolean): Read<ReferencesBlock> | null {
  const m = matchAt(KEYWORD, lines[i], col);
  if (!m) return null;
  const kwEnd = m.groups!.punct !== undefined ? m.indices!.groups!.punct[1] : col + m.groups!.kw.length;
  const keyword = span(i, col, lines[i].slice(col, kwEnd), m.groups!.kw);

  // Extent: following non-blank lines, and lettered items after blank lines, up to a run-on
  // Classified By or the next element.
  let last = i;
  let classifiedBy: Required<Cursor> | null = null;
  for (let j = i; j < lines.length; j++) {
    if (j > i) {
      if (isBlank(lines[j])) {
        const k = nextNonBlank(lines, j);
        if (k < 0 || !matchAt(ITEM_START, lines[k], firstNonBlank(lines[k])) || endsElement(k)) break;
        j = k;
      } else if (endsElement(j)) break;
    }
    last = j;
    const c = CLASSIFIED_BY.exec(j === i ? lines[j].slice(kwEnd) : lines[j]);
    if (c) {
      classifiedBy = { line: j, column: c.index + (j === i ? kwEnd : 0) };
      break;
    }
  }
  const endColumn = classifiedBy ? classifiedBy.column : trimmedEnd(lines[last]);
  const joined = new JoinedLines(lines, i, last, kwEnd, endColumn);
  const items = readItems(joined);
  const end = items.length ? items[items.length - 1].range.end : keyword.range.end;
  return { element: { range: { start: keyword.range.start, end }, keyword, items }, next: classifiedBy ?? { line: last + 1 } };
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (!isBlank(lines[j])) return j;
  return -1;
}

/** Splits at the letters A., B., C. … in sequence; without letters each line is an item. */
function readItems(joined: JoinedLines): ReferenceItem[] {
  const text = joined.text;
  const marks: Array<{ start: number; end: number; letter: string }> = [];
  let expected = 'A';
  LETTER.lastIndex = 0;
  for (let m = LETTER.exec(text); m; m = LETTER.exec(text)) {
    if (m.groups!.letter !== expected) continue;
    const letterAt = m.indices!.groups!.letter[0];
    marks.push({ start: m.index, end: m.index + m[0].length, letter: text.slice(letterAt, letterAt + 1) });
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  const items: ReferenceItem[] = [];
  if (marks.length === 0) {
    let offset = 0;
    for (const part of text.split('\n')) {
      const item = makeItem(joined, null, offset, offset + part.length);
      if (item) items.push(item);
      offset += part.length + 1;
    }
    return items;
  }
  marks.forEach((mark, k) => {
    const letter = joined.span(mark.start, mark.end);
    const item = makeItem(joined, letter && { ...letter, value: mark.letter }, mark.end, k + 1 < marks.length ? marks[k + 1].start : text.length);
    if (item) items.push(item);
  });
  return items;
}

function makeItem(joined: JoinedLines, letter: ReferenceItem['letter'], start: number, end: number): ReferenceItem | null {
  const text = joined.span(start, end, foldSpace);
  if (!text) return null;
  const id = CABLE_ID.exec(text.value);
  const cableId = id ? `${id.groups!.yy}${id.groups!.origin.replace(/ /g, '')}${id.groups!.num}` : null;
  return { range: { start: (letter ?? text).range.start, end: text.range.end }, letter, text, cableId };
}
