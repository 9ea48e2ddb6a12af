// A copy of the fixture workspace (test/fixtures/workspace) in a temporary folder, a server started
// on it with its index built, and positions found by the text written there rather than by number.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IndexStats as IndexerStats } from '../../server/src/index';
import { LspClient } from './lspClient';
import { fixturesDir } from './paths';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Location {
  uri: string;
  range: Range;
}
/** What `cable/workspaceIndex` answers: the indexer's stats and the server's state. */
export type IndexStats = IndexerStats & {
  state: string;
  builds: number;
  problems: string[];
  /** The cache is being written (after the index is ready). */
  saving: boolean;
};

/** A fresh copy of the fixture workspace; `remove` deletes it. */
export function copyWorkspace(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-workspace-'));
  fs.cpSync(path.join(fixturesDir, 'workspace'), dir, { recursive: true });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function uriOf(dir: string, name: string): string {
  return pathToFileURL(path.join(dir, name)).href;
}

/** Starts a server on `dir` (settings under `cable.workspace`, an optional storage folder) and waits for its index. */
export async function startOn(dir: string, options: { settings?: Record<string, unknown>; storage?: string } = {}): Promise<LspClient> {
  const client = await LspClient.start(
    options.storage ? { storageFolder: options.storage } : undefined,
    { window: { workDoneProgress: true }, workspace: { codeLens: { refreshSupport: true } } },
    { workspaceFolders: [dir], settings: { 'cable.workspace': options.settings ?? {} } },
  );
  await indexReady(client);
  return client;
}

/** The index's stats once its build `builds` is done and saved (or it is off). */
export async function indexReady(client: LspClient, builds = 1): Promise<IndexStats> {
  for (let tries = 0; tries < 600; tries++) {
    const stats = await client.request<IndexStats>('cable/workspaceIndex', null);
    if (stats.state === 'off' || (stats.state === 'ready' && stats.builds >= builds && !stats.saving)) return stats;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the workspace index was not built');
}

/** Waits until `check` passes (the server updates the index a little after a notification). */
export async function eventually(check: () => Promise<void>): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      return await check();
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Opens a cable of the workspace in the client; its uri. */
export async function openIn(client: LspClient, dir: string, name: string): Promise<string> {
  const uri = uriOf(dir, name);
  await client.open(uri, fs.readFileSync(path.join(dir, name), 'utf8'));
  return uri;
}

/** The position of the `occurrence`-th `token` on the first line of `name` that holds `line` (+ `offset` characters). */
export function at(dir: string, name: string, line: string | RegExp, token: string, offset = 0, occurrence = 1): Position {
  const lines = fs.readFileSync(path.join(dir, name), 'utf8').split(/\r\n|\r|\n/);
  const index = lines.findIndex((l) => (typeof line === 'string' ? l.includes(line) : line.test(l)));
  assert.ok(index >= 0, `${name}: no line holds ${line}`);
  let character = -1;
  for (let k = 0; k < occurrence; k++) character = lines[index].indexOf(token, character + 1);
  assert.ok(character >= 0, `${name}:${index + 1}: no ${token}`);
  return { line: index, character: character + offset };
}

/** `NAME:LINE` (1-based) of each location, for comparing with test/fixtures/workspace/LINKS.md. */
export function places(locations: readonly Location[] | null): string[] {
  return (locations ?? []).map((l) => `${decodeURIComponent(path.basename(l.uri))}:${l.range.start.line + 1}`).sort();
}
