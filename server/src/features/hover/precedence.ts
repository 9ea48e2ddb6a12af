// Precedence as written: the FL2 prosign `PP`, the FL5 letter(s) `P` / `O P`, an addressee's word
// `PRIORITY` or `NIACT IMMEDIATE`.

import type { Span } from '../../model/cable';
import { lookupPrecedence } from '../../reference';
import { code, escape, hoverOf, notInLists, source, type Hover, type Paragraphs } from './markdown';

const FORM_NAMES = { prosign: 'precedence prosign', letter: 'precedence letter', word: 'precedence' } as const;

/** `role` adds what this occurrence is for (the action or information addressees of a dual precedence). */
export function precedenceHover(written: Span, role: string | null = null): Hover {
  return hoverOf(written.range, describePrecedence(written.text, role));
}

export function describePrecedence(written: string, role: string | null = null): Paragraphs {
  const record = lookupPrecedence(written);
  if (record === null) return [code(written), notInLists('A precedence')];
  return [
    `${code(written)} — ${FORM_NAMES[record.form]}: **${record.precedence}**`,
    role,
    escape(record.meaning),
    // The letters' note is about dual precedence, which `role` states for the letter at hand.
    record.notes === null || record.form === 'letter' ? null : `*${escape(record.notes)}*`,
    source(record.source),
  ];
}

/** FL5 `O P`: the first letter is the action, the second the information addressees' precedence. */
export function dualPrecedenceRole(index: number, count: number): string | null {
  if (count < 2) return null;
  return index === 0 ? 'Dual precedence: this one is for the action addressees (TO).' : 'Dual precedence: this one is for the information addressees (INFO).';
}
