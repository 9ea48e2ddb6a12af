import { table as declassificationMarkingsTable } from './data/declassificationMarkings';
import { lazyTable } from './tables';
import { normalizeCode, optional } from './types';

/**
 * `not-applicable` (N/A), a 1970s `schedule` (GDS), a `marking` (OADR), an exemption from
 * declassification at 25 years (25X…) or at 10 years (X1–X8), or `unknown` (MR).
 */
export type DeclassificationKind = 'not-applicable' | 'schedule' | 'marking' | 'exemption-25' | 'exemption-10' | 'unknown';

export interface DeclassificationMarkingRecord {
  readonly code: string;
  readonly kind: DeclassificationKind;
  /** The executive order the marking belongs to, when the sources say. */
  readonly order: string | null;
  /** The quoted wording or expansion; null when the sources read do not give it. */
  readonly meaning: string | null;
  readonly source: string;
  readonly notes: string | null;
}

const KINDS: readonly string[] = ['not-applicable', 'schedule', 'marking', 'exemption-25', 'exemption-10', 'unknown'];

const table = lazyTable(declassificationMarkingsTable, ['code', 'kind', 'order', 'meaning', 'source', 'notes'], (rows) => {
  const byCode = new Map<string, DeclassificationMarkingRecord>();
  for (const [code, kind, order, meaning, source, notes] of rows) {
    if (!KINDS.includes(kind)) throw new Error(`declassification-markings.tsv: unknown kind "${kind}" for ${code}`);
    byCode.set(
      code,
      Object.freeze({
        code,
        kind: kind as DeclassificationKind,
        order: optional(order),
        meaning: optional(meaning),
        source,
        notes: optional(notes),
      }),
    );
  }
  return byCode;
});

/** A DECL marking other than a date (`N/A`, `OADR`, `25X1-human`, `X3`), or null when not listed. */
export function lookupDeclassificationMarking(marking: string): DeclassificationMarkingRecord | null {
  return table().get(normalizeCode(marking)) ?? null;
}

export function listDeclassificationMarkings(): readonly DeclassificationMarkingRecord[] {
  return [...table().values()];
}
