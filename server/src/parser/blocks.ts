// SUMMARY … END SUMMARY and COMMENT … END COMMENT (§3.9). A marker opens a block when it is
// followed by a colon (`SUMMARY:`, `(Comment:`), stands alone as a heading, or follows BEGIN; the
// words must be written in capitals or capitalised (lower case only after END: `End summary.`), so that
// running text ("no comment") is not one.

import type { BlockKind, Span, TextBlock } from '../model/cable';
import { lineRange, type Position } from '../model/range';
import { groups, trimmedEnd } from './text';

const MARKER =
  /(?<![A-Za-z])(?:(?<begin>BEGIN|Begin)\s+)?(?:(?<end>END|End|end)\s+(?:OF\s+)?)?(?<word>SUMMARY|Summary|summary|COMMENT|Comment|comment)(?:\s+(?:AND|and)\s+(?:COMMENT|Comment|comment|ACTION REQUEST|Action Request))?(?![A-Za-z])(?<colon>\s*:)?/g;
/** Cheaper than the marker pattern on lines that cannot hold one (most lines). */
const MAY_HOLD_MARKER = /summary|comment/i;

interface Open {
  readonly start: Span;
}

/** `endOf(line)` gives where the text that holds the line ends (its paragraph's end). */
export function parseBlocks(lines: readonly string[], from: number, to: number, endOf: (line: number) => Position): TextBlock[] {
  const blocks: TextBlock[] = [];
  const open: Partial<Record<BlockKind, Open>> = {};
  for (let i = from; i < to; i++) {
    const text = lines[i];
    if (!MAY_HOLD_MARKER.test(text)) continue;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
      const g = groups(m);
      // Lower case only closes a block (`End summary.`); in running text it opens nothing.
      if (!g.end && g.word === g.word.toLowerCase()) continue;
      const kind: BlockKind = g.word.toUpperCase() === 'SUMMARY' ? 'summary' : 'comment';
      // The colon, when written, ends the match.
      const markerEnd = m.index + m[0].length;
      const marker: Span = { text: text.slice(m.index, markerEnd), value: kind, range: lineRange(i, m.index, markerEnd) };
      if (g.end) {
        const o = open[kind];
        if (o) {
          blocks.push({ kind, range: { start: o.start.range.start, end: marker.range.end }, start: o.start, end: marker });
          delete open[kind];
        }
      } else if (!open[kind] && (g.colon || g.begin || aloneOnLine(text, m.index, markerEnd))) {
        open[kind] = { start: marker };
      }
    }
  }
  for (const kind of ['summary', 'comment'] as const) {
    const o = open[kind];
    // An unclosed block runs to the end of the paragraph it opens in.
    if (o) blocks.push({ kind, range: { start: o.start.range.start, end: endOf(o.start.range.start.line) }, start: o.start, end: null });
  }
  return blocks.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function aloneOnLine(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === '' && text.slice(end, trimmedEnd(text)).replace(/[.-]/g, '').trim() === '';
}
