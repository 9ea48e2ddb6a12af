// Requests during a burst of edits, through the real server process: the seed cable is typed into
// (one character per edit) while the client asks, after every edit, for the outline, the folding
// ranges and the classification marks, without waiting for the answers, as an editor does. Counts
// the answers that were ContentModified ("the document changed") and the documentSymbol latency,
// at three paces, beside an unhandled request's round trip. Target: documentSymbol p50 well under
// 20 ms, and no ContentModified for a request whose document had not changed when it was read.

import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLASSIFICATION_MARKS_METHOD } from '../server/src/protocol';
import { LspClient } from '../test/helpers/lspClient';
import { seedCable } from '../test/helpers/paths';
import { percentile, row } from './measure';

export const title = 'Requests while typing';

const EDITS = 130;
const REQUESTS = ['textDocument/documentSymbol', 'textDocument/foldingRange', CLASSIFICATION_MARKS_METHOD];
const CONTENT_MODIFIED = -32801;

async function burst(text: string, paceMs: number): Promise<void> {
  const client = await LspClient.start();
  client.connection.onRequest('workspace/configuration', () => [null]);
  client.connection.onRequest('workspace/workspaceFolders', () => null);
  const uri = `file:///bench/typing-${paceMs}.cable`;
  try {
    await client.open(uri, text);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const line = text.split('\n').findIndex((l) => l.startsWith('¶4.'));
    const symbolTimes: number[] = [];
    let modified = 0;
    const answers: Array<Promise<void>> = [];
    for (let k = 0; k < EDITS; k++) {
      const character = 10 + k;
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version: k + 2 },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
      });
      for (const method of REQUESTS) {
        const start = performance.now();
        answers.push(
          client.request(method, { textDocument: { uri } }).then(
            () => void (method === REQUESTS[0] && symbolTimes.push(performance.now() - start)),
            (error: { code?: number }) => {
              if (error.code !== CONTENT_MODIFIED) throw error;
              modified++;
            },
          ),
        );
      }
      if (paceMs > 0) await sleep(paceMs);
    }
    await Promise.all(answers);
    const baseline: number[] = [];
    for (let k = 0; k < 50; k++) {
      const start = performance.now();
      await client.request('bench/unhandled', {}).catch(() => undefined);
      baseline.push(performance.now() - start);
    }
    const pace = paceMs > 0 ? `an edit every ${paceMs} ms` : 'all edits at once';
    row(pace, EDITS * REQUESTS.length, modified, symbolTimes.length, `${percentile(symbolTimes, 50).toFixed(1)} ms`, `${percentile(symbolTimes, 95).toFixed(1)} ms`, `${percentile(baseline, 50).toFixed(2)} ms`);
  } finally {
    client.kill();
  }
}

export async function run(): Promise<void> {
  const text = fs.readFileSync(seedCable, 'utf8');
  process.stdout.write(`The seed cable (${text.split('\n').length} lines), ${EDITS} edits, ${REQUESTS.length} requests after each.\n\n`);
  row('pace', 'requests', 'ContentModified', 'outlines answered', 'documentSymbol p50', 'p95', 'baseline: unhandled request p50');
  row('---', '---', '---', '---', '---', '---', '---');
  for (const pace of [30, 5, 0]) await burst(text, pace);
}
