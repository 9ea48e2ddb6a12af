// Reading one file for the index, whatever it holds: the first HEAD_BYTES only (a huge file is never
// loaded whole), binary and empty files set aside, a `.txt` (or a name mapped to cable) kept only when
// it begins like a cable, a file that vanished or cannot be read reported, never thrown.

import * as fs from 'node:fs';
import { cannotRead } from '../fileErrors';
import { beginsLikeCable, scanCable, type IndexedCable } from './core';

/** What is read of each file: the front matter and paragraph 1 are far shorter. */
export const HEAD_BYTES = 64 * 1024;
/** Where a NUL byte marks a file as binary. */
const SNIFF_BYTES = 4096;
/** One buffer for every read of a thread: a scan keeps nothing of it. */
let readBuffer: Buffer | null = null;

/** What the cache compares to tell whether a file changed. */
export interface FileKey {
  readonly size: number;
  readonly mtime: number;
}

export type SkipReason = 'empty' | 'binary' | 'not a cable';

export type FileOutcome =
  | { readonly kind: 'cable'; readonly key: FileKey; readonly cable: IndexedCable }
  | { readonly kind: 'skipped'; readonly key: FileKey; readonly reason: SkipReason }
  | { readonly kind: 'unreadable'; readonly message: string }
  /** Gone (deleted since it was listed): dropped without a word. */
  | { readonly kind: 'missing' };

/** `.cable` files are cables; other names only when their text begins like one. */
export function isCableName(file: string): boolean {
  return file.toLowerCase().endsWith('.cable');
}

export function fileKey(stat: fs.Stats): FileKey {
  return { size: stat.size, mtime: Math.floor(stat.mtimeMs) };
}

export function sameKey(a: FileKey | undefined, b: FileKey): boolean {
  return !!a && a.size === b.size && a.mtime === b.mtime;
}

/** Reads and scans a file (synchronously: in a worker thread, or for a handful of files). */
export function indexFile(file: string): FileOutcome {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', message: cannotRead(file, error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { kind: 'unreadable', message: `${file}: cannot read: not a file` };
    const key = fileKey(stat);
    if (stat.size === 0) return { kind: 'skipped', key, reason: 'empty' };
    readBuffer ??= Buffer.allocUnsafe(HEAD_BYTES);
    const buffer = readBuffer;
    const bytes = fs.readSync(fd, buffer, 0, Math.min(stat.size, HEAD_BYTES), 0);
    const head = buffer.subarray(0, bytes);
    if (head.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'skipped', key, reason: 'binary' };
    let text = head.toString('utf8');
    // A head cut short ends at its last full line, not in a word or a character.
    if (bytes < stat.size) text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
    if (!isCableName(file) && !beginsLikeCable(text)) return { kind: 'skipped', key, reason: 'not a cable' };
    return { kind: 'cable', key, cable: scanCable(text, file) };
  } catch (error) {
    return { kind: 'unreadable', message: cannotRead(file, error) };
  } finally {
    fs.closeSync(fd);
  }
}
