// The opening words of a paragraph or sub-paragraph, read from the text when a feature needs them
// (outline, hover, a rule): the model keeps positions only, so parsing on every keystroke does not
// pay for text nobody reads.

import type { Cable, Paragraph, SubParagraph } from '../model/cable';
import { foldSpace } from '../parser/text';

/** Enough characters for a dozen words; unwrapped paragraphs are thousands of characters long. */
const LEAD_CHARS = 200;

/** The text after the number or letter and the portion mark: its first line, and the next one. */
export function leadText(cable: Cable, item: Paragraph | SubParagraph): string {
  const start = item.mark?.range.end ?? ('number' in item ? { line: item.number.range.end.line, character: item.number.range.end.character + 1 } : item.label.range.end);
  const first = cable.lines[start.line].slice(start.character, start.character + LEAD_CHARS);
  const next = start.line < item.range.end.line ? cable.lines[start.line + 1].slice(0, LEAD_CHARS) : '';
  return foldSpace(`${first} ${next}`);
}
