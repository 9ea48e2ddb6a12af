// R1: a mention in the text ("ref D", "refs C and D", "para 2 of ref D") of a REF letter that the
// cable's lettered REF list does not have. Only lettered lists are checked: an unlettered list's
// items take letters by position, which the writer may have counted otherwise. Letters a range
// implies but does not write (the B of "refs A-C") are not reported.
//
// The parser's items miss letters glued to what is around them (`D.07 MANAMA 1070`, `14201B.
// GENEVA`, `B01/10/10 TELCON`), written after a blank line or in a second REF line after a copied
// header, or in lower case (`f. 06 kuwait 3503`); on 1,830 unseen cables and the corpus every
// "missing" letter but those of one cable was such a letter. So a letter is taken as listed when it
// stands anywhere in the text from the REF keyword to the Classified By line or paragraph 1, in
// either case, alone or glued to digits.

import type { Cable } from '../../model/cable';
import { CableDocument } from '../../workspace/document';
import type { Finding, Rule } from '../types';

/** How far the REF block's text is looked at without a paragraph 1 to end it. */
const BLOCK_LINES = 12;
const BLOCK_END = /\bclassified\s+by\b/i;

export const refLetterUnlisted: Rule = {
  code: 'R1',
  name: 'ref-letter-unlisted',
  severity: 'warning',
  description: 'A REF letter mentioned in the text is one the REF list has.',
  basis: 'observed practice',
  check(cable) {
    const parsed = (cable.references?.items ?? []).flatMap((i) => (i.letter ? [i.letter.value.toUpperCase()] : []));
    if (!parsed.length) return [];
    const written = blockText(cable);
    const seen = new Map<string, boolean>();
    const listed = (letter: string) => {
      let found = seen.get(letter);
      if (found === undefined) {
        found = parsed.includes(letter) || new RegExp(`(?<![A-Za-z])${letter}(?![A-Za-z])|(?<=\\d)${letter}(?=[.)])`, 'i').test(written);
        seen.set(letter, found);
      }
      return found;
    };
    const doc = new CableDocument('', cable.lines.join('\n'), cable);
    const findings: Finding[] = [];
    for (const part of doc.letterMentions.flatMap((m) => m.letterParts)) {
      if (listed(part.value)) continue;
      findings.push({ range: doc.rangeOf(part), message: `Ref ${part.value} is not in the REF list (${letterList(parsed)})` });
    }
    return findings;
  },
};

/** The text from the REF keyword to the Classified By line or paragraph 1. */
function blockText(cable: Cable): string {
  const block = cable.references;
  if (!block) return '';
  const start = block.keyword.range.start;
  const end = cable.paragraphs.find((p) => p.range.start.line >= start.line)?.range.start.line ?? Math.min(cable.lines.length, block.range.end.line + BLOCK_LINES);
  const text = cable.lines.slice(start.line, Math.max(end, block.range.end.line + 1)).join('\n').slice(start.character);
  const stop = BLOCK_END.exec(text);
  return stop ? text.slice(0, stop.index) : text;
}

/** `A–C` for a run of letters, else `A, B, D`. */
function letterList(letters: readonly string[]): string {
  const sorted = [...new Set(letters)].sort();
  const run = sorted.every((l, k) => k === 0 || l.charCodeAt(0) === sorted[k - 1].charCodeAt(0) + 1);
  return run && sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}
