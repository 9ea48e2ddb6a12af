// Lint Workspace through the real server process: workspace/diagnostic over every cable of a folder
// (partial results, as VS Code asks), after the index is built. Figures: the time of the pull, until
// its first batch, the server's memory, and hover latency on an open cable while the pull runs.
// Beside it for scale: `cable lint --format json` on the same folder (a process of its own). The folder
// is a synthetic workspace of 1,830 cables made from the project's cables, or the one named by
// `CABLE_BENCH_LINT_FOLDER` (e.g. the unseen workspace of real cables).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { defined } from '../test/helpers/defined';
import { LspClient } from '../test/helpers/lspClient';
import { repoRoot } from '../test/helpers/paths';
import { indexReady } from '../test/helpers/workspace';
import { percentile, row, rss } from './measure';
import { generateWorkspace } from './workspaceGenerator';

export const title = 'Lint Workspace (workspace/diagnostic)';

const SYNTHETIC = 1830;

export async function run(): Promise<void> {
  const given = process.env.CABLE_BENCH_LINT_FOLDER;
  const dir = given ? path.resolve(given) : fs.mkdtempSync(path.join(os.tmpdir(), 'cable-bench-lint-'));
  try {
    if (!given) generateWorkspace(SYNTHETIC, dir);
    const files = fs.readdirSync(dir).filter((f) => /\.(txt|cable)$/.test(f));
    process.stdout.write(`${given ?? `synthetic workspace`}: ${files.length.toLocaleString('en-US')} files; ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)}\n\n`);
    const t0 = performance.now();
    const cli = spawnSync(process.execPath, [path.join(repoRoot, 'server', 'bin', 'cable.js'), 'lint', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const cliS = (performance.now() - t0) / 1000;
    const cliProblems = (JSON.parse(cli.stdout) as unknown[]).length;

    const client = await LspClient.start(undefined, { window: { workDoneProgress: true }, textDocument: { diagnostic: {} } }, { workspaceFolders: [dir], settings: { 'cable.workspace': {} } });
    await indexReady(client);
    const before = rss(defined(client.pid));
    const open = files.sort()[0];
    const uri = pathToFileURL(path.join(dir, open)).href;
    await client.open(uri, fs.readFileSync(path.join(dir, open), 'utf8'));
    let first = NaN;
    let reports = 0;
    let problems = 0;
    const started = performance.now();
    client.connection.onNotification('$/progress', (p: { token: string; value: { items?: Array<{ items: unknown[] }> } }) => {
      if (p.token !== 'bench' || !p.value.items) return;
      if (Number.isNaN(first)) first = performance.now() - started;
      reports += p.value.items.length;
      for (const r of p.value.items) problems += r.items.length;
    });
    let done = false;
    const pulled = client.request('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'bench' }).then(() => (done = true));
    const hover: number[] = [];
    while (!done) {
      const h = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      hover.push(performance.now() - h);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await pulled;
    const pullS = (performance.now() - started) / 1000;
    const after = rss(defined(client.pid));
    await client.stop();
    row('files', 'reports', 'problems', 'pull (s)', 'first batch (ms)', 'server RSS before / after / peak (MB)', 'hover while linting p50 / p95 (ms)', '`cable lint --format json` (s)', 'its problems');
    row('---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
    const ms = `${percentile(hover, 50).toFixed(1)} / ${percentile(hover, 95).toFixed(1)} (${hover.length})`;
    row(files.length, reports, problems, pullS.toFixed(1), first.toFixed(0), `${before.rssMb.toFixed(0)} / ${after.rssMb.toFixed(0)} / ${after.peakMb.toFixed(0)}`, ms, cliS.toFixed(1), cliProblems);
  } finally {
    if (!given) fs.rmSync(dir, { recursive: true, force: true });
  }
}
