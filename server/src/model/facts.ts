// Facts about a cable that hover, completion, rules and metadata all read: whether the text is a
// cable at all, its date and year, its reference id and its classification.

import type { Cable, Level } from './cable';

/** Whether the text has enough of a cable's structure to be treated as one. */
export function isCable(cable: Cable): boolean {
  const frontMatter = [cable.executiveOrder, cable.tags, cable.subject].filter(Boolean).length;
  return cable.header !== null || cable.banner !== null || frontMatter >= 2;
}

/** The cable's date: its DTG, else a media-partner dateline (ISO `YYYY-MM-DD`). */
export function cableDate(cable: Cable): string | null {
  return cable.header?.dateTime?.dtg?.iso?.slice(0, 10) ?? cable.dateline?.value ?? null;
}

/** The year of the cable's date, which picks the era of TAGS lists and E.O. wording; null without a date. */
export function cableYear(cable: Cable): number | null {
  const date = cableDate(cable);
  return date === null ? null : Number(date.slice(0, 4));
}

/** A reference id at the start of a file's name: `07KARACHI861.md.txt`, `03BRASILIA3122__csv.txt`. */
const FILE_NAME_ID = /^(\d{2}[A-Z]+\d+)(?![A-Za-z0-9])/;

/**
 * `07KARACHI861`: two-digit year, the banner's origin without spaces, the serial without zeros; when
 * the text gives none (no banner reference, or no date), the one `fileName` (a path or URI) starts with.
 */
export function referenceId(cable: Cable, fileName?: string): string | null {
  const ref = cable.banner?.reference;
  const date = cableDate(cable);
  if (ref && date) return `${date.slice(2, 4)}${ref.origin.value.replace(/[^A-Z]/g, '')}${ref.serial.value}`;
  const base = fileName?.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return (base && FILE_NAME_ID.exec(base)?.[1]) ?? null;
}

/** The banner's level, else the level of the header's security warning (ZNY CCCCC). */
export function classification(cable: Cable): Level | null {
  return cable.banner?.marking.value ?? cable.header?.security?.level ?? null;
}
