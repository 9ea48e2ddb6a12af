// Security warnings (FL4) and banner classifications in each other's terms, from the sourced table
// of security warnings (ZNR UUUUU, ZNY EEEEE, ZNY CCCCC, ...).

import type { Banner, Level, SecurityLine } from '../../model/cable';
import { listSecurityWarnings, lookupSecurityWarning, type SecurityWarningInfo, type SecurityWarningRecord } from '../../reference';

/** The line read against the table: its warning (release forms `UUUAA` included) and release letters. */
export function readWarning(line: SecurityLine): SecurityWarningInfo | null {
  return lookupSecurityWarning(`${line.prefix.text} ${line.warning.text}${line.specat ? '/' + line.specat.text : ''}`);
}

/** The warning a banner level takes, e.g. `ZNY CCCCC` for CONFIDENTIAL. */
export function warningFor(level: Level, efto: boolean): SecurityWarningRecord {
  const record = listSecurityWarnings('warning').find((r) => r.level === level && r.efto === efto);
  if (!record) throw new Error(`no security warning for ${level}${efto ? ' EFTO' : ''} in security-warnings.tsv`);
  return record;
}

/** `ZNY CCCCC` → prefix `ZNY` and group `CCCCC`. */
export function warningParts(record: SecurityWarningRecord): { prefix: string; group: string } {
  const [prefix, group] = record.code.split(' ');
  return { prefix, group };
}

/** The banner's classification word for a level, in the banner's own style (letter-spaced or plain). */
export function bannerWord(banner: Banner, level: Level, efto: boolean): string {
  // `UNCLAS` is how unclassified banners are written; classified ones are letter-spaced by default.
  const spaced = banner.spaced || /^UNCLAS(?!SIFIED)/.test(banner.marking.text);
  if (level === 'UNCLASSIFIED') return efto ? (spaced ? 'UNCLAS E F T O' : 'UNCLAS EFTO') : 'UNCLAS';
  return spaced ? level.replace(/ /g, '').split('').join(' ') : level;
}
