import { table as executiveOrdersTable } from './data/executiveOrders';
import { lazyTable } from './tables';
import { isoDay, optional, type DateInput } from './types';

/** An executive order on classified information, or one amended version of it. */
export interface ExecutiveOrderRecord {
  /** `12958`, or `12958/13292` for E.O. 12958 as amended by E.O. 13292. */
  readonly id: string;
  /** The number written on a cable's E.O. line. */
  readonly order: string;
  readonly amendedBy: string | null;
  readonly title: string;
  /** Signing date of this order or amendment (YYYY-MM-DD). */
  readonly from: string;
  /** Signing date of the order or amendment that followed it; null for the current one. */
  readonly until: string | null;
  /** The section listing the classification reasons (`1.5`, `1.4`), when the tables hold them. */
  readonly reasonSection: string | null;
  readonly source: string;
  readonly notes: string | null;
}

const COLUMNS = ['id', 'order', 'amended_by', 'title', 'from', 'until', 'reason_section', 'source', 'notes'];

const table = lazyTable(executiveOrdersTable, COLUMNS, (rows) => {
  const versions: ExecutiveOrderRecord[] = [];
  for (const [id, order, amendedBy, title, from, until, reasonSection, source, notes] of rows) {
    if (isoDay(from) !== from || (until !== '' && isoDay(until) !== until)) {
      throw new Error(`executive-orders.tsv: dates of ${id} are not YYYY-MM-DD`);
    }
    versions.push(
      Object.freeze({
        id,
        order,
        amendedBy: optional(amendedBy),
        title,
        from,
        until: optional(until),
        reasonSection: optional(reasonSection),
        source,
        notes: optional(notes),
      }),
    );
  }
  return Object.freeze(versions.sort((a, b) => (a.from < b.from ? -1 : 1)));
});

/** `E.O. 12958`, `E.O. 12958 as amended by E.O. 13292`. */
export function executiveOrderName(version: ExecutiveOrderRecord): string {
  return `E.O. ${version.order}${version.amendedBy === null ? '' : ` as amended by E.O. ${version.amendedBy}`}`;
}

/** Oldest first. */
export function listExecutiveOrders(): readonly ExecutiveOrderRecord[] {
  return table();
}

/** Whether `version` was the text in force on `day` (YYYY-MM-DD). */
export function inForce(version: ExecutiveOrderRecord, day: string): boolean {
  return version.from <= day && (version.until === null || day < version.until);
}

/** The order or amended version in force on a date, or null before the oldest listed. */
export function executiveOrderInForce(date: DateInput): ExecutiveOrderRecord | null {
  const day = isoDay(date);
  return day === null ? null : table().find((version) => inForce(version, day)) ?? null;
}

/**
 * The versions of an order as written on an E.O. line (`12958` → the 1995 text and the text as
 * amended by E.O. 13292), oldest first; an amending order's number (`13292`) finds the amended version.
 */
export function executiveOrderVersions(order: string): readonly ExecutiveOrderRecord[] {
  const number = order.trim();
  return table().filter((version) => version.order === number || version.amendedBy === number || version.id === number);
}

/**
 * The version of an order a cable of `date` was written under: the one in force then, else the
 * nearest in time; without a date, the oldest. Null for an order not in the table (e.g. a typo).
 */
export function lookupExecutiveOrder(order: string, date?: DateInput): ExecutiveOrderRecord | null {
  return nearestVersion(executiveOrderVersions(order), date);
}

/** Of `versions` (oldest first), the one in force on `date`, else the nearest in time, else the oldest. */
export function nearestVersion(versions: readonly ExecutiveOrderRecord[], date?: DateInput): ExecutiveOrderRecord | null {
  const day = date === undefined ? null : isoDay(date);
  if (versions.length === 0) return null;
  if (day === null) return versions[0];
  const current = versions.find((version) => inForce(version, day));
  if (current !== undefined) return current;
  const earlier = versions.filter((version) => version.from <= day);
  return earlier.length > 0 ? earlier[earlier.length - 1] : versions[0];
}
