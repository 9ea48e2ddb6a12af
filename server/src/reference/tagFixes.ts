import { table as tagFixesTable } from './data/tagFixes';
import { lazyTable } from './tables';
import { normalizeCode, optional } from './types';

/** A mis-keyed TAGS token and its correction, as documented by cablemap (CABLEMAP reader.py `_TAG_FIXES`). */
export interface TagFix {
  readonly written: string;
  readonly correction: string;
  /** Cable(s) where cablemap saw it, as its comment gives them. */
  readonly example: string | null;
  readonly source: string;
}

const SOURCE = 'CABLEMAP reader.py _TAG_FIXES';

const table = lazyTable(tagFixesTable, ['as_written', 'corrected_to', 'example_cable'], (rows) => {
  const byToken = new Map<string, TagFix>();
  for (const [written, correction, example] of rows) {
    const key = normalizeCode(written);
    const known = byToken.get(key);
    if (known !== undefined && known.correction !== correction) {
      throw new Error(`tag-fixes.tsv: ${written} corrected both to ${known.correction} and to ${correction}`);
    }
    byToken.set(key, Object.freeze({ written, correction, example: optional(example), source: SOURCE }));
  }
  return byToken;
});

/**
 * The documented correction of a TAGS token or run of tokens as written (`POGOV` → `PGOV`,
 * `CLINTON HILLARY` → `CLINTON, HILLARY`), or null. Rows whose correction equals the token (the
 * list has two) are no correction.
 */
export function tagCorrection(written: string): TagFix | null {
  const fix = table().get(normalizeCode(written));
  return fix === undefined || normalizeCode(fix.correction) === normalizeCode(written) ? null : fix;
}

export function listTagFixes(): readonly TagFix[] {
  return [...table().values()];
}
