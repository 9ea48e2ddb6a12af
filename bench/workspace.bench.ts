// The workspace index on synthetic workspaces of 25,000, 50,000 and 100,000 distinct cables made
// from the project's real cables (bench/workspaceGenerator.ts), through the real server process:
// the cold build (no cache), hover on an open cable while it runs, the server's memory, the latency
// of workspace/symbol, definition and references once built, and the warm start that reads the
// cache. Beside them for scale: reading every file's bytes in this process. The machine is shared:
// its load average is printed with the figures. `CABLE_BENCH_WORKSPACE=25000,50000` picks sizes.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { scanCable } from '../server/src/workspace/scan';
import { defined } from '../test/helpers/defined';
import { LspClient } from '../test/helpers/lspClient';
import type { IndexStats } from '../test/helpers/workspace';
import { percentile, row, rss } from './measure';
import { defaultTemplates, generateWorkspace } from './workspaceGenerator';

export const title = 'Workspace index (synthetic workspaces)';

const SIZES = (process.env.CABLE_BENCH_WORKSPACE ?? '25000,50000,100000').split(',').map(Number);
const QUERIES = 200;
const SAMPLE = 40;

interface Figures {
  count: number;
  mb: number;
  coldS: number;
  /** Until the saved index answers, and until every file is checked against it. */
  warmS: number;
  checkedS: number;
  warmRead: number;
  rssMb: number;
  peakMb: number;
  hover: number[];
  symbol: number[];
  definition: number[];
  references: number[];
  readS: number;
}

