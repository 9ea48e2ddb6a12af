import { geoTag2024 } from './geoTags2024';
import { table as tagsTable } from './data/tags';
import { lazyTable } from './tables';
import { normalizeCode, optional, type SourcedText } from './types';

export type TagKind =
  | 'subject'
  | 'program'
  | 'organization'
  | 'geographic'
  | 'region'
  | 'person'
  | 'artifact'
  | 'unknown';

/** The list a geographic or region code belongs to: FIPS 10-4 (cables up to 2010), the 1974 handbook's regions, or the 2024 lists. */
export type GeoList = 'fips' | '1974' | '2024';

/** One row of tags.tsv. */
export interface TagRecord {
  readonly code: string;
  readonly kind: TagKind;
  /** False when the list marks the kind as a guess (`geo-country?`, `subject?`). */
  readonly kindCertain: boolean;
  readonly list: GeoList | null;
  readonly meaning: string | null;
  /** Source of the meaning; without a meaning, the list that names the code (e.g. `corpus-only`). */
  readonly source: string | null;
  /** Readings from other lists or eras. */
  readonly otherMeanings: readonly SourcedText[];
  readonly notes: string | null;
  /** Occurrences in the 6,712-cable sample. */
  readonly corpusCount: number;
}

/** What a TAGS token is, for a cable of a given year. */
export interface TagInfo extends TagRecord {
  /** False when the code is in no list and its kind was read from its shape. */
  readonly listed: boolean;
  /** Which list the meaning belongs to and how another era reads the code, when that matters. */
  readonly eraNote: string | null;
}

const KINDS: Readonly<Record<string, readonly [TagKind, boolean, GeoList | null]>> = {
  subject: ['subject', true, null],
  'subject?': ['subject', false, null],
  program: ['program', true, null],
  organization: ['organization', true, null],
  'geo-country': ['geographic', true, 'fips'],
  'geo-country?': ['geographic', false, 'fips'],
  'geo-region': ['region', true, '1974'],
  'geo-region-2024': ['region', true, '2024'],
  artifact: ['artifact', true, null],
};

const COLUMNS = ['code', 'kind', 'meaning', 'source', 'corpus_count', 'other_meanings', 'notes'];

const table = lazyTable(tagsTable, COLUMNS, (rows) => {
  const byCode = new Map<string, TagRecord>();
  for (const [code, kindText, meaning, source, count, others, notes] of rows) {
    const kind = KINDS[kindText];
    if (kind === undefined) throw new Error(`tags.tsv: unknown kind "${kindText}" for ${code}`);
    if (byCode.has(code)) throw new Error(`tags.tsv: ${code} listed twice`);
    byCode.set(
      code,
      Object.freeze({
        code,
        kind: kind[0],
        kindCertain: kind[1],
        list: kind[2],
        meaning: optional(meaning),
        source: optional(source),
        otherMeanings: parseOtherMeanings(others),
        notes: optional(notes),
        corpusCount: Number(count),
      }),
    );
  }
  return byCode;
});

const NO_MEANINGS: readonly SourcedText[] = Object.freeze([]);

// `TAGS-1974-handbook: Antigua | WikiLeaks-PlusD: Antigua and Barbuda`
function parseOtherMeanings(field: string): readonly SourcedText[] {
  if (field === '') return NO_MEANINGS;
  return Object.freeze(
    field.split(' | ').map((item) => {
      const colon = item.indexOf(': ');
      if (colon < 0) throw new Error(`tags.tsv: other meaning without a source: "${item}"`);
      return Object.freeze({ source: item.slice(0, colon), text: item.slice(colon + 2) });
    }),
  );
}

