// Smart selection: word → element (a tag, an addressee, a portion mark…) → line → sub-paragraph →
// paragraph or front-matter element → section → document.

import type { Cable, Span } from '../model/cable';
import { lineRange, rangeContains, rangeContainsRange, sameRange, type Position, type Range } from '../model/range';
import { trimmedLineRange } from '../parser/text';
import type { SelectionRange } from './types';

// The same notion of a word as language-configuration.json: codes such as 1.4 and RUEHKP stay whole.
const WORD = /\d+(?:\.\d+)+|[A-Za-z0-9\u00C0-\u024F]+(?:[-'][A-Za-z0-9\u00C0-\u024F]+)*/g;

/**
 * One chain per position. A position outside the text is taken as the nearest place in it (past the
 * end of a line is its end, as LSP says; the protocol adapter refuses lines past the last), so that
 * every chain is made of ranges of the document.
 */
export function selectionRanges(cable: Cable, positions: readonly Position[]): SelectionRange[] {
  return positions.map((pos) => selectionAt(cable, nearestPlace(cable, pos)));
}

function nearestPlace(cable: Cable, pos: Position): Position {
  const clamp = (value: number, max: number) => Math.min(Math.max(Number.isFinite(value) ? Math.floor(value) : 0, 0), max);
  const line = clamp(pos.line, cable.lines.length - 1);
  return { line, character: clamp(pos.character, cable.lines[line].length) };
}

function selectionAt(cable: Cable, pos: Position): SelectionRange {
  const candidates: Range[] = [];
  const word = wordAt(cable.lines[pos.line], pos);
  if (word) candidates.push(word);
  candidates.push(...elementsAt(cable, pos));
  candidates.push(trimmedLineRange(cable.lines, pos.line));
  for (const p of cable.paragraphs) {
    if (!rangeContains(p.range, pos)) continue;
    for (const s of p.subparagraphs) if (rangeContains(s.range, pos)) candidates.push(s.range);
    candidates.push(p.range);
  }
  const section = sectionAt(cable, pos);
  if (section) candidates.push(section);
  candidates.push(cable.range);

  // Innermost first; keep a chain where each range contains the previous one and differs from it.
  candidates.sort((a, b) => a.end.line - a.start.line - (b.end.line - b.start.line) || span(a) - span(b));
  let chain: SelectionRange | undefined;
  const kept: Range[] = [];
  for (const r of candidates) {
    // Every range must contain the position (a trimmed line does not hold its leading spaces).
    if (!rangeContains(r, pos)) continue;
    const inner = kept[kept.length - 1];
    if (inner && (!rangeContainsRange(r, inner) || sameRange(r, inner))) continue;
    kept.push(r);
  }
  for (let k = kept.length - 1; k >= 0; k--) chain = { range: kept[k], parent: chain };
  // The cable's range holds every position the guard lets through; an empty range is the fallback.
  return chain ?? { range: { start: pos, end: pos } };
}

function wordAt(text: string, pos: Position): Range | null {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m.index > pos.character) break;
    if (pos.character <= m.index + m[0].length) return lineRange(pos.line, m.index, m.index + m[0].length);
  }
  return null;
}

/** Elements of the model containing the position, innermost first. */
function elementsAt(cable: Cable, pos: Position): Range[] {
  const spans: Array<Span | { range: Range } | null | undefined> = [];
  const h = cable.header;
  if (h) {
    for (const block of [h.from, h.to, h.info, h.exempt]) block?.items.forEach((item) => spans.push(item));
    spans.push(h.dateTime?.dtg);
  }
  cable.tags?.tags.forEach((t) => spans.push(t));
  cable.references?.items.forEach((r) => spans.push(r));
  cable.classifiedBy?.reasons.forEach((r) => spans.push(r));
  for (const p of cable.paragraphs) {
    spans.push(p.mark);
    p.subparagraphs.forEach((s) => spans.push(s.mark));
  }
  spans.push(cable.banner?.section, cable.banner?.reference, cable.banner);
  spans.push(cable.executiveOrder, cable.tags, cable.subject, cable.references, cable.classifiedBy);
  if (h) spans.push(h.to, h.info, h.exempt);
  return spans.filter((s): s is { range: Range } => !!s && rangeContains(s.range, pos)).map((s) => s.range);
}

/** The header, or the section of the text (between continuation lines) holding the position. */
function sectionAt(cable: Cable, pos: Position): Range | null {
  if (cable.header && rangeContains(cable.header.range, pos)) return cable.header.range;
  const breaks = cable.sections.filter((s) => s.kind === 'continuation').map((s) => s.range.start.line);
  if (breaks.length === 0) return null;
  const textStart = cable.banner?.range.start.line ?? (cable.header ? cable.header.range.end.line + 1 : 0);
  if (pos.line < textStart) return null;
  let start = textStart;
  let end = cable.lines.length - 1;
  for (const line of breaks) {
    if (line <= pos.line) start = line;
    else {
      end = line - 1;
      break;
    }
  }
  return { start: { line: start, character: 0 }, end: { line: end, character: cable.lines[end].length } };
}

/** Width in characters, for ordering ranges of the same number of lines. */
function span(r: Range): number {
  return r.end.character - r.start.character;
}
