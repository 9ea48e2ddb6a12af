// The files `cable lint` reads: each PATH that is a file, and inside each folder (recursively) the
// `*.cable` files and the `*.txt` files that begin like a cable (parser/detect.ts: its first non-blank
// lines open a header, a banner or a dateline, after what publishers put before a cable).
// Notes that merely quote a header further down are not cables; they are linted when named.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { beginsLikeCable } from '../index';
import { cannotRead } from '../node/fileErrors';

/** How much of a `.txt` file is read to tell whether it begins like a cable: its first lines. */
const SNIFF_BYTES = 4096;

/** Folders never walked: version control and installed packages hold no cables of the user's. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export interface Inputs {
  readonly files: string[];
  /** PATHs that could not be read, with the reason. */
  readonly errors: string[];
  /** Entries of the folders walked that were passed over: links, and `.txt` files that are not cables. */
  readonly skipped: Array<{ readonly path: string; readonly reason: SkipReason }>;
}

export type SkipReason = 'symbolic link not followed' | 'not a cable';

export async function collectInputs(paths: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const errors: string[] = [];
  const skipped: Inputs['skipped'] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      errors.push(cannotRead(p, error));
      continue;
    }
    if (stat.isDirectory()) files.push(...(await walk(p, skipped)));
    else files.push(p);
  }
  return { files, errors, skipped };
}

async function walk(dir: string, skipped: Inputs['skipped']): Promise<string[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...(await walk(file, skipped)));
    } else if (entry.isSymbolicLink()) {
      skipped.push({ path: file, reason: 'symbolic link not followed' });
    } else if (entry.isFile() && (entry.name.endsWith('.cable') || (entry.name.endsWith('.txt') && (await textBeginsLikeCable(file))))) {
      found.push(file);
    } else if (entry.isFile() && entry.name.endsWith('.txt')) {
      skipped.push({ path: file, reason: 'not a cable' });
    }
  }
  return found;
}

async function textBeginsLikeCable(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    // Up to the last full line, so that a word cut in two does not decide.
    const text = head.toString('utf8');
    const lastBreak = bytesRead === SNIFF_BYTES ? text.lastIndexOf('\n') : -1;
    return beginsLikeCable(lastBreak > 0 ? text.slice(0, lastBreak) : text);
  } finally {
    await handle.close();
  }
}
