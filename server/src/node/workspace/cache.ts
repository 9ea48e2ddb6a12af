// The index saved in the client's workspace storage folder, so that a second start reads only the
// files that changed: one JSON line a file (its path, size, modification time, and its entry, or
// why it is no cable), after a first line naming the format. A line that does not parse is dropped;
// a cache of another format is ignored. Written to a temporary file, then renamed over the old one.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { FileKey, SkipReason } from './files';
import type { IndexedCable } from './core';

/** Bump when the scanner reads cables differently: old caches are then read afresh. */
const FORMAT = 'cable-workspace-index 1';
export const CACHE_FILE = 'cable-workspace-index.jsonl';
/** Lines parsed (or written) between two yields, so that requests are answered while a large cache loads or is saved. */
const SLICE = 5000;

export interface CachedFile {
  readonly key: FileKey;
  /** The entry, or null for a file that is no cable (and why). */
  readonly cable: IndexedCable | null;
  readonly skipped?: SkipReason;
}

interface Line {
  readonly p: string;
  readonly s: number;
  readonly m: number;
  readonly c: IndexedCable | null;
  readonly r?: SkipReason;
}

/** The cached files by path; empty when there is no usable cache. */
export async function loadCache(folder: string): Promise<Map<string, CachedFile>> {
  const files = new Map<string, CachedFile>();
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, CACHE_FILE), 'utf8');
  } catch {
    return files;
  }
  const lines = text.split('\n');
  if (lines[0] !== JSON.stringify({ format: FORMAT })) return files;
  for (let i = 1; i < lines.length; i++) {
    if (i % SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    if (!lines[i]) continue;
    try {
      const l = JSON.parse(lines[i]) as Line;
      if (typeof l.p === 'string' && typeof l.s === 'number' && typeof l.m === 'number') files.set(l.p, { key: { size: l.s, mtime: l.m }, cable: l.c ?? null, skipped: l.r });
    } catch {
      // A line cut short by a crash: that file is read again.
    }
  }
  return files;
}

export async function saveCache(folder: string, files: ReadonlyMap<string, CachedFile>): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  const parts = [JSON.stringify({ format: FORMAT })];
  for (const [p, f] of files) {
    if (parts.length % SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    parts.push(JSON.stringify({ p, s: f.key.size, m: f.key.mtime, c: f.cable, ...(f.skipped ? { r: f.skipped } : {}) } satisfies Line));
  }
  const target = path.join(folder, CACHE_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temporary, parts.join('\n') + '\n');
  await fs.rename(temporary, target);
}
