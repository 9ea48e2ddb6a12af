// Folding: the header and its long TO/INFO lists, wrapped SUBJECT and REF blocks, each numbered
// paragraph and sub-paragraph (with the blank lines after it, up to the next element, as Markdown
// folds its sections), SUMMARY and COMMENT blocks, and the sections between section breaks.

import type { Cable } from '../model/cable';
import type { Range } from '../model/range';
import { countAtMost, itself } from '../model/sorted';
import { FOLDING_RANGES } from './limits';
import type { FoldingRange } from './types';

/** The folding ranges in document order, the first `limit` of them (features/limits.ts). */
export function foldingRanges(cable: Cable, limit = FOLDING_RANGES): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRange['kind']) => {
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const addRange = (r: Range | null | undefined) => r && add(r.start.line, r.end.line);

  const { header } = cable;
  if (header) {
    add(header.range.start.line, header.range.end.line, 'region');
    for (const block of [header.routing, header.to, header.info, header.exempt]) addRange(block?.range);
  }
  addRange(cable.tags?.range);
  addRange(cable.subject?.range);
  addRange(cable.references?.range);
  addRange(cable.classifiedBy?.range);

  // Paragraphs run to the line before the next element that interrupts the text.
  const stops = [
    ...cable.paragraphs.map((p) => p.range.start.line),
    ...cable.sections.map((s) => s.range.start.line),
    ...cable.headings.map((h) => h.range.start.line),
    ...cable.trailer.map((t) => t.range.start.line),
    ...(cable.signature ? [cable.signature.range.start.line] : []),
    cable.lines.length,
  ].sort((a, b) => a - b);
  const nextStop = (line: number) => stops[countAtMost(stops, line, itself)];
  for (const p of cable.paragraphs) {
    const end = Math.max(p.range.end.line, nextStop(p.range.start.line) - 1);
    add(p.range.start.line, end);
    p.subparagraphs.forEach((s, k) => {
      const next = k + 1 < p.subparagraphs.length ? p.subparagraphs[k + 1].range.start.line : end + 1;
      add(s.range.start.line, Math.max(s.range.end.line, Math.min(next - 1, end)));
    });
  }
  for (const b of cable.blocks) add(b.range.start.line, b.range.end.line, 'region');

  const breaks = cable.sections.filter((s) => s.kind === 'continuation').map((s) => s.range.start.line);
  breaks.forEach((line, k) => add(line, (k + 1 < breaks.length ? breaks[k + 1] : cable.lines.length) - 1, 'region'));
  if (out.length <= limit) return out;
  // The cap keeps the start of the document foldable, whatever kind each range is.
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine).slice(0, limit);
}