// Shapes of TAGS tokens (cable-format.md §3.5), for codes that are in no list.
const SHAPES: readonly (readonly [RegExp, TagKind])[] = [
  [/^K[A-Z]{3}$/, 'program'],
  [/^[ABCELMOPST][A-Z]{3}$/, 'subject'],
  [/^[A-Z]{2}$/, 'geographic'],
  [/^[1-8][A-Z]$/, 'region'],
  [/^[A-Z][A-Z0-9&'-]{1,11}$/, 'organization'],
];

function kindFromShape(code: string): TagKind {
  // cablemap's tag_kind: a token with a comma is a person's name.
  if (code.includes(',')) return 'person';
  return SHAPES.find(([shape]) => shape.test(code))?.[1] ?? 'unknown';
}

// Two-letter TAGS of cables up to 2010 are FIPS 10-4 codes; the list in force in 2024 is
// GENC-based and reads many codes differently. The sources say nothing about the years between.
export const LAST_FIPS_YEAR = 2010;
export const FIRST_2024_LIST_YEAR = 2024;

/**
 * The kind, meaning and source of a TAGS code. `year` is the cable's year: two-letter codes are
 * read as FIPS 10-4 up to 2010 and with the 2024 list from 2024; without a year, as FIPS 10-4 (the
 * Cablegate era). A code in no list gets the kind its shape suggests and a null meaning.
 */
export function lookupTag(code: string, year?: number): TagInfo {
  const normalized = normalizeCode(code);
  const record = table().get(normalized);
  const base: TagRecord = record ?? {
    code: normalized,
    kind: kindFromShape(normalized),
    kindCertain: false,
    list: null,
    meaning: null,
    source: null,
    otherMeanings: NO_MEANINGS,
    notes: null,
    corpusCount: 0,
  };
  const info = withEra(base, year);
  return Object.freeze({ ...info, listed: record !== undefined });
}

function withEra(record: TagRecord, year: number | undefined): Omit<TagInfo, 'listed'> {
  if (record.list === '2024') {
    const late = year !== undefined && year >= FIRST_2024_LIST_YEAR;
    return {
      ...record,
      eraNote: late
        ? 'World-region code of the 2024 list (5 FAH-3 H-416).'
        : 'World-region code of the 2024 list (5 FAH-3 H-416); cables up to 2010 use the 1974 region codes (X…).',
    };
  }
  const geographic = record.kind === 'geographic' || (record.kind === 'region' && record.list === '1974');
  if (!geographic) return { ...record, eraNote: null };
  const current = /^[A-Z]{2}$/.test(record.code) ? geoTag2024(record.code) : null;
  const eraOfList =
    record.list === '1974'
      ? 'Region code of the 1974 TAGS handbook, used in cables up to 2010.'
      : 'Two-letter TAGS of cables up to 2010 are FIPS 10-4 codes.';
  const undetermined =
    year !== undefined && year > LAST_FIPS_YEAR && year < FIRST_2024_LIST_YEAR
      ? ` The sources do not say which list was in force in ${year}.`
      : '';
  if (current === null || current.meaning === record.meaning) {
    return { ...record, eraNote: eraOfList + undetermined };
  }
  const reading: SourcedText = { text: current.meaning, source: current.source };
  if (year !== undefined && year >= FIRST_2024_LIST_YEAR) {
    const older: SourcedText[] = record.meaning === null || record.source === null ? [] : [{ text: record.meaning, source: record.source }];
    return {
      ...record,
      kind: 'geographic',
      meaning: current.meaning,
      source: current.source,
      list: '2024',
      otherMeanings: Object.freeze([...older, ...record.otherMeanings]),
      eraNote: `Read with the 2024 list (5 FAH-3 H-414, GENC-based); in cables up to 2010 ${record.code} is ${olderReading(record)}.`,
    };
  }
  const conflict =
    record.meaning === null
      ? ` Not a FIPS 10-4 code in the lists used here; the 2024 list (5 FAH-3 H-414, GENC-based) reads ${record.code} as ${current.meaning}, so it may be a code of another era.`
      : ` The 2024 list (5 FAH-3 H-414, GENC-based) reads ${record.code} as ${current.meaning}; do not mix eras.`;
  return {
    ...record,
    otherMeanings: Object.freeze([...record.otherMeanings, reading]),
    eraNote: eraOfList + undetermined + conflict,
  };
}

function olderReading(record: TagRecord): string {
  if (record.meaning === null) return 'not a FIPS 10-4 code in the lists used here';
  return record.list === '1974' ? `the 1974 region code for ${record.meaning}` : `the FIPS 10-4 code for ${record.meaning}`;
}

/** The kind tags.tsv gives an upper-case code, or null when the code is not listed. */
export function listedTagKind(code: string): TagKind | null {
  return table().get(code)?.kind ?? null;
}

/** Whether tags.tsv lists the upper-case code as a TAGS code (an artifact such as `OF` is none). */
export function isListedTagCode(code: string): boolean {
  const kind = listedTagKind(code);
  return kind !== null && kind !== 'artifact';
}

export interface TagListOptions {
  readonly kind?: TagKind;
  /** The cable's year: up to 2010 the 2024 region codes are left out. */
  readonly year?: number;
}

/** The codes of tags.tsv, in file order, e.g. for completion. */
export function listTags(options: TagListOptions = {}): readonly TagRecord[] {
  const { kind, year } = options;
  const early = year !== undefined && year <= LAST_FIPS_YEAR;
  const result: TagRecord[] = [];
  for (const record of table().values()) {
    if (kind !== undefined && record.kind !== kind) continue;
    if (early && record.list === '2024') continue;
    result.push(record);
  }
  return result;
}
