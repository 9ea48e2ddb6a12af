// The dates a new cable takes from the moment it is written, in UTC as the header's `Z` times are:
// the date-time group, the DE line's day and filing time, and the default declassification date.

import { MONTHS } from '../../parser/dtg';
import { addYears, dayOfYear } from '../../model/calendar';

/**
 * Ten years: the default duration of classification of E.O. 12958 §1.6 (server/data SOURCES.md,
 * EO12958), which E.O. 13526, the order for cables written now, keeps as its default.
 */
const DEFAULT_DECLASSIFICATION_YEARS = 10;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `MM/DD/YYYY` ten years after `now`'s date. */
export function declassifyOn(now: Date): string {
  // A valid Date always has a date ten years on (29 February moves to the 28th).
  const later = addYears(isoDay(now), DEFAULT_DECLASSIFICATION_YEARS) ?? isoDay(now);
  return `${later.slice(5, 7)}/${later.slice(8, 10)}/${later.slice(0, 4)}`;
}

/** `271436Z NOV 26`. */
export function dateTimeGroup(now: Date): string {
  return `${two(now.getUTCDate())}${two(now.getUTCHours())}${two(now.getUTCMinutes())}Z ${MONTHS[now.getUTCMonth()]} ${two(now.getUTCFullYear() % 100)}`;
}

/** The DE line's filing day of the year and time: `3311436`. */
export function filingTime(now: Date): string {
  return `${String(dayOfYear(isoDay(now))).padStart(3, '0')}${two(now.getUTCHours())}${two(now.getUTCMinutes())}`;
}
