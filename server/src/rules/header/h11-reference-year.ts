// H11: the year of the cable's reference ID agrees with the cable's date. The text carries the ID
// only in a publisher's footer (`2001VATICA03507 - Classification: CONFIDENTIAL`) and its year also
// in a media-partner dateline (the release's "Created" date); the cable's own date is the DTG.
// Around New Year either year is accepted.

import type { Cable, Span } from '../../model/cable';
import { lineRange, type Range } from '../../model/range';
import type { Finding, Rule } from '../types';

const FOOTER_ID = /^(?:>\s*)?(?:NNNN\s+)?((\d{4})[A-Z]+\d+) - Classification:/;
const YEAR = /\b\d{4}\b/;

interface Dated {
  readonly iso: string;
  readonly what: string;
}

/** Whether `year` is the year of `iso`, or the one beside it on 31 December / 1 January. */
function sameYear(iso: string, year: number): boolean {
  const y = Number(iso.slice(0, 4));
  const monthDay = iso.slice(5, 10);
  return year === y || (monthDay === '12-31' && year === y + 1) || (monthDay === '01-01' && year === y - 1);
}

function yearIn(span: Span, pattern: RegExp, group: number): { year: number; range: Range } | null {
  const m = pattern.exec(span.text);
  if (!m) return null;
  const start = span.range.start.character + m.index + m[0].indexOf(m[group]);
  return { year: Number(m[group].slice(0, 4)), range: lineRange(span.range.start.line, start, start + 4) };
}

function check(cable: Cable): Finding[] {
  const dtg = cable.header?.dateTime?.dtg;
  const dtgDate: Dated | null = dtg?.iso ? { iso: dtg.iso, what: `the DTG ${dtg.text}` } : null;
  const dateline = cable.dateline;
  const out: Finding[] = [];
  const cableDate: Dated | null = dtgDate ?? (dateline ? { iso: dateline.value, what: `the dateline ${dateline.text}` } : null);
  for (const line of cable.trailer) {
    const id = yearIn(line, FOOTER_ID, 1);
    if (id && cableDate && !sameYear(cableDate.iso, id.year)) {
      const written = FOOTER_ID.exec(line.text)?.[1];
      out.push({ range: id.range, message: `Reference ID ${written} is of ${id.year} but ${cableDate.what} is of ${cableDate.iso.slice(0, 4)}.` });
    }
  }
  const published = dateline ? yearIn(dateline, YEAR, 0) : null;
  if (published && dtgDate && !sameYear(dtgDate.iso, published.year)) {
    out.push({ range: published.range, message: `The dateline is of ${published.year} but ${dtgDate.what} is of ${dtgDate.iso.slice(0, 4)}.` });
  }
  return out;
}

export const referenceYear: Rule = {
  code: 'H11',
  name: 'reference-year',
  severity: 'information',
  description: "The reference ID's year (publisher's footer, dateline) is the year of the cable's DTG.",
  basis: 'observed practice',
  check,
};
