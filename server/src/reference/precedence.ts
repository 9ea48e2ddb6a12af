import type { Precedence } from '../model/cable';
import { PRECEDENCE_RANK } from '../model/cable';
import { table as precedenceTable } from './data/precedence';
import { lazyTable } from './tables';
import { normalizeCode, optional } from './types';

/** Where a precedence is written: FL2 prosign `PP`, FL5 letter `P`, or an addressee's word `PRIORITY`. */
export type PrecedenceForm = 'prosign' | 'letter' | 'word';

export interface PrecedenceRecord {
  readonly code: string;
  readonly form: PrecedenceForm;
  readonly precedence: Precedence;
  readonly meaning: string;
  readonly source: string;
  readonly notes: string | null;
}

const FORMS: readonly string[] = ['prosign', 'letter', 'word'];

const table = lazyTable(precedenceTable, ['code', 'kind', 'precedence', 'meaning', 'source', 'notes'], (rows) => {
  const byCode = new Map<string, PrecedenceRecord>();
  for (const [code, form, precedence, meaning, source, notes] of rows) {
    if (!FORMS.includes(form)) throw new Error(`precedence.tsv: unknown kind "${form}" for ${code}`);
    if (!(precedence in PRECEDENCE_RANK)) throw new Error(`precedence.tsv: unknown precedence "${precedence}"`);
    byCode.set(
      code,
      Object.freeze({
        code,
        form: form as PrecedenceForm,
        precedence: precedence as Precedence,
        meaning,
        source,
        notes: optional(notes),
      }),
    );
  }
  return byCode;
});

/** A precedence prosign (`OO`), letter (`O`) or word (`NIACT IMMEDIATE`), or null. */
export function lookupPrecedence(code: string): PrecedenceRecord | null {
  return table().get(normalizeCode(code)) ?? null;
}

export function listPrecedences(form?: PrecedenceForm): readonly PrecedenceRecord[] {
  return [...table().values()].filter((record) => form === undefined || record.form === form);
}
