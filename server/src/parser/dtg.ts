// Date-time groups `140626Z DEC 07` (ACP 127 §113; format §2.5).

import type { DateTimeGroup } from '../model/cable';
import { isoDate } from '../model/calendar';
import { lineRange } from '../model/range';
import { span } from './text';

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

// Loose on purpose (lower-case month, 4-digit year, any digits) so that a broken DTG is still
// recognised and reported instead of making the whole line unreadable.
const DTG = /(?<day>\d{2})(?<time>\d{4})Z (?<month>[A-Za-z]{3}) (?<year>\d{4}|\d{2})(?![\dA-Za-z])/dy;

/** Expands a two-digit year: cables run from the 1960s to 2010. */
export function fullYear(yy: number, digits: number): number {
  if (digits === 4) return yy;
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

export function parseDtgAt(text: string, line: number, from: number): DateTimeGroup | null {
  DTG.lastIndex = from;
  const m = DTG.exec(text);
  if (!m?.groups || !m.indices?.groups) return null;
  const g = m.groups;
  const at = m.indices.groups;
  const day = Number(g.day);
  const hour = Number(g.time.slice(0, 2));
  const minute = Number(g.time.slice(2));
  const monthIndex = MONTHS.indexOf(g.month.toUpperCase()) + 1;
  const year = fullYear(Number(g.year), g.year.length);
  const date = monthIndex > 0 ? isoDate(year, monthIndex, day) : null;
  const iso = date && hour < 24 && minute < 60 ? `${date}T${g.time.slice(0, 2)}:${g.time.slice(2)}:00Z` : null;
  return {
    range: lineRange(line, m.index, m.index + m[0].length),
    text: m[0],
    day: span(line, at.day[0], g.day, day),
    time: span(line, at.time[0], g.time + 'Z', g.time),
    month: span(line, at.month[0], g.month, monthIndex),
    year: span(line, at.year[0], g.year, year),
    hour,
    minute,
    iso,
  };
}
