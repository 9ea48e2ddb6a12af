// C10: each numbered paragraph of a classified cable carries its portion mark after the number
// (5 FAH-1 H-246.2, §3.9). Only paragraphs in sequence with a marked one are checked: a number out
// of sequence is a quoted list, a pasted document or a wrapped line, and a cable marked nowhere
// predates portion marking or marks its whole text (`CONFIDENTIAL - ENTIRE TEXT`). Unmarked headings
// and redacted lines (`¶3. XXXXXXXXXXXX asked …`) are left alone too, and end the sequence, and so
// are paragraphs that mark their items instead (`¶1. Key Points: -- (C) …`, Embassy Cairo's summaries).

import type { Cable, Level, Paragraph } from '../../model/cable';
import { LEVEL_RANK } from '../../model/cable';
import type { Position } from '../../model/range';
import { firstNonBlank } from '../../parser/text';
import { lookupPortionMark } from '../../reference';
import type { Fix, Rule } from '../types';
import { beforeOrder12958 } from './era';
import { bannerLevel, isClassified } from './marks';

/** The marks a fix offers, highest first; those up to the banner's level are offered. */
const OFFERED = ['TS', 'S', 'C', 'SBU', 'U'];
const REDACTED = /^X{4,}/;
const WHOLE_TEXT = /^\(?[A-Z][A-Z ]*-\s*ENTIRE TEXT\b/;
const WHOLE_TEXT_CHARS = 60;
const HEADING_WORDS = 8;
const SENTENCE_END = /[.:;?!]$/;
/** A dash or bullet and a portion mark: an item marked on its own (`-- (SBU) On January 7, …`). */
const MARKED_ITEM = /(?:^|\s)(?:-{1,2}|\u2014|\u2013|\u2022)\s*\((?:U|SBU|C|S|TS)(?:\/[^)\n]{0,30})?\)/;
/** How far into a paragraph its items are looked for. */
const ITEM_LINES = 12;

function marksWholeText(cable: Cable, p: Paragraph): boolean {
  if (p.mark !== null) return p.mark.text.includes('ENTIRE TEXT');
  // Only the first words matter; reading no more of long paragraphs keeps this quick.
  const after = afterNumber(p);
  return WHOLE_TEXT.test(cable.lines[after.line].slice(after.character, after.character + WHOLE_TEXT_CHARS).trimStart());
}

/** Just after the number's dot. */
function afterNumber(p: Paragraph): Position {
  return { line: p.number.range.start.line, character: p.number.range.end.character + 1 };
}

/** A mark goes before the paragraph's first word (`¶2.  (C) Vimal`), or after the dot on a line with nothing else. */
function insertion(cable: Cable, p: Paragraph): { at: Position; text: (code: string) => string } {
  const dot = afterNumber(p);
  const word = firstNonBlank(cable.lines[dot.line], dot.character);
  if (word < 0) return { at: dot, text: (code) => ` (${code})` };
  return { at: { line: dot.line, character: word }, text: (code) => `(${code}) ` };
}

/**
 * A heading stands on a line of its own (`¶5. WMD Proliferation Financing Issues` and a blank line):
 * a few words, no closing punctuation, nothing written on the next line.
 */
function isHeading(cable: Cable, p: Paragraph, rest: string): boolean {
  const line = p.number.range.start.line;
  const next = cable.lines[line + 1];
  const alone = next === undefined || firstNonBlank(next) < 0;
  return alone && rest.split(/\s+/).length <= HEADING_WORDS && !SENTENCE_END.test(rest);
}

function marksItsItems(cable: Cable, p: Paragraph): boolean {
  const at = afterNumber(p);
  const last = Math.min(p.range.end.line, at.line + ITEM_LINES);
  for (let line = at.line; line <= last; line++) if (MARKED_ITEM.test(line === at.line ? cable.lines[line].slice(at.character) : cable.lines[line])) return true;
  return false;
}

function exempt(cable: Cable, p: Paragraph): boolean {
  const at = afterNumber(p);
  const rest = cable.lines[at.line].slice(at.character).trim();
  // A parenthesis there is a mark the parser could not read (`(c)`, `(S/Rel UK)`): not missing.
  return rest.startsWith('(') || REDACTED.test(rest) || isHeading(cable, p, rest) || marksItsItems(cable, p);
}

/**
 * The unmarked paragraphs reached from a marked one through consecutive numbers (1, 2, 3 …) without
 * crossing an exempt one: all that marking a paragraph next to a marked one, again and again, would
 * mark. Reported at once, one "Fix all" marks them all.
 */
function unmarkedInSequence(cable: Cable, paragraphs: readonly Paragraph[]): Set<Paragraph> {
  const reached = new Set<Paragraph>();
  const missing = paragraphs.map((p) => p.mark === null && !exempt(cable, p));
  // Forward, each paragraph numbered one more than the one before; backward, one less.
  const sweep = (order: readonly number[], step: number) => {
    let from: Paragraph | null = null;
    for (const i of order) {
      const p = paragraphs[i];
      const follows: boolean = from !== null && p.number.value === from.number.value + step;
      if (missing[i] && follows) reached.add(p);
      from = p.mark !== null || (missing[i] && follows) ? p : null;
    }
  };
  const order = paragraphs.map((_, i) => i);
  sweep(order, 1);
  sweep(order.reverse(), -1);
  return reached;
}

function fixes(cable: Cable, p: Paragraph, banner: Level): Fix[] {
  const { at, text } = insertion(cable, p);
  const range = { start: at, end: at };
  const offered = OFFERED.map((code) => ({ code, level: lookupPortionMark(code)?.level ?? null })).filter(
    (o): o is { code: string; level: Level } => o.level !== null && LEVEL_RANK[o.level] <= LEVEL_RANK[banner],
  );
  const preferred = offered.find((o) => o.level === banner);
  return offered.map((o) => ({ title: `Mark paragraph ${p.number.value} (${o.code})`, edits: [{ range, newText: text(o.code) }], preferred: o === preferred }));
}

export const portionMarkMissing: Rule = {
  code: 'C10',
  name: 'portion-mark-missing',
  severity: 'warning',
  description: 'Each numbered paragraph of a classified cable carries a portion mark after its number: `1. (C)`.',
  basis: '5 FAH-1 H-240',
  check(cable) {
    const level = bannerLevel(cable);
    const paragraphs = cable.paragraphs;
    if (!isClassified(level) || paragraphs.length < 2 || beforeOrder12958(cable) || paragraphs.some((p) => marksWholeText(cable, p))) return [];
    const reached = unmarkedInSequence(cable, paragraphs);
    return paragraphs
      .filter((p) => reached.has(p))
      .map((p) => ({
        range: { start: p.number.range.start, end: afterNumber(p) },
        message: `Paragraph ${p.number.value} has no portion mark`,
        fixes: fixes(cable, p, level),
      }));
  },
};
