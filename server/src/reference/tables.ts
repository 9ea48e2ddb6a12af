// The reference tables, each read from its bundled lines and indexed on the first lookup that needs
// it, and kept until unloaded. The registry tells which are loaded (for tests of laziness and for the
// benchmark, which measures their load time and memory).

import { readTsv, type TableSource } from './tsv';

/** What is known about one reference table. */
export interface TableStatus {
  readonly file: string;
  readonly loaded: boolean;
  /** How many times the table has been parsed since the process started. */
  readonly loads: number;
  /** Data rows of the table at the last load (0 before the first). */
  readonly rows: number;
}

interface RegisteredTable {
  status(): TableStatus;
  load(): void;
  unload(): void;
}

const registry: RegisteredTable[] = [];

/**
 * A table read from its bundled `source` on the first call, built into its indexes by `build`, and
 * kept until `unloadReferenceTables`. The rows handed to `build` hold the fields named by `columns`,
 * in that order.
 */
export function lazyTable<T>(source: TableSource, columns: readonly string[], build: (rows: readonly (readonly string[])[]) => T): () => T {
  let value: T | undefined;
  let loads = 0;
  let rows = 0;
  const get = (): T => {
    if (value === undefined) {
      const parsed = readTsv(source, columns);
      value = build(parsed);
      rows = parsed.length;
      loads++;
    }
    return value;
  };
  registry.push({
    status: () => ({ file: source.file, loaded: value !== undefined, loads, rows }),
    load: get,
    unload: () => {
      value = undefined;
    },
  });
  return get;
}

/** The status of every reference table, in the order the modules defined them. */
export function referenceTables(): readonly TableStatus[] {
  return registry.map((table) => table.status());
}

/** Loads every table now (e.g. before measuring, or to warm a server up). */
export function loadReferenceTables(): void {
  for (const table of registry) table.load();
}

/** Drops every loaded table; the next lookup reads its file again. */
export function unloadReferenceTables(): void {
  for (const table of registry) table.unload();
}
