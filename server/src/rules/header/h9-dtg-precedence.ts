// H9: the FL5 precedence letters are Z, O, P or R, and the first (the action precedence) is the
// letter of the FL2 prosign. When the prosign itself is wrong H2 reports it; this rule speaks only
// when the prosign is the message's highest precedence and FL5 disagrees with it.

import type { Cable } from '../../model/cable';
import { lineRange } from '../../model/range';
import type { Finding, Rule } from '../types';
import { findUnreadLine } from './headerLines';
import { highestPrecedence, precedenceCode } from './precedences';

/** An FL5 line the parser could not read, with what stands where the precedence letters go. */
const UNREAD_FL5 = /^([A-Z]{1,2}(?: [A-Z]{1,2})?) +\d{6}Z /;
const LETTERS = /^[ZOPR](?: [ZOPR])?$/;

function check(cable: Cable): Finding[] {
  const h = cable.header;
  if (!h) return [];
  const letters = h.dateTime?.precedences;
  if (!letters) return unreadLetters(cable);
  const prosign = h.routing?.prosign;
  const first = letters[0];
  if (!prosign || !first || first.value === prosign.value || highestPrecedence(h)?.value !== prosign.value) return [];
  const expected = precedenceCode(prosign.value, 'letter');
  return [
    {
      range: first.range,
      message: `DTG precedence ${first.text} (${first.value}) is not that of the prosign ${prosign.text} (${prosign.value}): expected ${expected}.`,
      related: [{ range: prosign.range, message: 'FL2 prosign' }],
      // With a second letter, which of the two is wrong is not certain.
      ...(letters.length === 1 ? { fixes: [{ title: `Change the DTG precedence to ${expected}`, edits: [{ range: first.range, newText: expected }] }] } : {}),
    },
  ];
}

function unreadLetters(cable: Cable): Finding[] {
  const unread = findUnreadLine(cable, UNREAD_FL5);
  if (!unread) return [];
  const written = unread.match[1];
  // Valid letters: the line is unreadable for its DTG, which H8 reports.
  if (LETTERS.test(written)) return [];
  return [
    {
      range: lineRange(unread.line, unread.column, unread.column + written.length),
      message: `DTG precedence ${written} is not one or two of the letters Z, O, P, R.`,
    },
  ];
}

export const dtgPrecedence: Rule = {
  code: 'H9',
  name: 'dtg-precedence',
  severity: 'error',
  description: 'The FL5 precedence letters are Z, O, P or R, the first being that of the FL2 prosign.',
  basis: 'ACP 127 §150–152',
  check,
};
