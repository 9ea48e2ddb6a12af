// H2: the FL2 precedence prosign is the highest precedence of the message — that of FL5 and of
// every TO/INFO addressee ("the highest precedence of a multi-address, multi-precedence telegram
// determines the precedence prosign").

import type { Cable } from '../../model/cable';
import type { Finding, Rule } from '../types';
import { findUnreadLine, nextNonBlankLine, wordAt } from './headerLines';
import { highestPrecedence, precedenceCode } from './precedences';

const PROSIGNS = 'ZZ, OO, PP or RR';
const UNREAD_FL2 = /^[A-Z]{1,3}(?: +[A-Z][A-Z0-9]{3,7})+\s*$/;
const PROSIGN = /^(?:ZZ|OO|PP|RR)$/;

function check(cable: Cable): Finding[] {
  const h = cable.header;
  if (!h) return [];
  if (!h.routing) return h.transmission ? unreadRoutingLine(cable, h.transmission.range.end.line) : [];
  const prosign = h.routing.prosign;
  const highest = highestPrecedence(h);
  if (!highest || highest.value === prosign.value) return [];
  const expected = precedenceCode(highest.value, 'prosign');
  return [
    {
      range: prosign.range,
      message: `Prosign ${prosign.text} (${prosign.value}) is not the message's highest precedence ${highest.value}: expected ${expected}.`,
      related: [{ range: highest.range, message: `highest precedence (${highest.value})` }],
      fixes: [{ title: `Change the prosign to ${expected}`, edits: [{ range: prosign.range, newText: expected }] }],
    },
  ];
}

/** FL2 follows FL1: an unread line there is a routing line without a valid prosign. */
function unreadRoutingLine(cable: Cable, fl1: number): Finding[] {
  const unread = findUnreadLine(cable, UNREAD_FL2, fl1);
  if (!unread || unread.line !== nextNonBlankLine(cable, fl1)) return [];
  const word = wordAt(cable, unread.line, unread.column);
  if (PROSIGN.test(word.text)) return [];
  return [{ range: word.range, message: `FL2 starts with ${word.text}; expected the precedence prosign ${PROSIGNS}.` }];
}

export const routingProsign: Rule = {
  code: 'H2',
  name: 'routing-prosign',
  severity: 'error',
  description: 'The FL2 prosign (ZZ, OO, PP, RR) is the highest precedence of FL5 and the TO/INFO addressees.',
  basis: '5 FAH-2 H-321.2-1; ACP 127 §150–152',
  check,
};
