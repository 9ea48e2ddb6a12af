// H3: format line 3 is `DE` + the originating station's routing indicator + `#` and the station
// serial number (with `/nn`, the section) + the filing time as julian day and HHMM.

import type { Cable, StationLine } from '../../model/cable';
import { lineRange } from '../../model/range';
import { trimmedLineRange } from '../../parser/text';
import type { Finding, Rule } from '../types';
import { findUnreadLine } from './headerLines';

const FORM = 'DE RI #nnnn[/nn] DDDHHMM';
const UNREAD_FL3 = /^DE(?=\s|$)/;
const PARTS: ReadonlyArray<{ readonly pattern: RegExp; readonly what: string }> = [
  { pattern: /^[A-Z][A-Z0-9]{2,7}$/, what: 'the station routing indicator' },
  { pattern: /^#\d{1,5}(?:\/\d{1,3})?$/, what: 'the station serial number #nnnn[/nn]' },
  { pattern: /^\d{7}$/, what: 'the filing time DDDHHMM' },
];

function check(cable: Cable): Finding[] {
  const de = cable.header?.station;
  return de ? checkParts(de) : checkUnread(cable);
}

function checkParts(de: StationLine): Finding[] {
  const missing = [
    de.indicator ? null : 'routing indicator',
    de.serial ? null : 'station serial number',
    de.julianDay ? null : 'filing time',
  ].filter((m): m is string => m !== null);
  if (missing.length) return [{ range: de.range, message: `FL3 lacks the ${missing.join(', ')}: expected ${FORM}.` }];
  // The day and the time are read together.
  const { serial, julianDay: day, time } = de;
  if (!serial || !day || !time) return [];
  const out: Finding[] = [];
  if (serial.text.length !== 4) out.push({ range: serial.range, message: `Station serial number ${serial.text} has ${serial.text.length} digits; FL3 takes 4.` });
  if (de.section && de.section.text.length !== 2) out.push({ range: de.section.range, message: `Section /${de.section.text} has ${de.section.text.length} digits; FL3 takes 2.` });
  if (day.value < 1 || day.value > 366) out.push({ range: day.range, message: `Julian day ${day.text} is not a day of the year (001–366).` });
  if (Number(time.text.slice(0, 2)) > 23 || Number(time.text.slice(2)) > 59) out.push({ range: time.range, message: `Filing time ${time.text} is not a time of day (HHMM).` });
  return out;
}

/** A `DE` line the parser could not read: point at the first part that is not what FL3 takes there. */
function checkUnread(cable: Cable): Finding[] {
  const unread = findUnreadLine(cable, UNREAD_FL3);
  if (!unread) return [];
  const { line } = unread;
  const text = cable.lines[line];
  const words = [...text.slice(unread.column + 2).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: unread.column + 2 + (m.index ?? 0) }));
  const at = (w: { text: string; start: number }) => lineRange(line, w.start, w.start + w.text.length);
  for (let i = 0; i < PARTS.length; i++) {
    const w = words[i];
    if (!w) {
      const last = words[words.length - 1];
      return [{ range: last ? at(last) : trimmedLineRange(cable.lines, line), message: `FL3 lacks ${PARTS[i].what}: expected ${FORM}.` }];
    }
    if (!PARTS[i].pattern.test(w.text)) return [{ range: at(w), message: `FL3 has ${w.text} where it takes ${PARTS[i].what}: expected ${FORM}.` }];
  }
  const extra = words[PARTS.length];
  if (extra) return [{ range: at(extra), message: `FL3 ends with ${FORM}; ${extra.text} follows it.` }];
  return [{ range: trimmedLineRange(cable.lines, line), message: `FL3 is not in the form ${FORM} (its parts separated by spaces).` }];
}

export const stationLine: Rule = {
  code: 'H3',
  name: 'station-line',
  severity: 'error',
  description: 'FL3 is DE, the station routing indicator, #SSN[/nn] and the filing time DDDHHMM.',
  basis: 'ACP 127 §115, §133, Annex B',
  check,
};
