// The Cables explorer's request (`cable/workspaceCables`) on a synthetic workspace of 100,000 cables
// (bench/workspaceGenerator.ts): the groups by year, post and classification, the groups under a
// filter (id part, TAGS code, subject word, two words, no match), and the first page of the biggest
// group. In the core, each measured just after a change of the index (nothing kept from before);
// through the real server, as the client asks (JSON-RPC included; a grouping asked twice in one
// version of the index is kept). Beside them for scale: one walk over every entry of the index.
// `CABLE_BENCH_EXPLORER=25000` picks another size.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CableExplorer, scanCable, WorkspaceIndex, type CableGrouping, type WorkspaceCablesParams } from '../server/src/index';
import { LspClient } from '../test/helpers/lspClient';
import type { IndexStats } from '../test/helpers/workspace';
import { medianMs, percentile, row } from './measure';
import { generateWorkspace } from './workspaceGenerator';

export const title = 'Cables explorer (cable/workspaceCables, synthetic workspace)';

const COUNT = Number(process.env.CABLE_BENCH_EXPLORER ?? 100_000);
const SAMPLES = 30;
const GROUPINGS: readonly CableGrouping[] = ['year', 'post', 'classification'];

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cable-bench-explorer-${COUNT}-`));
  try {
    const made = generateWorkspace(COUNT, dir);
    const files = fs.readdirSync(dir).filter((f) => /\.(txt|cable)$/.test(f));
    const index = new WorkspaceIndex();
    const t0 = performance.now();
    for (const f of files) index.set(pathToFileURL(path.join(dir, f)).href, scanCable(fs.readFileSync(path.join(dir, f), 'utf8'), f));
    const scanS = (performance.now() - t0) / 1000;
    process.stdout.write(`${index.size.toLocaleString('en-US')} cables (${(made.bytes / 1e6).toFixed(0)} MB), indexed in this process in ${scanS.toFixed(1)} s; load average ${os.loadavg()[0].toFixed(1)}\n\n`);

    const filters = filtersOf(index);
    const explorer = new CableExplorer(index);
    const entries = [...index.entries()];
    let bumps = 0;
    // The same entry set again: a change of the index, so that nothing computed before is kept.
    const bump = () => index.set(entries[bumps % entries.length].uri, entries[bumps++ % entries.length]);
    const core = (params: WorkspaceCablesParams) => timed(() => explorer.list(params), bump);
    const biggest = (by: CableGrouping) => explorer.list({ groupBy: by }).groups?.reduce((a, b) => (b.count > a.count ? b : a)).key ?? '';

    const coreGroups = await repeat(SAMPLES, (k) => core({ groupBy: GROUPINGS[k % GROUPINGS.length] }));
    const coreFiltered = await repeat(SAMPLES, (k) => core({ groupBy: GROUPINGS[k % GROUPINGS.length], filter: filters[k % filters.length] }));
    const big = biggest('classification');
    const corePage = await repeat(SAMPLES, () => core({ groupBy: 'classification', group: big, limit: 200 }));
    const walk = medianMs(() => {
      let n = 0;
      for (const e of index.entries()) n += e.tags.length;
      if (n < 0) throw new Error('unreachable');
    });

    const client = await LspClient.start(undefined, {}, { workspaceFolders: [dir], settings: { 'cable.workspace': {} } });
    try {
      const built = performance.now();
      await serverReady(client);
      process.stdout.write(`server index built in ${((performance.now() - built) / 1000).toFixed(1)} s\n\n`);
      const request = (params: WorkspaceCablesParams) => timed(() => client.request('cable/workspaceCables', params));
      const served = {
        groups: await repeat(SAMPLES, (k) => request({ groupBy: GROUPINGS[k % GROUPINGS.length] })),
        // More filters than the server keeps: each answer is computed.
        filtered: await repeat(SAMPLES, (k) => request({ groupBy: GROUPINGS[k % GROUPINGS.length], filter: filters[k % filters.length] })),
        page: await repeat(SAMPLES, (k) => request({ groupBy: 'classification', group: big, offset: (k % 5) * 200, limit: 200 })),
      };
      const ms = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)}`;
      row('operation', `core, after a change: p50 / p95 (ms)`, 'request: p50 / p95 (ms)');
      row('---', '---:', '---:');
      row('groups (year, post, classification)', ms(coreGroups), ms(served.groups));
      row(`groups under a filter (${filters.length} filters: ${filters.slice(0, 6).map((f) => `"${f}"`).join(', ')}…)`, ms(coreFiltered), ms(served.filtered));
      row(`a page of 200 of the biggest group (${big}, sorted on first ask)`, ms(corePage), ms(served.page));
      process.stdout.write(`\nbaseline: one walk over the ${index.size.toLocaleString('en-US')} entries of the index: ${walk.toFixed(1)} ms\n`);
    } finally {
      await client.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits for the server's index, however long a build of this size takes on a loaded machine. */
async function serverReady(client: LspClient): Promise<void> {
  while ((await client.request<IndexStats>('cable/workspaceIndex', null)).state !== 'ready') await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Filters a researcher would type, from the workspace's own entries: id parts, TAGS codes, subject words, two words, none. */
function filtersOf(index: WorkspaceIndex): string[] {
  const sample = [...index.entries()].filter((_, k) => k % 9973 === 0).slice(0, 8);
  const words = sample.flatMap((e) => (e.subject ?? '').split(/\W+/).filter((w) => w.length > 5).slice(0, 1).map((w) => w.toLowerCase()));
  return [
    ...sample.slice(0, 4).map((e) => (e.id ?? '').slice(0, 8)),
    ...['PGOV', 'KISL', 'ECON', 'PTER'],
    ...words,
    ...sample.slice(0, 3).map((e, k) => `${e.tags[0] ?? 'PREL'} ${words[k] ?? 'iran'}`),
    'zzzz nothing',
  ];
}

/** How long `work` takes, after `before` (not timed). */
async function timed(work: () => unknown, before?: () => void): Promise<number> {
  before?.();
  const t = performance.now();
  await work();
  return performance.now() - t;
}

async function repeat(n: number, once: (k: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < n; k++) times.push(await once(k));
  return times;
}
