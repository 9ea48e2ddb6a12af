// Lint throughput over the corpus (cables linted one by one, as `cable lint` does), beside the
// parse alone for scale; and edit-to-diagnostics latency through the real server process for a
// 100 KB and a 5 MB cable. Targets: lint at least 20 MB/s; p95 latency at most 16 ms (100 KB) and
// 100 ms (5 MB). Edits are sent at a typing pace: each after the previous one's diagnostics and a
// pause longer than the server's 100 ms lint interval, so each measures a lint from idle; the first
// WARM_UP edits are not counted.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseCable } from '../server/src/parser';
import { lintCable } from '../server/src/rules/engine';
import { rules } from '../server/src/rules/registry';
import { LspClient } from '../test/helpers/lspClient';
import { corpusDir, corpusFiles } from '../test/helpers/paths';
import { largeCable } from './corpus';
import { mb, medianMs, percentile, row } from './measure';

export const title = 'Lint';

const EDITS = 30;
/** Edits sent first and not measured, so that the server's code is compiled as in a typing session. */
const WARM_UP = 10;
const PAUSE_MS = 150;

function throughput(): void {
  const texts = corpusFiles().map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const models = texts.map(parseCable);
  const parse = medianMs(() => texts.forEach((t) => parseCable(t)));
  const rulesOnly = medianMs(() => models.forEach((m) => lintCable(m)));
  const both = medianMs(() => texts.forEach((t) => lintCable(parseCable(t))));
  const rate = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  row('corpus', 'cables', 'size', 'rules', 'parse MB/s', 'rules on parsed models MB/s', 'parse + lint MB/s (target ≥ 20)');
  row('---', '---', '---', '---', '---', '---', '---');
  row('test/corpus/cables', texts.length, mb(bytes), rules.length, rate(parse), rate(rulesOnly), rate(both));
}

interface Published {
  uri: string;
  version?: number;
}

async function latency(label: string, text: string): Promise<void> {
  const client = await LspClient.start();
  const uri = `file:///bench/${label}.cable`;
  const waiting = new Map<number, () => void>();
  client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    if (p.uri === uri && p.version !== undefined) waiting.get(p.version)?.();
  });
  const published = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
  try {
    const opened = published(1);
    await client.open(uri, text);
    await opened;
    // Edits inside the last paragraph: type a character, then delete it, and so on.
    const line = text.split('\n').length - 3;
    const times: number[] = [];
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
      if (version >= 2 + WARM_UP) times.push(performance.now() - start);
    }
    row(label, mb(Buffer.byteLength(text)), EDITS, `${percentile(times, 50).toFixed(1)} ms`, `${percentile(times, 95).toFixed(1)} ms`);
  } finally {
    client.kill();
  }
}

export async function run(): Promise<void> {
  throughput();
  process.stdout.write('\n');
  row('edit → publishDiagnostics', 'size', 'edits', 'p50', 'p95 (target ≤ 16 ms / ≤ 100 ms)');
  row('---', '---', '---', '---', '---');
  await latency('100 KB cable', largeCable(100_000));
  await latency('5 MB cable', largeCable(5_000_000));
}
