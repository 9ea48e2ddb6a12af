// H10: each FM/TO/INFO/XMT addressee is written `RI/PLAD [PRECEDENCE] [nnnn]`: the precedence word
// before the four-digit per-addressee serial, the serial apart from the address. Malformed items
// (`LONDON 8778 PRIORITY`, `WASHDC0000`, `PRIORITY 00`) occur in genuine cables, hence a warning.

import type { AddressBlock, Addressee, Cable } from '../../model/cable';
import { lineRange } from '../../model/range';
import type { Finding, Rule } from '../types';

const SERIAL_PART = /^\d{4}$/;
/** Four digits run onto the last word of the address (`WASHDC0000`, `PRIORITY0214`). */
const GLUED_SERIAL = /[A-Z](\d{4})$/;

function checkItem(item: Addressee): Finding[] {
  const out: Finding[] = [];
  const { serial, precedence, address } = item;
  if (serial && precedence && serial.range.start.character < precedence.range.start.character) {
    out.push({
      range: lineRange(serial.range.start.line, serial.range.start.character, precedence.range.end.character),
      message: `Serial ${serial.text} comes before the precedence ${precedence.text}: expected ${precedence.text} ${serial.text}.`,
      fixes: [{ title: `Write ${precedence.text} ${serial.text}`, edits: [{ range: lineRange(serial.range.start.line, serial.range.start.character, precedence.range.end.character), newText: `${precedence.text} ${serial.text}` }] }],
    });
  }
  if (serial && serial.text.split('-').some((part) => !SERIAL_PART.test(part))) {
    out.push({ range: serial.range, message: `Addressee serial ${serial.text} is not four digits (nnnn or nnnn-nnnn).` });
  }
  const glued = serial ? null : GLUED_SERIAL.exec(address.text);
  if (glued) {
    const start = address.range.end.character - glued[1].length;
    const range = lineRange(address.range.start.line, start, address.range.end.character);
    out.push({
      range,
      message: `Serial ${glued[1]} is run onto ${address.text.slice(0, -glued[1].length).split(' ').pop()}: expected a space before it.`,
      fixes: [{ title: `Separate the serial ${glued[1]}`, edits: [{ range: lineRange(range.start.line, start, start), newText: ' ' }] }],
    });
  }
  return out;
}

function checkBlock(block: AddressBlock): Finding[] {
  if (block.items.length === 0) return [{ range: block.keyword.range, message: `${block.keyword.text} names no addressee.` }];
  return block.items.flatMap(checkItem);
}

function check(cable: Cable): Finding[] {
  const h = cable.header;
  if (!h) return [];
  return [h.from, h.to, h.info, h.exempt].flatMap((b) => (b ? checkBlock(b) : []));
}

export const addresseeForm: Rule = {
  code: 'H10',
  name: 'addressee-form',
  severity: 'warning',
  description: 'FM/TO/INFO/XMT addressees read RI/PLAD [PRECEDENCE] [nnnn], the serial four digits after the precedence.',
  basis: '5 FAH-2 H-230; ACP 127 §133',
  check,
};
