// Edit-to-diagnostics latency through a running server, shared by the lint and web benches: edits
// are sent at a typing pace, each after the previous one's diagnostics and a pause longer than the
// server's 100 ms lint interval, so each measures a lint from idle; the first WARM_UP edits are not
// counted.

import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LspClient } from '../test/helpers/lspClient';

const EDITS = 30;
/** Edits sent first and not measured, so that the server's code is compiled as in a typing session. */
const WARM_UP = 10;
const PAUSE_MS = 150;

interface Published {
  uri: string;
  version?: number;
}

export interface EditLatency {
  /** From didOpen to the first diagnostics, ms. */
  readonly firstMs: number;
  /** From each measured didChange to its diagnostics, ms. */
  readonly editMs: readonly number[];
}

/** Opens `text` at `uri` and types into its last paragraph: a character in, then out, and so on. */
export async function editLatency(client: LspClient, uri: string, text: string): Promise<EditLatency> {
  const waiting = new Map<number, () => void>();
  client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    if (p.uri === uri && p.version !== undefined) waiting.get(p.version)?.();
  });
  const published = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
  const opened = published(1);
  const t0 = performance.now();
  await client.open(uri, text);
  await opened;
  const firstMs = performance.now() - t0;
  const line = text.split('\n').length - 3;
  const editMs: number[] = [];
  for (let version = 2; version < 2 + WARM_UP + EDITS; version++) {
    await sleep(PAUSE_MS);
    const insert = version % 2 === 0;
    const change = insert
      ? { range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: 'x' }
      : { range: { start: { line, character: 3 }, end: { line, character: 4 } }, text: '' };
    const done = published(version);
    const start = performance.now();
    await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    if (version >= 2 + WARM_UP) editMs.push(performance.now() - start);
  }
  return { firstMs, editMs };
}
