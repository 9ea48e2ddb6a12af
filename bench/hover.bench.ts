// Hover on a 5 MB cable: latency over many positions with the model cached and for the first
// request after an edit (parse + hover), in process and through the real server process, beside
// an unhandled request's round trip for scale; completion on the TAGS line; and the memory and
// load time of the reference tables (`node --expose-gc`, as `npm run bench` runs it).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService, type TextDocumentLike } from '../server/src/languageService';
import type { Position } from '../server/src/model/range';
import { referenceTables } from '../server/src/reference';
import { LspClient } from '../test/helpers/lspClient';
import { largeCable } from './corpus';
import { mb, percentile, row } from './measure';
import { measureReferenceTables } from './referenceMemory';

const DATA = path.join(__dirname, '..', '..', 'server', 'data');

export const title = 'Hover, completion and reference data';

const SIZE = 5_000_000;
const RANDOM_POSITIONS = 1500;
const FIRST_REQUESTS = 5;
const PROTOCOL_POSITIONS = 500;

/** A fixed sequence of pseudo-random numbers in [0, 1), so that every run hovers the same places. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Every token of the header and front matter, each paragraph's number and mark, and random places. */
function positions(text: string): Position[] {
  const lines = text.split('\n');
  const out: Position[] = [];
  for (let line = 0; line < 27; line++) {
    for (const m of lines[line].matchAll(/\S+/g)) out.push({ line, character: m.index ?? 0 });
  }
  for (let line = 27; line < lines.length; line++) {
    if (/^\d+\. \(/.test(lines[line])) out.push({ line, character: 0 }, { line, character: lines[line].indexOf('(') + 1 });
  }
  const next = random(861);
  for (let k = 0; k < RANDOM_POSITIONS; k++) {
    const line = Math.floor(next() * lines.length);
    out.push({ line, character: Math.floor(next() * (lines[line].length + 1)) });
  }
  return out;
}

function summary(times: readonly number[]): string[] {
  return [String(times.length), `${percentile(times, 50).toFixed(3)} ms`, `${percentile(times, 95).toFixed(3)} ms`, `${Math.max(...times).toFixed(2)} ms`];
}

function inProcess(text: string, places: readonly Position[]): void {
  const service = createLanguageService();
  let version = 0;
  const fresh = (): TextDocumentLike => ({ uri: 'bench://hover.cable', version: ++version, getText: () => text });
  const document = fresh();
  service.hover(document, places[0]);
  const cached: number[] = [];
  let answered = 0;
  for (const position of places) {
    const start = performance.now();
    if (service.hover(document, position)) answered++;
    cached.push(performance.now() - start);
  }
  const first: number[] = [];
  for (let k = 0; k < FIRST_REQUESTS; k++) {
    const changed = fresh();
    const start = performance.now();
    service.hover(changed, places[k]);
    first.push(performance.now() - start);
  }
  const baseline: number[] = [];
  const lines = text.split('\n');
  for (const position of places) {
    const start = performance.now();
    lines[position.line].slice(position.character, position.character + 8);
    baseline.push(performance.now() - start);
  }
  row('in process', 'positions', 'p50', 'p95', 'max');
  row('---', '---', '---', '---', '---');
  row(`hover, model cached (${answered} with a hover)`, ...summary(cached));
  row('first hover after an edit (parse + hover)', ...summary(first));
  row('baseline: slice of the line at the position', ...summary(baseline));

  const tagsLine = lines.findIndex((l) => l.startsWith('TAGS'));
  const completion: number[] = [];
  let items = 0;
  for (let k = 0; k < 20; k++) {
    const start = performance.now();
    items = service.completions(document, { line: tagsLine, character: lines[tagsLine].length }, new Date()).items.length;
    completion.push(performance.now() - start);
  }
  const size = Buffer.byteLength(JSON.stringify(service.completions(document, { line: tagsLine, character: lines[tagsLine].length }, new Date())));
  row(`completion at the end of the TAGS line (${items} items, ${mb(size)} of JSON)`, ...summary(completion));
}

async function throughServer(text: string, places: readonly Position[]): Promise<void> {
  const client = await LspClient.start();
  const uri = 'file:///bench/hover.cable';
  try {
    await client.open(uri, text);
    const hover = (position: Position) => client.request('textDocument/hover', { textDocument: { uri }, position });
    await hover(places[0]);
    const step = Math.max(1, Math.floor(places.length / PROTOCOL_POSITIONS));
    const cached: number[] = [];
    for (let k = 0; k < places.length; k += step) {
      const start = performance.now();
      await hover(places[k]);
      cached.push(performance.now() - start);
    }
    const first: number[] = [];
    for (let version = 2; version < 2 + FIRST_REQUESTS; version++) {
      // An edit in the last paragraph: the next hover parses the new version.
      const line = text.split('\n').length - 3;
      await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: 'x' }] });
      const start = performance.now();
      await hover(places[version]);
      first.push(performance.now() - start);
    }
    const baseline: number[] = [];
    for (let k = 0; k < cached.length; k++) {
      const start = performance.now();
      await client.request('bench/unhandled', {}).catch(() => undefined);
      baseline.push(performance.now() - start);
    }
    process.stdout.write('\n');
    row('through the server (stdio)', 'requests', 'p50', 'p95', 'max');
    row('---', '---', '---', '---', '---');
    row('hover, model cached', ...summary(cached));
    row('first hover after an edit (parse + hover)', ...summary(first));
    row('baseline: round trip of an unhandled request', ...summary(baseline));
  } finally {
    client.kill();
  }
}

function referenceData(): void {
  process.stdout.write('\n');
  const gc = (globalThis as { gc?: () => void }).gc;
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.tsv'));
  const onDisk = files.reduce((n, f) => n + fs.statSync(path.join(DATA, f)).size, 0);
  const { heap, loadMilliseconds: load } = measureReferenceTables(gc);
  const tables = referenceTables();
  const rows = tables.reduce((n, t) => n + t.rows, 0);
  row('reference tables', 'rows', 'on disk', 'heap when loaded', 'load time (all)');
  row('---', '---', '---', '---', '---');
  row(`${tables.length} tables`, rows, mb(onDisk), heap === null ? 'run node with --expose-gc' : mb(heap), `${load.toFixed(1)} ms`);
}

export async function run(): Promise<void> {
  const text = largeCable(SIZE);
  const places = positions(text);
  process.stdout.write(`A ${mb(Buffer.byteLength(text))} cable of ${text.split('\n').length} lines; ${places.length} positions.\n\n`);
  inProcess(text, places);
  await throughServer(text, places);
  referenceData();
}
