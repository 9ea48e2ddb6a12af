/** A text taken from a public source; `source` is a key of server/data/SOURCES.md. */
export interface SourcedText {
  readonly text: string;
  readonly source: string;
}

/** A date: a `Date` (read in UTC) or an ISO text starting `YYYY-MM-DD`. */
export type DateInput = Date | string;

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** `YYYY-MM-DD` of a date, or null when it is not one; such texts compare in date order. */
export function isoDay(date: DateInput): string | null {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  return ISO_DATE.exec(date)?.[1] ?? null;
}

/** The empty field of a table read as "not given". */
export function optional(field: string): string | null {
  return field === '' ? null : field;
}

/** No code, caption, marking or address of the tables is longer than this. */
const LONGEST_CODE = 200;

/**
 * Folds runs of white space to one space, trims, and upper-cases: how codes are compared. A longer
 * text (a megabyte of E.O. line) is no code and is returned as it is, unread.
 */
export function normalizeCode(text: string): string {
  if (text.length > LONGEST_CODE) return text;
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}
