// S1: the section continuation lines of a multi-section cable (`KARACHI 00000861 002 OF 003`, and
// the `PAGE 02 HARARE 05461 01 OF 02` lines of printouts) carry the banner's total and message
// reference. Missing or skipped continuation lines are normal (the publisher joined the sections),
// so only contradictions are reported.

import type { Cable, SectionBreak, Span } from '../../model/cable';
import type { Finding, Rule } from '../types';

function compact(origin: string): string {
  return origin.replace(/[^A-Z]/g, '');
}

/** Section lines cut the origin short (`KUALA LUMP`, `VATICA`) or drop a prefix (`DUBAI` for RPO DUBAI). */
/** A section line that writes its total. */
type TotalledBreak = SectionBreak & { readonly total: Span<number> };

function sameOrigin(line: string, banner: string): boolean {
  return compact(banner).includes(compact(line));
}

/** The total the sections should carry, and whether the banner's own total is contradicted. */
function settledTotal(banner: number, breaks: readonly TotalledBreak[]): { total: number; bannerWrong: boolean } {
  const totals = new Set(breaks.map((b) => b.total.value));
  const highest = Math.max(...breaks.map((b) => b.section.value));
  const [only] = totals;
  // The banner gives way only when the continuation lines agree among themselves and outnumber it,
  // or when a section number exceeds its total.
  if (totals.size === 1 && only !== banner && only >= highest && (breaks.length >= 2 || highest > banner)) return { total: only, bannerWrong: true };
  return { total: banner, bannerWrong: false };
}

function totalFix(span: Span<number>, total: number) {
  const text = String(total).padStart(span.text.length, '0');
  return { title: `Change the total to ${text}`, edits: [{ range: span.range, newText: text }] };
}

function check(cable: Cable): Finding[] {
  const mark = cable.banner?.section;
  const reference = cable.banner?.reference;
  if (!mark) return [];
  const out: Finding[] = [];
  if (mark.number.value < 1 || mark.number.value > mark.total.value) {
    out.push({ range: mark.range, message: `SECTION ${mark.number.text} OF ${mark.total.text} is not a section of the cable.` });
  }
  const breaks = cable.sections.filter((b): b is TotalledBreak => b.total !== null);
  if (breaks.length === 0) return out;
  const { total, bannerWrong } = settledTotal(mark.total.value, breaks);
  if (bannerWrong) {
    out.push({
      range: mark.total.range,
      message: `The banner's total ${mark.total.text} is not that of the section lines (${total}).`,
      related: breaks.map((b) => ({ range: b.total.range, message: 'section line total' })),
      fixes: [totalFix(mark.total, total)],
    });
  }
  for (const b of breaks) {
    const written = b.total;
    if (written.value !== total) {
      out.push({
        range: written.range,
        message: `Section line ${b.section.text} OF ${written.text}: the cable has ${total} sections (banner SECTION ${mark.number.text} OF ${mark.total.text}).`,
        related: [{ range: mark.total.range, message: 'banner total' }],
        fixes: [totalFix(written, total)],
      });
    } else if (b.section.value > total || b.section.value < 1) {
      out.push({ range: b.section.range, message: `Section ${b.section.text} is not a section of a ${total}-section cable.` });
    }
    if (reference && (b.serial.value !== reference.serial.value || !sameOrigin(b.origin.value, reference.origin.value))) {
      out.push({
        range: { start: b.origin.range.start, end: b.serial.range.end },
        message: `Section line names ${b.origin.text} ${b.serial.text}; the banner's message reference is ${reference.origin.text} ${reference.serial.text}.`,
        related: [{ range: reference.range, message: 'message reference number' }],
      });
    }
  }
  return out;
}

export const sectionTotals: Rule = {
  code: 'S1',
  name: 'section-totals',
  severity: 'warning',
  description: "Section continuation lines carry the banner's SECTION total and message reference.",
  basis: 'ACP 127 §208; observed practice',
  check,
};
