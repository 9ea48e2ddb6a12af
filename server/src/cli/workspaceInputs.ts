// What `cable index` and `cable refs` read: each PATH that is a file, and in each folder the files
// the editor's index would take (server/src/node/workspace/walk.ts), read and scanned on every core
// when there are many (worker threads). A PATH or file that cannot be read, and a named file that is
// not a cable, are errors; a folder's file that is not a cable is passed over.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cannotRead } from '../node/fileErrors';
import { fileUri } from '../node/workspace/indexer';
import { runJobs } from '../node/workspace/pool';
import { walkFolder } from '../node/workspace/walk';
import { WorkspaceIndex, type IndexedCable, type LintWorkspace } from '../index';

export interface IndexedFile {
  readonly file: string;
  readonly cable: IndexedCable;
}

export interface WorkspaceInputs {
  /** The cables, in the order of the PATHs (folders in name order). */
  readonly cables: IndexedFile[];
  readonly index: WorkspaceIndex;
  readonly errors: string[];
}

export async function readWorkspace(paths: readonly string[]): Promise<WorkspaceInputs> {
  const errors: string[] = [];
  const files: Array<{ file: string; named: boolean }> = [];
  for (const p of paths) {
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) files.push(...(await walkFolder(path.resolve(p), { exclude: [], associations: [] })).map((file) => ({ file, named: false })));
      else files.push({ file: path.resolve(p), named: true });
    } catch (error) {
      errors.push(cannotRead(p, error));
    }
  }
  const found = new Map<string, IndexedCable>();
  const named = new Set(files.filter((f) => f.named).map((f) => f.file));
  await runJobs(
    files.map((f) => ({ file: f.file })),
    (job, result) => {
      if (result.kind === 'cable') found.set(job.file, result.cable);
      else if (result.kind === 'unreadable') errors.push(result.message);
      else if (result.kind === 'missing') errors.push(`${job.file}: cannot read: no such file or directory`);
      else if (result.kind === 'skipped' && named.has(job.file)) errors.push(`${job.file}: not a cable (${result.reason === 'not a cable' ? 'it does not begin like one' : `${result.reason} file`})`);
    },
  );
  const index = new WorkspaceIndex();
  const cables = files.flatMap((f) => {
    const cable = found.get(f.file);
    if (!cable) return [];
    index.set(fileUri(f.file), cable);
    return [{ file: path.relative(process.cwd(), f.file) || f.file, cable }];
  });
  return { cables, index, errors };
}

/**
 * What `cable lint` knows of the workspace its files make (R2): for each file, its id and the other
 * files with that id, as paths from the current folder. The files are scanned as `cable index` does.
 */
export async function lintWorkspaces(files: readonly string[]): Promise<(file: string) => LintWorkspace | undefined> {
  if (files.length < 2) return () => undefined;
  const { index } = await readWorkspace(files);
  const shown = (uri: string) => path.relative(process.cwd(), fileURLToPath(uri)) || fileURLToPath(uri);
  return (file) => {
    const uri = fileUri(path.resolve(file));
    const id = index.get(uri)?.id ?? null;
    return { id, sameId: id ? index.filesOf(id).flatMap((e) => (e.uri === uri ? [] : [shown(e.uri)])) : [] };
  };
}
