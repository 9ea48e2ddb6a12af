// T8: "each document must carry at least one Subject TAGS" (NARA CFPF; 5 FAH-1 H-210): a subject
// (A, B, C, E, L, M, O, P, S, T + 3 letters) or program (K + 3 letters) code. Information: some
// real cables carry only geographic or organisation TAGS.

import { listedTagKind, lookupTag } from '../../reference';
import type { Rule } from '../types';
import { tagReadings, type TagReading } from './tagReadings';

export const subjectTag: Rule = {
  code: 'T8',
  name: 'subject-tag',
  severity: 'information',
  description: 'The TAGS line holds at least one subject or program TAGS.',
  basis: 'NARA CFPF; 5 FAH-1 H-210',
  check(cable) {
    const readings = tagReadings(cable);
    if (!cable.tags || readings.length === 0 || readings.some(hasSubject)) return [];
    return [{ range: cable.tags.keyword.range, message: 'No subject or program TAGS' }];
  },
};

function hasSubject(r: TagReading): boolean {
  const codes = r.kind === 'correction' || r.kind === 'split' ? r.codes : r.kind === 'code' || r.kind === 'unknown' ? [r.tags[0].value] : [];
  return codes.some((c) => {
    // An unlisted code gets the kind its shape suggests.
    const kind = listedTagKind(c) ?? lookupTag(c).kind;
    return kind === 'subject' || kind === 'program';
  });
}
