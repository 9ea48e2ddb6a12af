import { table as captionsTable } from './data/captions';
import { lazyTable } from './tables';
import { normalizeCode, optional } from './types';

export interface CaptionRecord {
  readonly code: string;
  readonly meaning: string | null;
  readonly source: string;
  readonly notes: string | null;
}

export interface CaptionMatch {
  readonly caption: CaptionRecord;
  /** What follows `REL`: the countries (`CANADA`). */
  readonly argument: string | null;
}

// Keyed without spaces so that letter-spaced captions (`C O R R E C T E D C O P Y`) are found too.
const table = lazyTable(captionsTable, ['code', 'meaning', 'source', 'notes'], (rows) => {
  const byKey = new Map<string, CaptionRecord>();
  for (const [code, meaning, source, notes] of rows) {
    byKey.set(code.replace(/ /g, ''), Object.freeze({ code, meaning: optional(meaning), source, notes: optional(notes) }));
  }
  return byKey;
});

const RELEASE = /^REL(?: TO)? ([A-Z][A-Z ,/]*)$/;
const PARENTHESIZED = /^\((.*)\)$/;

/** A caption line or a REF item's caption (`(NOTAL)`), or null when it is not listed. */
export function lookupCaption(text: string): CaptionMatch | null {
  const normalized = normalizeCode(text);
  const caption = PARENTHESIZED.exec(normalized)?.[1].trim() ?? normalized;
  const byKey = table();
  const listed = byKey.get(caption.replace(/ /g, ''));
  if (listed !== undefined) return Object.freeze({ caption: listed, argument: null });
  const release = RELEASE.exec(caption);
  const rel = byKey.get('REL');
  return release === null || rel === undefined ? null : Object.freeze({ caption: rel, argument: release[1] });
}

export function listCaptions(): readonly CaptionRecord[] {
  return [...table().values()];
}
