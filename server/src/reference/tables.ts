import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataDirectory } from './dataDirectory';
import { readTsv } from './tsv';

/** What is known about one reference table: for tests of laziness and for the benchmark. */
export interface TableStatus {
  readonly file: string;
  readonly loaded: boolean;
  /** How many times the file has been parsed since the process started. */
  readonly loads: number;
  /** Data rows of the file at the last load (0 before the first). */
  readonly rows: number;
  /** Milliseconds the last load took (reading, parsing and indexing). */
  readonly loadMilliseconds: number;
}

interface RegisteredTable {
  status(): TableStatus;
  load(): void;
  unload(): void;
}

const registry: RegisteredTable[] = [];

/**
 * A table read from `file` in the data folder on the first call, built into its indexes by
 * `build`, and kept until `unloadReferenceTables`. The rows handed to `build` hold the fields named
 * by `columns`, in that order.
 */
export function lazyTable<T>(
  file: string,
  columns: readonly string[],
  build: (rows: readonly (readonly string[])[]) => T,
): () => T {
  let value: T | undefined;
  let loads = 0;
  let rows = 0;
  let loadMilliseconds = 0;
  const get = (): T => {
    if (value === undefined) {
      const started = performance.now();
      const parsed = readTsv(path.join(dataDirectory(), file), columns);
      value = build(parsed);
      loadMilliseconds = performance.now() - started;
      rows = parsed.length;
      loads++;
    }
    return value;
  };
  registry.push({
    status: () => ({ file, loaded: value !== undefined, loads, rows, loadMilliseconds }),
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

/**
 * Heap bytes the loaded tables take: all tables are dropped, `collectGarbage` is run (pass
 * `global.gc` of a process started with --expose-gc), then all are loaded and garbage collected
 * again, so that only the kept indexes are counted and not the parsing garbage.
 */
export function measureReferenceMemory(collectGarbage: () => void): number {
  unloadReferenceTables();
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  loadReferenceTables();
  collectGarbage();
  return process.memoryUsage().heapUsed - before;
}
