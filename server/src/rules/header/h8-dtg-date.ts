// H8: the FL5 date-time group is a real date and time: DDHHMMZ MON YY with a day the month has, an
// hour below 24, a minute below 60 and a month name.

import type { Cable, DateTimeGroup } from '../../model/cable';
import { lineRange } from '../../model/range';
import { daysInMonth } from '../../model/calendar';
import type { Finding, Rule } from '../types';
import { findUnreadLine } from './headerLines';

const FORM = 'DDHHMMZ MON YY';
/** An FL5 line the parser could not read: precedence letters and something where the DTG goes. */
const UNREAD_FL5 = /^[ZOPR](?: [ZOPR])? +(?=\d)(\S+(?: +\S+){0,2})/;

function checkDtg(dtg: DateTimeGroup): Finding[] {
  const out: Finding[] = [];
  if (dtg.month.value === 0) out.push({ range: dtg.month.range, message: `${dtg.month.text} is not a month: the DTG takes JAN…DEC.` });
  else if (dtg.day.value < 1 || dtg.day.value > daysInMonth(dtg.year.value, dtg.month.value)) {
    out.push({ range: dtg.day.range, message: `Day ${dtg.day.text} does not exist in ${dtg.month.text} ${dtg.year.text}.` });
  }
  if (dtg.hour > 23 || dtg.minute > 59) {
    const start = dtg.time.range.start;
    out.push({ range: lineRange(start.line, start.character, start.character + 4), message: `${dtg.time.value} is not a time of day (HHMM, 0000–2359).` });
  }
  return out;
}

function check(cable: Cable): Finding[] {
  const line = cable.header?.dateTime;
  if (line?.dtg) return checkDtg(line.dtg);
  if (line) return [];
  const unread = findUnreadLine(cable, UNREAD_FL5);
  if (!unread) return [];
  const start = unread.column + unread.match[0].length - unread.match[1].length;
  return [{ range: lineRange(unread.line, start, start + unread.match[1].length), message: `${unread.match[1]} is not a date-time group ${FORM}.` }];
}

export const dtgDate: Rule = {
  code: 'H8',
  name: 'dtg-date',
  severity: 'error',
  description: 'The FL5 date-time group DDHHMMZ MON YY names a real day, hour, minute and month.',
  basis: 'ACP 127 §113',
  check,
};
