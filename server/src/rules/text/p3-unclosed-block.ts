// P3: SUMMARY: … END SUMMARY and COMMENT: … END COMMENT come in pairs (§3.9, §4 P3, a heuristic).
// A SUMMARY or COMMENT alone on a line or underlined with dashes (`Comment: The Hard Part Has Just
// Started` / `-----`) is a heading, not a block to close; a COMMENT in the last paragraph runs to
// the end of the text, which closes it.

import type { Cable, TextBlock } from '../../model/cable';
import type { Rule } from '../types';

// The end marker as drafters write it: any case, a few words between (`End Introduction and
// Summary`), possibly broken over lines (`End` / blank line / `Summary`, 10MEXICO83).
const END_MARKER = {
  summary: /\bEND\s+(?:[A-Z]+\s+){0,3}?SUMMARY\b/i,
  comment: /\bEND\s+(?:[A-Z]+\s+){0,3}?COMMENT\b/i,
} as const;
const WORD = { summary: /SUMMARY/i, comment: /COMMENT/i } as const;

export const unclosedBlock: Rule = {
  code: 'P3',
  name: 'unclosed-block',
  severity: 'hint',
  description: 'A SUMMARY: or COMMENT: block has its END SUMMARY or END COMMENT.',
  basis: 'observed practice',
  check(cable) {
    return cable.blocks
      .filter((b) => b.end === null && !isHeading(cable, b) && !endsWithText(cable, b) && !closedLater(cable, b))
      .map((b) => {
        const word = b.kind === 'summary' ? 'SUMMARY' : 'COMMENT';
        return { range: b.start.range, message: `${word} without END ${word}` };
      });
  },
};

function isHeading(cable: Cable, block: TextBlock): boolean {
  const line = block.start.range.start.line;
  const alone = !block.start.text.endsWith(':') && !/^begin\b/i.test(block.start.text);
  return alone || cable.headings.some((h) => h.range.start.line === line);
}

function endsWithText(cable: Cable, block: TextBlock): boolean {
  const line = block.start.range.start.line;
  return block.kind === 'comment' && !cable.paragraphs.some((p) => p.range.start.line > line);
}

/**
 * Whether an end marker the block model missed follows (`End summary.` in lower case); the rule
 * reports only blocks that are really left open.
 */
function closedLater(cable: Cable, block: TextBlock): boolean {
  const start = block.start.range.end;
  const marker = END_MARKER[block.kind];
  const word = WORD[block.kind];
  let previous = cable.lines[start.line].slice(start.character);
  if (marker.test(previous)) return true;
  for (let line = start.line + 1; line < cable.lines.length; line++) {
    const text = cable.lines[line];
    if (text.trim() === '') continue;
    // A marker ends with its word, so only a line holding the word can complete one.
    if (word.test(text) && marker.test(`${tail(previous)} ${text}`)) return true;
    previous = text;
  }
  return false;
}

/** The end of a line, enough to hold the start of an end marker broken off before the line end. */
function tail(text: string): string {
  return text.slice(-40);
}
