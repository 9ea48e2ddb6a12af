// Lint throughput over the corpus (cables linted one by one, as `cable lint` does), beside the
// parse alone for scale; and edit-to-diagnostics latency through the real server process for a
// 100 KB and a 5 MB cable. Targets: lint at least 20 MB/s; p95 latency at most 16 ms (100 KB) and
// 100 ms (5 MB). Edits are sent at a typing pace (editLatency.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable } from '../server/src/parser';
import { lintCable } from '../server/src/rules/engine';
import { rules } from '../server/src/rules/registry';
import { LspClient } from '../test/helpers/lspClient';
import { corpusDir, corpusFiles } from '../test/helpers/paths';
import { largeCable } from './corpus';
import { editLatency } from './editLatency';
import { mb, medianMs, percentile, row } from './measure';

export const title = 'Lint';

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

async function latency(label: string, text: string): Promise<void> {
  const client = await LspClient.start();
  try {
    const { editMs } = await editLatency(client, `file:///bench/${label}.cable`, text);
    row(label, mb(Buffer.byteLength(text)), editMs.length, `${percentile(editMs, 50).toFixed(1)} ms`, `${percentile(editMs, 95).toFixed(1)} ms`);
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
