// The REF block (§3.7): `REF: A. STATE 12345 B. 07 KARACHI 123`, `Refs: A) Copenhagen 38`,
// `REF: (A)STATE 071143, (B)…`, `REF: CAIRO 99; 09 CAIRO 1447`, items on following lines (`¶B. MADRID
// 3929`, `(B) 7 FAM 180`), possibly separated by blank lines, and sometimes with the Classified By
// paragraph or a page marker run onto it.

import type { ReferenceItem, ReferencesBlock } from '../model/cable';
import { JoinedLines } from './joined';
import { findRunOn, type RunOnKind } from './runOn';
import { firstNonBlank, foldSpace, groupIndices, groups, isBlank, isSpace, matchAt, nextNonBlank, type Read, span } from './text';

// In capitals with or without punctuation (`REF:`, `REFTEL.`, `REF A. …`); otherwise (`Refs:`, `Ref:`,
// `Reftel:`) only with a colon, so that a line of text beginning with the word is not a REF line.
const KEYWORD = /(?<kw>REF(?:S|TELS?)?)(?![A-Za-z0-9])[ \t]*(?<punct>[.:])?[ \t]*/diy;
const UPPER_KEYWORD = /^REF(?:S|TELS?)?$/;
const RUN_ON: readonly RunOnKind[] = ['classifiedBy', 'pageMarker', 'underline'];
// `A.`, `A)`, `(A)`, `¶B.`, `(A)` glued to the item (`(A)STATE 118258`, 07REYKJAVIK256), and in
// lower case (`a) Reykjavik 336; b) …`, 07REYKJAVIK346): all letters in the case of the first.
// Numbered groups: a named group costs an object at each of a long list's matches.
const LETTER = /(?<![A-Za-z0-9.])¶?(?:\(([A-Za-z])\)|\(?([A-Za-z])[.)](?=\s))/g;
const ITEM_START = /¶?(?:\([A-Za-z]\)|\(?[A-Za-z][.)]\s)/y;
const INCOMPLETE = /(?:^|[\s,;(])(?:\d{2}|[A-Z][A-Za-z'-]+)[ \t]*$/;
const COMPLETION = /^[ \t]*(?:[A-Z][A-Za-z .'-]* )?\d{1,7}(?: \(NOTAL\))?[ \t]*$/;
/** Without letters, items are the lines, or what `;` separates. */
const UNLETTERED_SEPARATOR = /\n|;/;

// The year is written with two digits, sometimes four (`2003 LAGOS 2434`).
const CABLE_ID = /^(?:\d\d)?(?<yy>\d{2}) +(?<origin>[A-Z][A-Z .'-]*?) +0*(?<num>\d{1,7})(?![\d/])/;

function keywordAt(text: string, col: number): RegExpExecArray | null {
  const c = text.charCodeAt(col);
  if (c !== 0x52 && c !== 0x72) return null;
  const m = matchAt(KEYWORD, text, col);
  return m && (UPPER_KEYWORD.test(groups(m).kw) || groups(m).punct === ':') ? m : null;
}

export function isReferencesLine(text: string, col: number): boolean {
  return keywordAt(text, col) !== null;
}

/**
 * The REF block; reading goes on after it, or where an element run onto it begins (a `Classified
 * By`, a page marker of the banner's `origin`).
 */
export function parseReferences(lines: readonly string[], i: number, col: number, endsElement: (line: number) => boolean, origin: string | null): Read<ReferencesBlock> | null {
  const m = keywordAt(lines[i], col);
  if (!m) return null;
  const kwEnd = groups(m).punct !== undefined ? groupIndices(m).punct[1] : col + groups(m).kw.length;
  const keyword = span(i, col, lines[i].slice(col, kwEnd), groups(m).kw);

  // Extent: following non-blank lines, and lettered items after blank lines, up to the next element
  // or one run onto the block.
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    if (isBlank(lines[j])) {
      const k = nextNonBlank(lines, j);
      if (k < 0 || endsElement(k) || !(matchAt(ITEM_START, lines[k], firstNonBlank(lines[k])) || completes(lines[last], lines[k]))) break;
      j = k;
    } else if (endsElement(j)) break;
    last = j;
  }
  const whole = new JoinedLines(lines, i, last, kwEnd);
  const runOn = findRunOn(whole.text, 0, RUN_ON, origin);
  const at = runOn >= 0 ? whole.positionAt(runOn) : null;
  const joined = at ? new JoinedLines(lines, i, at.line, kwEnd, at.character) : whole;
  const items = readItems(joined);
  const end = items.length ? items[items.length - 1].range.end : keyword.range.end;
  return { element: { range: { start: keyword.range.start, end }, keyword, items }, next: at ? { line: at.line, column: at.character } : { line: last + 1 } };
}


/** Splits at the letters A., B., C. … in sequence; without letters each line is an item. */
function readItems(joined: JoinedLines): ReferenceItem[] {
  const text = joined.text;
  const marks: Array<{ start: number; end: number; letter: string }> = [];
  let expected: string | null = null;
  LETTER.lastIndex = 0;
  for (let m = LETTER.exec(text); m; m = LETTER.exec(text)) {
    const letter = m[1] ?? m[2];
    if (expected === null ? letter !== 'A' && letter !== 'a' : letter !== expected) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, letter: letter.toUpperCase() });
    expected = String.fromCharCode(letter.charCodeAt(0) + 1);
  }
  const items: ReferenceItem[] = [];
  if (marks.length === 0) {
    let offset = 0;
    for (const part of text.split(UNLETTERED_SEPARATOR)) {
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

/**
 * Whether `next`, after a blank line, finishes an item that `line` leaves without its number
 * (`(C) 05` / `Reykjavik 431`, 06REYKJAVIK51; `B. SECSTATE` / `36633`, 05MADRID4026).
 */
function completes(line: string, next: string): boolean {
  return INCOMPLETE.test(line) && COMPLETION.test(next);
}

function makeItem(joined: JoinedLines, letter: ReferenceItem['letter'], start: number, end: number): ReferenceItem | null {
  // The separators between items (`A) STATE 14270, B) …`) belong to neither.
  while (end > start && isSeparator(joined.text.charCodeAt(end - 1))) end--;
  const text = joined.span(start, end, foldSpace);
  if (!text) return null;
  const id = CABLE_ID.exec(text.value);
  const cableId = id ? `${groups(id).yy}${groups(id).origin.replace(/ /g, '')}${groups(id).num}` : null;
  return { range: { start: (letter ?? text).range.start, end: text.range.end }, letter, text, cableId };
}

function isSeparator(code: number): boolean {
  return code === 0x2c || code === 0x3b || isSpace(code);
}
