import type { Level } from '../model/cable';
import { LEVEL_RANK } from '../model/cable';
import { table as portionMarksTable } from './data/portionMarks';
import { lazyTable } from './tables';
import { normalizeCode, optional } from './types';

export interface PortionMarkRecord {
  readonly code: string;
  /** A classification `level` (`C`, `SBU`) or a dissemination `control` after it (`NF`, `REL TO`). */
  readonly kind: 'level' | 'control';
  readonly level: Level | null;
  readonly meaning: string | null;
  readonly source: string;
  readonly notes: string | null;
}

/** One part of a written mark: `S//REL CAN` has `S` and `REL CAN`. */
export interface PortionMarkPart {
  readonly text: string;
  readonly mark: PortionMarkRecord | null;
  /** The countries after `REL` / `REL TO`. */
  readonly argument: string | null;
}

const table = lazyTable(portionMarksTable, ['code', 'kind', 'level', 'meaning', 'source', 'notes'], (rows) => {
  const byCode = new Map<string, PortionMarkRecord>();
  for (const [code, kind, level, meaning, source, notes] of rows) {
    if (kind !== 'level' && kind !== 'control') throw new Error(`portion-marks.tsv: unknown kind "${kind}" for ${code}`);
    if (kind === 'level' && !(level in LEVEL_RANK)) throw new Error(`portion-marks.tsv: ${code} has no level`);
    byCode.set(
      code,
      Object.freeze({
        code,
        kind,
        level: kind === 'level' ? (level as Level) : null,
        meaning: optional(meaning),
        source,
        notes: optional(notes),
      }),
    );
  }
  return byCode;
});

const RELEASE = /^REL(?: TO)? (.+)$/;

/** A single mark or control (`C`, `SBU/N`, `NF`, `REL TO`), or null. */
export function lookupPortionMark(code: string): PortionMarkRecord | null {
  return table().get(normalizeCode(code)) ?? null;
}

/** A country or organization code of a release list: `AUS`, `GBR`, `NATO`, `FVEY`. */
const RELEASE_CODE = /^[A-Z]{2,4}$/;

/**
 * The parts of the text inside a portion mark's parentheses: `S//FGI//NF` → `S`, `FGI`, `NF`;
 * a listed whole (`SBU/N`) stays one part; unknown parts (`CNF`) have a null mark. The countries of
 * a release list are written with commas or slashes (`S/REL TO NATO/AUS`): codes after `REL` that
 * are no listed control belong to its list.
 */
export function describePortionMark(text: string): readonly PortionMarkPart[] {
  const normalized = normalizeCode(text);
  const byCode = table();
  const whole = byCode.get(normalized);
  if (whole !== undefined) return Object.freeze([Object.freeze({ text: normalized, mark: whole, argument: null })]);
  const parts: PortionMarkPart[] = [];
  for (const part of normalized.split(/\/{1,2}/)) {
    const trimmed = part.trim();
    const listed = byCode.get(trimmed);
    const release = RELEASE.exec(trimmed);
    const rel = release === null ? undefined : byCode.get('REL TO');
    const before = parts[parts.length - 1];
    if (listed === undefined && rel === undefined && before?.argument != null && trimmed.split(/\s*,\s*/).every((code) => RELEASE_CODE.test(code))) {
      parts[parts.length - 1] = { ...before, text: `${before.text}/${trimmed}`, argument: `${before.argument}/${trimmed}` };
      continue;
    }
    if (listed !== undefined) parts.push({ text: trimmed, mark: listed, argument: null });
    else parts.push({ text: trimmed, mark: rel ?? null, argument: rel === undefined || release === null ? null : release[1] });
  }
  return Object.freeze(parts.map((part) => Object.freeze(part)));
}

export function listPortionMarks(): readonly PortionMarkRecord[] {
  return [...table().values()];
}
