// Precedence as written: the FL2 prosign `PP`, the FL5 letter(s) `P` / `O P`, an addressee's word
// `PRIORITY` or `NIACT IMMEDIATE`.

import type { Span } from '../../model/cable';
import { describePrecedence } from '../describers';
import { hoverOf, type Hover } from '../markdown';

/** `role` adds what this occurrence is for (the action or information addressees of a dual precedence). */
export function precedenceHover(written: Span, role: string | null = null): Hover {
  return hoverOf(written.range, describePrecedence(written.text, role));
}

/** FL5 `O P`: the first letter is the action, the second the information addressees' precedence. */
export function dualPrecedenceRole(index: number, count: number): string | null {
  if (count < 2) return null;
  return index === 0 ? 'Dual precedence: this one is for the action addressees (TO).' : 'Dual precedence: this one is for the information addressees (INFO).';
}
