// C16: a DECL date within the longest duration the order of the day lets a classifier set (§3.4).
// Longer durations needed an exemption, written as such (X1–X8, 25X…) rather than as a date, so a
// date beyond the limit is worth a look but is no certain defect: a hint.

import { cableDate } from '../../model/facts';
import { executiveOrderInForce, executiveOrderName } from '../../reference';
import type { Rule } from '../types';

interface Limit {
  readonly years: number;
  readonly section: string;
  /** Key of server/data/SOURCES.md. */
  readonly source: string;
}

/** Longest declassification date from the date of classification, by order version (`id` of executive-orders.tsv). */
const LONGEST: Readonly<Record<string, Limit>> = {
  // "10 years from the date of the original decision", longer only by the §1.6(d) exemptions.
  '12958': { years: 10, section: '§1.6(b)', source: 'EO12958' },
  // "for up to 25 years from the date of the original decision".
  '12958/13292': { years: 25, section: '§1.5(b)', source: 'EO13292' },
  '13526': { years: 25, section: '§1.5(b)', source: 'EO13526' },
};

/**
 * The last date the limit allows. The cable's date is its DTG's, in UTC; the drafter's local date
 * may be a day later (07BEIJING7035: DTG 8 Nov 2007, DECL 9 Nov 2032), so one day is allowed.
 */
function lastAllowed(isoDay: string, years: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d + 1)).toISOString().slice(0, 10);
}

export const declassifyTooFar: Rule = {
  code: 'C16',
  name: 'declassify-too-far',
  severity: 'hint',
  description: 'The DECL date is no later than the order of the day allows without an exemption (10 years under E.O. 12958, 25 after 2003).',
  basis: 'E.O. 12958 §1.6; E.O. 13292 §1.5',
  check(cable) {
    const decl = cable.executiveOrder?.declassify?.date;
    const date = cableDate(cable);
    const version = date === null ? null : executiveOrderInForce(date);
    const limit = version ? LONGEST[version.id] : undefined;
    if (!decl || date === null || !version || !limit || decl.value <= lastAllowed(date, limit.years)) return [];
    return [{ range: decl.range, message: `Declassification date ${decl.value} is more than ${limit.years} years after ${date} (${executiveOrderName(version)} ${limit.section})` }];
  },
};
