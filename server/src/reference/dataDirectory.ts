import { existsSync } from 'node:fs';
import path from 'node:path';

// The tables live in server/data. The code that reads them runs from the esbuild bundles
// (server/dist), from the tsc output (out/server/src/reference) and from an installed extension,
// so the folder is searched for upwards instead of being addressed by a fixed relative path.
const MARKER = 'tags.tsv';

let found: string | undefined;

/** The folder holding the reference tables, found once from this module's location. */
export function dataDirectory(): string {
  found ??= findDataDirectory(__dirname);
  return found;
}

/** The nearest `data/` or `server/data/` folder holding `tags.tsv`, at `start` or above it. */
export function findDataDirectory(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'data'), path.join(dir, 'server', 'data')]) {
      if (existsSync(path.join(candidate, MARKER))) return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`Reference data (data/${MARKER}) not found in ${start} or any folder above it`);
    }
  }
}
