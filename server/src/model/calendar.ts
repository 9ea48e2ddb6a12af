// Calendar arithmetic on ISO dates (`YYYY-MM-DD`, read in UTC) for the parser, hovers, snippets and
// rules: real dates, weekday names, day of the year (the DE line's Julian day), and the years, months
// and days between dates.

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date `YYYY-MM-DD` when the parts make a real date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parts(iso: string): Day | null {
  const m = ISO.exec(iso.slice(0, 10));
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function utc({ year, month, day }: Day): number {
  return Date.UTC(year, month - 1, day);
}

/** `Friday 14 December 2007`; the text unchanged when it is not a date. */
export function longDate(iso: string): string {
  const d = parts(iso);
  if (d === null) return iso;
  return `${WEEKDAYS[new Date(utc(d)).getUTCDay()]} ${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** `14 December 2007`, without the weekday. */
export function dayAndMonth(iso: string): string {
  const d = parts(iso);
  return d === null ? iso : `${d.day} ${MONTH_NAMES[d.month - 1]}`;
}

/** Day of the year, 1 for 1 January. */
export function dayOfYear(iso: string): number | null {
  const d = parts(iso);
  return d === null ? null : (utc(d) - Date.UTC(d.year, 0, 1)) / 86_400_000 + 1;
}

/** The date of day `n` of `year`, or null when the year has no such day. */
export function dateOfDayOfYear(year: number, n: number): string | null {
  const last = isoDate(year, 12, 31);
  if (last === null || n < 1 || n > (dayOfYear(last) ?? 0)) return null;
  return new Date(Date.UTC(year, 0, n)).toISOString().slice(0, 10);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string | null {
  const d = parts(iso);
  if (d === null) return null;
  const year = d.year + years;
  return isoDate(year, d.month, Math.min(d.day, daysInMonth(year, d.month)));
}

/** `10 years`, `9 years, 11 months and 30 days` from `from` to `to` (to ≥ from); null otherwise. */
export function timeBetween(from: string, to: string): string | null {
  const a = parts(from);
  const b = parts(to);
  if (a === null || b === null || utc(b) < utc(a)) return null;
  let years = b.year - a.year;
  let months = b.month - a.month;
  let days = b.day - a.day;
  if (days < 0) {
    months--;
    // Borrow the length of the month before `to`'s month.
    days += daysInMonth(b.month === 1 ? b.year - 1 : b.year, b.month === 1 ? 12 : b.month - 1);
  }
  if (months < 0) {
    years--;
    months += 12;
  }
  const units = [plural(years, 'year'), plural(months, 'month'), plural(days, 'day')].filter((unit) => unit !== '');
  if (units.length === 0) return 'the same day';
  return units.length === 1 ? units[0] : `${units.slice(0, -1).join(', ')} and ${units[units.length - 1]}`;
}

function plural(count: number, unit: string): string {
  if (count === 0) return '';
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
