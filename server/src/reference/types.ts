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

/** Folds runs of white space to one space, trims, and upper-cases: how codes are compared. */
export function normalizeCode(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}
