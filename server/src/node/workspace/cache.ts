// The index saved in the client's workspace storage folder, so that a second start reads only the
// files that changed: one JSON line a file (its path, size, modification time, and its entry, or
// why it is no cable), after a first line naming the format. A line that does not parse is dropped;
// a cache of another format is ignored. Written to a temporary file, then renamed over the old one.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { FileKey, SkipReason } from './files';
import type { IndexedCable, Range } from './core';

/** Bump when the scanner reads cables differently: old caches are then read afresh. */
const FORMAT = 'cable-workspace-index 2';
export const CACHE_FILE = 'cable-workspace-index.jsonl';
/** Lines parsed (or written) between two yields, so that requests are answered while a large cache loads or is saved. */
const SLICE = 5000;

export interface CachedFile {
  readonly key: FileKey;
  /** The entry, or null for a file that is no cable (and why). */
  readonly cable: IndexedCable | null;
  readonly skipped?: SkipReason;
}

/**
 * A line: `[path, size, mtime, reason]` for a file that is no cable, else `[path, size, mtime, null,
 * id, target, date, post, classification, subject, tags, summary, refs]`, ranges as four numbers
 * and each REF id as `[letter, item, written, ids, range]`: arrays, not objects, make the file and
 * its parsing about half as large.
 */
type Range4 = [number, number, number, number];
type RefLine = [string | null, number, string, string[], Range4];
type CableLine = [string, number, number, null, string | null, Range4, string | null, string | null, string | null, string | null, string[], string | null, RefLine[]];
type Line = [string, number, number, SkipReason] | CableLine;

const range4 = (r: Range): Range4 => [r.start.line, r.start.character, r.end.line, r.end.character];
const range = (r: Range4): Range => ({ start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } });

function encode(file: string, f: CachedFile): Line {
  const c = f.cable;
  if (!c) return [file, f.key.size, f.key.mtime, f.skipped ?? 'not a cable'];
  const refs = c.refs.map((r): RefLine => [r.letter, r.item, r.written, [...r.ids], range4(r.range)]);
  return [file, f.key.size, f.key.mtime, null, c.id, range4(c.target), c.date, c.post, c.classification, c.subject, [...c.tags], c.summary, refs];
}

function decode(l: Line): [string, CachedFile] {
  const key = { size: l[1], mtime: l[2] };
  if (l[3] !== null) return [l[0], { key, cable: null, skipped: l[3] }];
  const [, , , , id, target, date, post, classification, subject, tags, summary, refs] = l;
  const cited = refs.map(([letter, item, written, ids, r]) => ({ letter, item, written, ids, range: range(r) }));
  const cable: IndexedCable = { id, target: range(target), date, post, classification, subject, tags, summary, refs: cited };
  return [l[0], { key, cable }];
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
      const [file, cached] = decode(JSON.parse(lines[i]) as Line);
      files.set(file, cached);
    } catch {
      // A line cut short by a crash, or not of this shape: that file is read again.
    }
  }
  return files;
}

export async function saveCache(folder: string, files: ReadonlyMap<string, CachedFile>): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  const parts = [JSON.stringify({ format: FORMAT })];
  for (const [p, f] of files) {
    if (parts.length % SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    parts.push(JSON.stringify(encode(p, f)));
  }
  const target = path.join(folder, CACHE_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temporary, parts.join('\n') + '\n');
  await fs.rename(temporary, target);
}
