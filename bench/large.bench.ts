// 50 MB cables through the real server process: time from didOpen to the first diagnostics, and
// the outline and folding requests that follow, with the number of items and the size of each
// answer; beside the round trip of an unhandled request sent right after didOpen (what merely
// reading the 50 MB message costs). Two inputs: the seed's paragraphs repeated (few diagnostics)
// and the corpus joined into one file (many of everything). The outline, folding and diagnostics are capped (see
// server/src/features/limits.ts), so their cost stops growing with the file.

import { performance } from 'node:perf_hooks';
import { CLASSIFICATION_MARKS_METHOD } from '../server/src/protocol';
import { LspClient } from '../test/helpers/lspClient';
import { corpusText, largeCable } from './corpus';
import { mb, row } from './measure';

export const title = 'A 50 MB cable';

const SIZE = 50_000_000;

interface Published {
  uri: string;
  diagnostics: unknown[];
}

async function measure(label: string, text: string): Promise<void> {
  process.stdout.write(`${label}: ${mb(Buffer.byteLength(text))}, ${text.split('\n').length} lines.\n\n`);
  const client = await LspClient.start();
  client.connection.onRequest('workspace/configuration', () => [null]);
  client.connection.onRequest('workspace/workspaceFolders', () => null);
  const uri = `file:///bench/${label.length}.cable`;
  try {
    const start = performance.now();
    const diagnostics = new Promise<{ at: number; count: number; bytes: number }>((resolve) =>
      client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
        if (p.uri === uri) resolve({ at: performance.now() - start, count: p.diagnostics.length, bytes: Buffer.byteLength(JSON.stringify(p)) });
      }),
    );
    await client.open(uri, text);
    await client.request('bench/unhandled', {}).catch(() => undefined);
    const read = performance.now() - start;
    const first = await diagnostics;

    row('step', 'time', 'items', 'answer size');
    row('---', '---', '---', '---');
    row('baseline: didOpen, then an unhandled request answered', `${read.toFixed(0)} ms`, '', '');
    row('didOpen → first publishDiagnostics', `${first.at.toFixed(0)} ms`, first.count, mb(first.bytes));
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', CLASSIFICATION_MARKS_METHOD]) {
      const t = performance.now();
      const result = await client.request<unknown[]>(method, { textDocument: { uri } });
      row(method, `${(performance.now() - t).toFixed(0)} ms`, result.length, mb(Buffer.byteLength(JSON.stringify(result))));
    }
  } finally {
    client.kill();
  }
  process.stdout.write('\n');
}

export async function run(): Promise<void> {
  await measure('The seed cable, its paragraphs repeated', largeCable(SIZE));
  const corpus = corpusText(1);
  await measure('The corpus joined into one file', corpusText(Math.ceil(SIZE / Buffer.byteLength(corpus))));
}
