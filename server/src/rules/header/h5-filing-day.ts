// H5: the julian day of the FL3 filing time is the day of the FL5 date-time group. A message filed
// shortly after midnight may carry the next day (or the previous one when the DTG was set late), so
// a day apart is accepted when the two times are close.

import { dateOfDayOfYear, dayOfYear } from '../../model/calendar';
import type { Cable } from '../../model/cable';
import { MONTHS } from '../../parser/dtg';
import type { Finding, Rule } from '../types';

const MINUTE_MS = 60_000;
const DAY_MS = 1_440 * MINUTE_MS;
/** How far apart filing and release may be when they fall on either side of midnight. */
const MIDNIGHT_MARGIN_MS = 3 * 60 * MINUTE_MS;

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
}

/** Whether filing on `day` at `minutes` past midnight, in the DTG's year or one beside it, is close to the release. */
function nearMidnight(day: number, minutes: number, released: number, year: number): boolean {
  return [year - 1, year, year + 1].some(
    (y) => day <= daysInYear(y) && Math.abs(Date.UTC(y, 0, day) + minutes * MINUTE_MS - released) <= MIDNIGHT_MARGIN_MS,
  );
}

function check(cable: Cable): Finding[] {
  const de = cable.header?.station;
  const dtg = cable.header?.dateTime?.dtg;
  if (!de?.julianDay || !dtg?.iso) return [];
  const day = de.julianDay.value;
  const released = Date.parse(dtg.iso);
  const year = dtg.year.value;
  const dtgDay = dayOfYear(dtg.iso);
  if (dtgDay === null || day === dtgDay) return [];
  const minutes = de.time ? Number(de.time.text.slice(0, 2)) * 60 + Number(de.time.text.slice(2)) : null;
  if (minutes !== null && nearMidnight(day, minutes, released, year)) return [];
  const julianDate = dateOfDayOfYear(year, day);
  const when = julianDate === null ? '' : ` (${julianDate.slice(8, 10)} ${MONTHS[Number(julianDate.slice(5, 7)) - 1]})`;
  return [
    {
      range: de.julianDay.range,
      message: `Julian day ${de.julianDay.text}${when} is not the day of the DTG ${dtg.text} (${String(dtgDay).padStart(3, '0')}).`,
      related: [{ range: dtg.day.range, message: 'DTG day' }],
    },
  ];
}

export const filingDay: Rule = {
  code: 'H5',
  name: 'filing-day',
  severity: 'warning',
  description: 'The FL3 julian day is the day of the FL5 date-time group (a day apart only around midnight).',
  basis: 'ACP 127 §115',
  check,
};
