// The files of the workspace folders that may be cables: `*.cable`, `*.txt`, and names mapped to
// cable in `files.associations`. Version control and installed packages are never walked, nor what
// `cable.workspace.exclude` names. Symbolic links are not followed (as `cable lint` does not), so a
// link loop cannot trap the walk; a folder that cannot be read is passed over.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { matchesAny } from './glob';

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export interface WalkOptions {
  /** Globs relative to a workspace folder (`cable.workspace.exclude`). */
  readonly exclude: readonly string[];
  /** Globs of `files.associations` mapped to cable. */
  readonly associations: readonly string[];
}

/** Whether a file of a workspace folder is one to index (by its name; its text decides later). */
export function isCandidate(relative: string, options: WalkOptions): boolean {
  const lower = relative.toLowerCase();
  if (!(lower.endsWith('.cable') || lower.endsWith('.txt') || matchesAny(relative, options.associations))) return false;
  return !relative.split('/').some((part) => SKIPPED_FOLDERS.has(part)) && !matchesAny(relative, options.exclude);
}

/** Every candidate file under `folder`, as absolute paths, in name order. */
export async function walkFolder(folder: string, options: WalkOptions, cancelled: () => boolean = () => false): Promise<string[]> {
  const found: string[] = [];
  const pending = [''];
  for (let relativeDir = pending.pop(); relativeDir !== undefined && !cancelled(); relativeDir = pending.pop()) {
    let entries;
    try {
      entries = await fs.readdir(path.join(folder, relativeDir), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const entry of entries) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !matchesAny(relative, options.exclude) && !matchesAny(`${relative}/`, options.exclude)) pending.push(relative);
      } else if (entry.isFile() && isCandidate(relative, options)) found.push(path.join(folder, relative));
    }
  }
  return found.sort();
}
