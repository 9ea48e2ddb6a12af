// What the parts of the grammar share: regex pieces, the table of classification levels and the
// helper that numbers capture scopes. Pieces used by one part only stay in that part's module.

export const R = String.raw;

export const MONTH = R`(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)`;
/** A post or station name of up to five words (`KARACHI`, `NEW DELHI`, `CAPE T`). */
export const ORIGIN = R`[A-Z][A-Z.'-]*+(?>(?:[ \t][A-Z][A-Z.'-]*+){0,4})`;
/**
 * Classification levels. `scope` ends every level-carrying scope name; `banner` are the written
 * forms of the banner (§3.1), `mark` the level part of a portion mark (§3.9), `warning` the FL4
 * security warning groups (§2.4), `wholeText` the words of an `ENTIRE TEXT` mark. LIMITED
 * OFFICIAL USE and SBU are administrative controls on unclassified information (§3.3, FAH1-240),
 * hence unclassified, as the parser reads them.
 */
export const LEVELS = [
  { scope: 'top-secret', banner: R`T O P[ \t]+S E C R E T|TOP SECRET`, mark: 'TS', warning: 'TTTTT', wholeText: 'TOP SECRET' },
  { scope: 'secret', banner: R`S E C R E T|SECRET`, mark: 'SECRET|S', warning: 'SSSSS', wholeText: 'SECRET' },
  { scope: 'confidential', banner: R`C O N F I D E N T I A L|CONFIDENTIAL`, mark: 'CONFIDENTIAL|C', warning: 'CCCCC', wholeText: 'CONFIDENTIAL' },
  {
    scope: 'unclassified',
    banner: R`U N C L A S S I F I E D|UNCLASSIFIED|UNCLAS(?:[ \t]+E F T O|[ \t]+EFTO)?|LIMITED OFFICIAL USE`,
    mark: 'UNCLASSIFIED|UNCLAS|SBU|LOU|U',
    warning: 'UUUUU|EEEEE',
    wholeText: 'SENSITIVE BUT UNCLASSIFIED|UNCLASSIFIED|LIMITED OFFICIAL USE',
  },
];
/** The controls after the level in a portion mark: `/NF`, `//REL UK`, ` - ENTIRE TEXT`. */
export const PORTION_CONTROLS = R`(?:(?:/{1,2}|[ \t]*-[ \t]*|[ \t])[A-Za-z](?>[A-Za-z /,.-]{0,60}))?`;
/** Any paragraph-level portion mark, for captures that are then split by level (§3.9). */
export const PORTION = R`\((?:${LEVELS.map((level) => level.mark).join('|')})${PORTION_CONTROLS}\)`;

/** The start of any banner: the address block and TAGS continuation lines stop there. */
export const ANY_BANNER_WORD = R`C O N F|S E C R|T O P[ \t]+S|U N C L|UNCLAS|CONFIDENTIAL|SECRET\b|TOP SECRET|LIMITED OFFICIAL USE`;

/** Numbered captures: group 1 takes the first argument, group 2 the second…; a string is a scope name. */
export function scopes(...groups) {
  return Object.fromEntries(groups.map((group, i) => [i + 1, typeof group === 'string' ? { name: group } : group]));
}