export async function run(): Promise<void> {
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`${os.availableParallelism()} cores; load average before: ${load}\n\n`);
  const templates = defaultTemplates();
  const results: Figures[] = [];
  for (const count of SIZES) results.push(await measure(count, templates));
  const ms = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)}`;
  row('cables', 'MB', 'read all bytes (s)', 'cold index (s)', 'warm start: answers / checked (s)', 'files read warm', 'RSS / peak (MB)', 'hover while indexing p50 / p95 (ms)', 'symbol p50 / p95', 'definition p50 / p95', 'references p50 / p95');
  row('---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const f of results) {
    row(f.count.toLocaleString('en-US'), f.mb.toFixed(0), f.readS.toFixed(1), f.coldS.toFixed(1), `${f.warmS.toFixed(1)} / ${f.checkedS.toFixed(1)}`, f.warmRead, `${f.rssMb.toFixed(0)} / ${f.peakMb.toFixed(0)}`, `${ms(f.hover)} (${f.hover.length})`, ms(f.symbol), ms(f.definition), ms(f.references));
  }
  if (results.length > 1) {
    const [first, last] = [results[0], results[results.length - 1]];
    process.stdout.write(`\ncold index growth from ${first.count.toLocaleString('en-US')} to ${last.count.toLocaleString('en-US')} (${(last.count / first.count).toFixed(1)}x the cables): ${(last.coldS / first.coldS).toFixed(2)}x the time\n`);
  }
  process.stdout.write(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
}

async function measure(count: number, templates: ReturnType<typeof defaultTemplates>): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cable-bench-ws-${count}-`));
  const storage = `${dir}-storage`;
  try {
    const made = generateWorkspace(count, dir, 1, templates);
    const files = fs.readdirSync(dir).filter((f) => /\.(txt|cable)$/.test(f));
    const t0 = performance.now();
    for (const f of files) fs.readFileSync(path.join(dir, f));
    const readS = (performance.now() - t0) / 1000;

    const sample = pick(files, SAMPLE).map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
    const cold = await start(dir, storage);
    const hovered = sample.find((s) => scanCable(s.text).refs.length) ?? sample[0];
    const hoverAt = scanCable(hovered.text).refs[0]?.range.start ?? { line: 0, character: 0 };
    const hoverUri = pathToFileURL(path.join(dir, hovered.name)).href;
    await cold.client.open(hoverUri, hovered.text);
    const hover: number[] = [];
    let stats = await indexStats(cold.client);
    while (stats.state !== 'ready') {
      const h = performance.now();
      await cold.client.request('textDocument/hover', { textDocument: { uri: hoverUri }, position: hoverAt });
      hover.push(performance.now() - h);
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (hover.length % 5 === 0) stats = await indexStats(cold.client);
    }
    const coldS = (performance.now() - cold.started) / 1000;
    phases('cold', stats);
    const memory = rss(defined(cold.client.pid, "the server's pid"));
    const queries = await latencies(cold.client, dir, sample);
    while ((stats = await indexStats(cold.client)).saving) await new Promise((resolve) => setTimeout(resolve, 50));
    phases('cold (saved)', stats);
    await cold.client.stop();

    const warm = await start(dir, storage);
    while ((stats = await indexStats(warm.client)).state !== 'ready' && stats.state !== 'cached') await new Promise((resolve) => setTimeout(resolve, 20));
    const warmS = (performance.now() - warm.started) / 1000;
    while ((stats = await indexStats(warm.client)).state !== 'ready') await new Promise((resolve) => setTimeout(resolve, 20));
    const checkedS = (performance.now() - warm.started) / 1000;
    phases('warm', stats);
    await warm.client.stop();
    return { count, mb: made.bytes / 1e6, coldS, warmS, checkedS, warmRead: stats.read, ...memory, hover, ...queries, readS };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

async function start(dir: string, storage: string): Promise<{ client: LspClient; started: number }> {
  const started = performance.now();
  const client = await LspClient.start({ storageFolder: storage }, { window: { workDoneProgress: true } }, { workspaceFolders: [dir], settings: { 'cable.workspace': {} } });
  return { client, started };
}

function phases(what: string, stats: IndexStats): void {
  const p = Object.entries(stats.phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ');
  process.stdout.write(`${stats.cables.toLocaleString('en-US')} cables, ${what}: ${(stats.ms / 1000).toFixed(1)} s in the server (${p}); ${stats.read} read, ${stats.fromCache} from the cache\n`);
}

function indexStats(client: LspClient): Promise<IndexStats> {
  return client.request<IndexStats>('cable/workspaceIndex', null);
}

/** workspace/symbol by id, id prefix, post and subject word; definition on REF ids; references on banners. */
async function latencies(client: LspClient, dir: string, sample: ReadonlyArray<{ name: string; text: string }>): Promise<Pick<Figures, 'symbol' | 'definition' | 'references'>> {
  const timed = async (times: number[], request: () => Promise<unknown>) => {
    const t = performance.now();
    await request();
    times.push(performance.now() - t);
  };
  const symbol: number[] = [];
  const definition: number[] = [];
  const references: number[] = [];
  const queries = sample.flatMap((s) => {
    const id = s.name.replace(/\.(txt|cable)$/, '');
    const subject = /SUBJECT:\s*([A-Z]{5,})/.exec(s.text)?.[1] ?? id;
    return [id, id.slice(0, 7), id.replace(/^\d\d/, '').replace(/\d+$/, ''), subject.toLowerCase(), `${id.slice(0, 2)} ${subject.toLowerCase()}`];
  });
  for (const query of queries.slice(0, QUERIES)) await timed(symbol, () => client.request('workspace/symbol', { query }));
  for (const s of sample) {
    const uri = pathToFileURL(path.join(dir, s.name)).href;
    await client.open(uri, s.text);
    const entry = scanCable(s.text);
    for (const ref of entry.refs) await timed(definition, () => client.request('textDocument/definition', { textDocument: { uri }, position: ref.range.start }));
    await timed(references, () => client.request('textDocument/references', { textDocument: { uri }, position: entry.target.start, context: { includeDeclaration: false } }));
  }
  return { symbol, definition, references };
}

/** `n` names spread evenly over the list, so that every run takes the same. */
function pick(names: readonly string[], n: number): string[] {
  const sorted = [...names].sort();
  return Array.from({ length: Math.min(n, sorted.length) }, (_, k) => sorted[Math.floor((k * sorted.length) / Math.min(n, sorted.length))]);
}
