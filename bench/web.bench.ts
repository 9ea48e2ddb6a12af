// The language server in a browser (server/dist/browserServer.js in a Web Worker of headless
// Chromium, as the protocol tests run it) beside the same server over stdio (a Node process): the
// time from start to the first diagnostics of the seed cable, and edit-to-diagnostics latency on
// it (editLatency.ts). The worker's messages cross Chromium's DevTools protocol to reach this
// process, which a real web client does not pay: the worker figures are an upper bound. Printed
// with the sizes of the web extension's bundles.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeBrowserWorkers } from '../test/helpers/browserWorker';
import { LspClient, type Transport } from '../test/helpers/lspClient';
import { repoRoot, seedCable } from '../test/helpers/paths';
import { editLatency } from './editLatency';
import { mb, percentile, row } from './measure';

export const title = 'Web: the server in a browser worker beside stdio';

const STARTS = 5;

/** Start + initialize + didOpen until the first diagnostics; and the edits' latency, on the last server. */
async function measure(over: Transport, seed: string): Promise<void> {
  const starts: number[] = [];
  let edits: readonly number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    const client = await LspClient.start(undefined, {}, { over });
    const startMs = performance.now() - t0;
    try {
      const latency = await editLatency(client, `file:///bench/seed-${i}.cable`, seed);
      starts.push(startMs + latency.firstMs);
      if (i === STARTS - 1) edits = latency.editMs;
    } finally {
      client.kill();
    }
  }
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  row(over, ms(starts[0]), ms(percentile(starts.slice(1), 50)), edits.length, ms(percentile(edits, 50)), ms(percentile(edits, 95)));
}

export async function run(): Promise<void> {
  const seed = fs.readFileSync(seedCable, 'utf8');
  const size = (file: string) => mb(fs.statSync(path.join(repoRoot, file)).size);
  process.stdout.write(`Bundles: server/dist/browserServer.js ${size('server/dist/browserServer.js')}, client/dist/browserExtension.js ${size('client/dist/browserExtension.js')}`);
  process.stdout.write(` (Node: server/dist/server.js ${size('server/dist/server.js')}, client/dist/extension.js ${size('client/dist/extension.js')}).\n`);
  process.stdout.write(`Seed cable ${mb(Buffer.byteLength(seed))}; the first worker start includes launching Chromium.\n\n`);
  row('transport', 'first start → first diagnostics', `next ${STARTS - 1} starts, median`, 'edits', 'edit → diagnostics p50', 'p95');
  row('---', '---', '---', '---', '---', '---');
  try {
    await measure('stdio', seed);
    await measure('worker', seed);
  } finally {
    await closeBrowserWorkers();
  }
}
