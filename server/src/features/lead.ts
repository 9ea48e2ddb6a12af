// The opening words of a paragraph or sub-paragraph, read from the text when a feature shows them
// (outline, hover): the model keeps positions only, so parsing on every keystroke does not pay for
// text nobody reads. Words are scanned directly: an outline of thousands of paragraphs must not
// fold white space through each whole paragraph.

import type { Cable, Paragraph, SubParagraph } from '../model/cable';
import { isSpace } from '../parser/text';

/** The first `count` words after the number or letter and the portion mark, `...` when more follow. */
export function openingWords(cable: Cable, item: Paragraph | SubParagraph, count: number): string {
  const start = item.mark?.range.end ?? ('number' in item ? { line: item.number.range.end.line, character: item.number.range.end.character + 1 } : item.label.range.end);
  const words: string[] = [];
  // The first line and, when it is short, the next line of the item.
  for (let line = start.line; line <= Math.min(start.line + 1, item.range.end.line) && words.length <= count; line++) {
    const text = cable.lines[line];
    let from = -1;
    for (let i = line === start.line ? start.character : 0; i <= text.length && words.length <= count; i++) {
      const blank = i === text.length || isSpace(text.charCodeAt(i));
      if (blank && from >= 0) {
        words.push(text.slice(from, i));
        from = -1;
      } else if (!blank && from < 0) from = i;
    }
  }
  return words.length > count ? `${words.slice(0, count).join(' ')}...` : words.join(' ');
}
