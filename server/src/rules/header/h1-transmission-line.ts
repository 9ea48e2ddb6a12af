// H1: format line 1 is `VZCZC` + a three-letter channel designator + the channel sequence number.

import type { Cable } from '../../model/cable';
import { lineRange } from '../../model/range';
import { firstNonBlank, trimmedEnd } from '../../parser/text';
import type { Finding, Rule } from '../types';
import { findUnreadLine, wordAt } from './headerLines';

const EXPECTED = 'VZCZC + channel designator (3 letters) + sequence number (3–4 digits)';
// The FAH gives 3 digits; Cablegate headers mostly carry 4 (VZCZCXRO1595).
const SERIAL_DIGITS = /^\d{3,4}$/;
const UNREAD_FL1 = /^VZCZC/;
const VALID_FL1 = /^VZCZC[A-Z]{3}\d{3,4}$/;

function check(cable: Cable): Finding[] {
  const fl1 = cable.header?.transmission;
  if (!fl1) {
    const unread = findUnreadLine(cable, UNREAD_FL1);
    if (!unread) return [];
    const word = wordAt(cable, unread.line, unread.column);
    if (VALID_FL1.test(word.text)) {
      const text = cable.lines[unread.line];
      const rest = lineRange(unread.line, firstNonBlank(text, word.range.end.character), trimmedEnd(text));
      return [{ range: rest, message: `${text.slice(rest.start.character, rest.end.character)} follows FL1 ${word.text}, which ends with the sequence number.` }];
    }
    return [{ range: word.range, message: `FL1 ${word.text} is not ${EXPECTED}.` }];
  }
  const { prefix, channel, serial } = fl1;
  if (!channel || !serial) {
    const end = (serial ?? channel ?? prefix).range.end;
    const missing = !channel && !serial ? 'channel designator and sequence number' : !channel ? 'channel designator' : 'channel sequence number';
    return [{ range: lineRange(prefix.range.start.line, prefix.range.start.character, end.character), message: `FL1 lacks the ${missing}: expected ${EXPECTED}.` }];
  }
  if (!SERIAL_DIGITS.test(serial.text)) {
    return [{ range: serial.range, message: `Channel sequence number ${serial.text} has ${serial.text.length} digits; FL1 takes 3 or 4.` }];
  }
  return [];
}

export const transmissionLine: Rule = {
  code: 'H1',
  name: 'transmission-line',
  severity: 'error',
  description: 'FL1 is VZCZC, a three-letter channel designator and a 3–4 digit channel sequence number.',
  basis: '5 FAH-2 H-321.1; ACP 127 §112',
  check,
};
