// What the reference tables cost: the heap their indexes keep and the time to read them all, from
// their bundled lines. Measured here, not in the language service, which has no clock or heap to read.

import { performance } from 'node:perf_hooks';
import { loadReferenceTables, unloadReferenceTables } from '../server/src/reference';

export interface ReferenceCost {
  /** Heap bytes kept after loading, or null without a garbage collector to call. */
  readonly heap: number | null;
  readonly loadMilliseconds: number;
}

/**
 * All tables are dropped, `collectGarbage` is run (pass `global.gc` of a process started with
 * --expose-gc), then all are loaded (timed) and garbage collected again, so that only the kept
 * indexes are counted and not the parsing garbage.
 */
export function measureReferenceTables(collectGarbage?: () => void): ReferenceCost {
  unloadReferenceTables();
  collectGarbage?.();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  loadReferenceTables();
  const loadMilliseconds = performance.now() - started;
  collectGarbage?.();
  return { heap: collectGarbage ? process.memoryUsage().heapUsed - before : null, loadMilliseconds };
}
