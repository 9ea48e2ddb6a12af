// Media-partner copies replace the first line with a dateline `Tuesday, 03 July 2001, 12:03` (§1);
// WikiLeaks stamps partial extracts `Cable dated:2005-11-29T14:19:00`, often glued to the banner.
// It is the only date such copies carry, so the cable's year comes from it.

import type { Span } from '../model/cable';
import { isoDate } from '../model/calendar';
import { matchAt, span, trimmedEnd } from './text';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATELINE =
  /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<day>\d{1,2}) (?<month>[A-Z][a-z]+) (?<year>\d{4})(?:, \d{2}:\d{2})?\s*$/y;

const STAMP = /Cable dated: ?(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?/y;

export function parseDateline(text: string, line: number, col: number): Span | null {
  const m = matchAt(DATELINE, text, col);
  if (m?.groups) {
    const iso = isoDate(Number(m.groups.year), MONTHS.indexOf(m.groups.month) + 1, Number(m.groups.day));
    return iso ? span(line, col, text.slice(col, trimmedEnd(text)), iso) : null;
  }
  const stamp = matchAt(STAMP, text, col);
  const iso = stamp?.groups ? isoDate(Number(stamp.groups.year), Number(stamp.groups.month), Number(stamp.groups.day)) : null;
  return iso && stamp ? span(line, col, stamp[0], iso) : null;
}
