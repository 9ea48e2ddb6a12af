// Classification levels: their order, and the words that state one in a banner, a metadata line or
// a portion mark. The one list of level words: the parser and the rules read them from here, and the
// client gets the levels through the protocol module.

/** US classification levels, lowest first. */
export const LEVELS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;
export type Level = (typeof LEVELS)[number];

/** Levels in order of sensitivity, for comparisons such as "portion above banner" (C8). */
export const LEVEL_RANK: Readonly<Record<Level, number>> = Object.freeze(Object.fromEntries(LEVELS.map((level, rank) => [level, rank])) as Record<Level, number>);

/** The words that state a level in full, as banners and publishers' metadata write them. */
export const LEVEL_WORDS: Readonly<Record<string, Level>> = Object.freeze({
  UNCLASSIFIED: 'UNCLASSIFIED',
  UNCLAS: 'UNCLASSIFIED',
  CONFIDENTIAL: 'CONFIDENTIAL',
  SECRET: 'SECRET',
  'TOP SECRET': 'TOP SECRET',
});

/** An unclassified control of the 1970s, written where a banner's level stands (`LOU` in a mark). */
export const LIMITED_OFFICIAL_USE = 'LIMITED OFFICIAL USE';

/** The level words and the level abbreviations of portion marks (`(C)`, `(SBU)`, `(LOU)`). */
export const PORTION_LEVELS: Readonly<Record<string, Level>> = Object.freeze({
  ...LEVEL_WORDS,
  U: 'UNCLASSIFIED',
  SBU: 'UNCLASSIFIED',
  LOU: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
});
