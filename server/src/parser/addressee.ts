// Addressee items of FM / TO / INFO / XMT lines: `RUEHC/SECSTATE WASHDC PRIORITY 0214` (§2.7).
// Parsed by hand from both ends rather than with one regular expression: a lazy address followed
// by optional precedence and serial groups backtracks quadratically on long lines.

import type { Addressee, Precedence, Span } from '../model/cable';
import { lineRange } from '../model/range';
import { groupIndices, span, textSpan, trimmedEnd } from './text';

const PRECEDENCE_WORDS: ReadonlyArray<[string, Precedence]> = [
  ['NIACT IMMEDIATE', 'IMMEDIATE'],
  ['IMMEDIATE', 'IMMEDIATE'],
  ['PRIORITY', 'PRIORITY'],
  ['ROUTINE', 'ROUTINE'],
  ['FLASH', 'FLASH'],
];

const PREFIX = /(?:(?<zen>ZEN)\/)?(?:(?<ri>[A-Z][A-Z0-9]{3,7})\/)?/dy;
const SERIAL = /^\d{1,4}(?:-\d{1,4})?$/;

/** Parses the addressee written on `line` from column `from` to the end of the line. */
export function parseAddressee(text: string, line: number, from: number): Addressee | null {
  let end = trimmedEnd(text);
  if (end <= from) return null;
  PREFIX.lastIndex = from;
  const m = PREFIX.exec(text);
  const zen = m?.groups?.zen !== undefined ? textSpan(line, from, 'ZEN') : null;
  const routingIndicator = m?.groups?.ri !== undefined ? textSpan(line, groupIndices(m).ri[0], m.groups.ri) : null;
  const addressStart = m ? m.index + m[0].length : from;

  let precedence: Span<Precedence> | null = null;
  let serial: Span | null = null;
  // Serial and precedence may come in either order (`LONDON 8778 PRIORITY` is a known mistake).
  for (let k = 0; k < 2; k++) {
    const lastSpace = text.lastIndexOf(' ', end - 1);
    if (lastSpace < addressStart) break;
    const word = text.slice(lastSpace + 1, end);
    if (!serial && SERIAL.test(word)) {
      serial = textSpan(line, lastSpace + 1, word);
      end = trimmedEnd(text.slice(0, lastSpace));
      continue;
    }
    const found: [string, Precedence] | undefined = precedence ? undefined : PRECEDENCE_WORDS.find(([w]) => endsWithWord(text, end, w, addressStart));
    if (!found) break;
    const start: number = end - found[0].length;
    precedence = span(line, start, found[0], found[1]);
    end = trimmedEnd(text.slice(0, start));
  }
  if (end <= addressStart) return null;
  const address = textSpan(line, addressStart, text.slice(addressStart, end));
  const itemEnd = Math.max(end, serial?.range.end.character ?? 0, precedence?.range.end.character ?? 0);
  return { range: lineRange(line, from, itemEnd), zen, routingIndicator, address, precedence, serial };
}

function endsWithWord(text: string, end: number, word: string, min: number): boolean {
  const start = end - word.length;
  return start > min && text.charCodeAt(start - 1) === 0x20 && text.startsWith(word, start);
}
