import type { Level } from '../model/cable';
import { LEVEL_RANK } from '../model/cable';
import { table as securityWarningsTable } from './data/securityWarnings';
import { lazyTable } from './tables';
import { normalizeCode, optional } from './types';

export type SecurityWarningKind = 'warning' | 'specat' | 'release';

/** One row of security-warnings.tsv: `ZNY CCCCC`, a SPECAT suffix `/BBBBB`, or a release code letter. */
export interface SecurityWarningRecord {
  readonly code: string;
  readonly kind: SecurityWarningKind;
  /** As the source names it: `CONFIDENTIAL`, `UNCLAS EFTO`, `RESTRICTED`; null for suffixes and letters. */
  readonly classification: string | null;
  /** The US level, null for RESTRICTED (allied only) and for suffixes and letters. */
  readonly level: Level | null;
  readonly efto: boolean;
  readonly meaning: string;
  readonly source: string;
  readonly notes: string | null;
}

/** A format line 4 security warning as written (`ZNY CCCCC`, `ZNY SSSSS/BBBBB`, `ZNR UUUAA`). */
export interface SecurityWarningInfo {
  readonly prefix: string | null;
  readonly group: string;
  /** The warning the group's classification letter stands for, or null for an unknown letter. */
  readonly warning: SecurityWarningRecord | null;
  /** Whether the written ZNR/ZNY is the one the warning takes; null when either is missing. */
  readonly prefixAgrees: boolean | null;
  /** The two letters of a release-code form (`AA` of `UUUAA`), null for five equal letters. */
  readonly release: string | null;
  /** The listed meanings of the release letters. */
  readonly releaseCodes: readonly SecurityWarningRecord[];
  readonly specat: SecurityWarningRecord | null;
  /** The SPECAT suffix as written (`/BBBBB`), known or not. */
  readonly specatText: string | null;
}

const KINDS: readonly string[] = ['warning', 'specat', 'release'];

interface WarningTables {
  /** Warnings by classification letter (`C` → `ZNY CCCCC`). */
  readonly byLetter: ReadonlyMap<string, SecurityWarningRecord>;
  readonly byCode: ReadonlyMap<string, SecurityWarningRecord>;
}

const table = lazyTable(securityWarningsTable, ['code', 'kind', 'classification', 'meaning', 'source', 'notes'], (rows): WarningTables => {
  const byLetter = new Map<string, SecurityWarningRecord>();
  const byCode = new Map<string, SecurityWarningRecord>();
  for (const [code, kind, classification, meaning, source, notes] of rows) {
    if (!KINDS.includes(kind)) throw new Error(`security-warnings.tsv: unknown kind "${kind}" for ${code}`);
    const efto = classification === 'UNCLAS EFTO';
    const level = efto ? 'UNCLASSIFIED' : classification in LEVEL_RANK ? (classification as Level) : null;
    const record: SecurityWarningRecord = Object.freeze({
      code,
      kind: kind as SecurityWarningKind,
      classification: optional(classification),
      level,
      efto,
      meaning,
      source,
      notes: optional(notes),
    });
    byCode.set(code, record);
    if (kind === 'warning') byLetter.set(code.slice(-1), record);
  }
  return { byLetter, byCode };
});

const WARNING = /^(?:(ZN[RY]) +)?([A-Z]{5})(\/[A-Z]{5})?$/;
const RELEASE_FORM = /^([A-Z])\1\1([A-Z]{2})$/;

/** Reads a security warning group; null when the text does not have its form. */
export function lookupSecurityWarning(text: string): SecurityWarningInfo | null {
  const match = WARNING.exec(normalizeCode(text));
  if (match === null) return null;
  const [, prefix, group, specatText] = match;
  const { byLetter, byCode } = table();
  const letter = group[0];
  const repeated = group === letter.repeat(5);
  const release = repeated ? null : RELEASE_FORM.exec(group)?.[2] ?? null;
  const warning = repeated || release !== null ? byLetter.get(letter) ?? null : null;
  const releaseCodes = release === null ? [] : [...new Set(release)].flatMap((code) => byCode.get(code) ?? []);
  return Object.freeze({
    prefix: prefix ?? null,
    group,
    warning,
    prefixAgrees: prefix === undefined || warning === null ? null : warning.code.startsWith(`${prefix} `),
    release,
    releaseCodes: Object.freeze(releaseCodes.filter((record) => record.kind === 'release')),
    specat: specatText === undefined ? null : byCode.get(specatText) ?? null,
    specatText: specatText ?? null,
  });
}

export function listSecurityWarnings(kind?: SecurityWarningKind): readonly SecurityWarningRecord[] {
  return [...table().byCode.values()].filter((record) => kind === undefined || record.kind === kind);
}
