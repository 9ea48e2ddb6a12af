// The Cable View's speed. Targets: rendering the seed ≤ 5 ms; a 5 MB cable ≤ 300 ms; the view
// updated within 150 ms of a keystroke on a 100 KB cable; `cable render` of the corpus to a folder
// ≤ 5 s. Rendering is timed on a parsed model (the server keeps one per version), parsing beside it.
//
// The keystroke: the real server process gets one didChange per keystroke, as the editor sends it;
// the client's debounce (UPDATE_DELAY_MS) then passes, and `cable/render` is asked and answered, as
// the view does it; the answer's HTML is then swapped into a page in headless Chromium with the
// editor stylesheet and laid out, as the webview does it. Keystroke → view laid out is the sum, and
// is given per keystroke (p50, p95), beside the round trip of an unhandled request.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { UPDATE_DELAY_MS } from '../client/src/preview/protocol';
import { openBrowserPage } from '../scripts/vscode-shim/browser';
import { findTools } from '../scripts/vscode-shim/tools';
import { parseCable } from '../server/src/parser';
import { EDITOR_STYLE, renderCable } from '../server/src/render';
import { LspClient } from '../test/helpers/lspClient';
import { corpusDir, corpusFiles, repoRoot, seedCable } from '../test/helpers/paths';
import { largeCable } from './corpus';
import { mb, medianMs, percentile, row } from './measure';

export const title = 'Cable View: rendering, updates while typing, cable render of a folder';

const KEYSTROKES = 40;

function renderTimes(): void {
  row('input', 'size', 'render (median)', 'target', 'baseline: parse (median)');
  row('---', '---', '---', '---', '---');
  const seed = fs.readFileSync(seedCable, 'utf8');
  const big = largeCable(5_000_000);
  for (const [label, text, target] of [['seed 07KARACHI861', seed, '≤ 5 ms'], ['seed header, paragraphs repeated', big, '≤ 300 ms']] as const) {
    const cable = parseCable(text);
    const render = medianMs(() => renderCable(cable));
    const parse = medianMs(() => parseCable(text));
    const html = renderCable(cable).html.length;
    row(`${label} (${cable.lines.length} lines, ${mb(html)} of HTML)`, mb(Buffer.byteLength(text)), `${render.toFixed(2)} ms`, target, `${parse.toFixed(2)} ms`);
  }
}

async function keystrokes(): Promise<void> {
  const text = largeCable(100_000);
  const client = await LspClient.start();
  client.connection.onRequest('workspace/configuration', () => [null]);
  client.connection.onRequest('workspace/workspaceFolders', () => null);
  const browser = await openBrowserPage(findTools());
  const uri = 'file:///bench/typing-100k.cable';
  try {
    // The webview's own script (client/dist/preview.js), its messages to the extension caught.
    const script = fs.readFileSync(path.join(repoRoot, 'client', 'dist', 'preview.js'), 'utf8');
    await browser.page.setContent(`<!DOCTYPE html><html><head><style>${EDITOR_STYLE}</style></head><body data-version="0"><main id="cable-preview"></main></body></html>`);
    await browser.page.evaluate((source) => {
      const page = globalThis as unknown as { posted: unknown[]; acquireVsCodeApi(): unknown; eval(code: string): void };
      page.posted = [];
      page.acquireVsCodeApi = () => ({ postMessage: (message: unknown) => page.posted.push(message) });
      page.eval(source);
    }, script);
    await client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('20. '));
    const server: number[] = [];
    const dom: number[] = [];
    const total: number[] = [];
    let size = 0;
    for (let k = 0; k < KEYSTROKES; k++) {
      const start = performance.now();
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version: k + 2 },
        contentChanges: [{ range: { start: { line, character: 8 }, end: { line, character: 8 } }, text: 'x' }],
      });
      await sleep(UPDATE_DELAY_MS);
      const asked = performance.now();
      const result = await client.request<{ html: string }>('cable/render', { textDocument: { uri } });
      server.push(performance.now() - asked);
      size = result.html.length;
      // The webview's work: the update message handled by its script, then laid out.
      const swap = await browser.page.evaluate(
        ([html, version]) =>
          new Promise<number>((resolve) => {
            const page = globalThis as unknown as {
              posted: Array<{ type: string; version?: number }>;
              performance: { now(): number };
              postMessage(message: unknown, origin: string): void;
              setTimeout(f: () => void, ms: number): void;
              document: { body: { offsetHeight: number } };
            };
            const t = page.performance.now();
            page.postMessage({ type: 'update', html, version }, '*');
            const done = () => {
              if (!page.posted.some((m) => m.type === 'updated' && m.version === version)) return page.setTimeout(done, 0);
              void page.document.body.offsetHeight;
              resolve(page.performance.now() - t);
            };
            done();
          }),
        [result.html, k + 2] as const,
      );
      dom.push(swap);
      // The answer's way into the page (as postMessage takes it to the webview) is counted here.
      total.push(performance.now() - start);
    }
    const baseline: number[] = [];
    for (let k = 0; k < 30; k++) {
      const t = performance.now();
      await client.request('bench/unhandled', {}).catch(() => undefined);
      baseline.push(performance.now() - t);
    }
    const p = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)} ms`;
    process.stdout.write(`\nA ${mb(Buffer.byteLength(text))} cable (${text.split('\n').length} lines, ${mb(size)} of HTML), ${KEYSTROKES} keystrokes, debounce ${UPDATE_DELAY_MS} ms.\n\n`);
    row('step (p50 / p95)', 'time', 'target');
    row('---', '---', '---');
    row('cable/render request → answer', p(server), '');
    row("the webview's script swaps the blocks that changed, laid out (Chromium)", p(dom), '');
    row('keystroke → view laid out (didChange, debounce, request, swap)', p(total), '≤ 150 ms');
    row('baseline: unhandled request round trip', p(baseline), '');
  } finally {
    client.kill();
    await browser.browser.close();
  }
}

function wall(args: readonly string[]): number {
  const t = performance.now();
  execFileSync(process.execPath, [path.join(repoRoot, 'server', 'bin', 'cable.js'), ...args], { stdio: 'ignore' });
  return performance.now() - t;
}

function folder(): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-render-bench-'));
  try {
    const bytes = corpusFiles().reduce((sum, f) => sum + fs.statSync(path.join(corpusDir, f)).size, 0);
    const render = Math.min(...[0, 1, 2].map(() => wall(['render', '--html', '--out', out, corpusDir])));
    const pages = fs.readdirSync(out).length;
    const lint = Math.min(...[0, 1, 2].map(() => {
      const t = performance.now();
      try {
        execFileSync(process.execPath, [path.join(repoRoot, 'server', 'bin', 'cable.js'), 'lint', '--format', 'json', corpusDir], { stdio: 'ignore' });
      } catch {
        // Exit code 1: errors were found, as expected on the corpus.
      }
      return performance.now() - t;
    }));
    process.stdout.write(`\nThe corpus: ${corpusFiles().length} files, ${mb(bytes)}; best of three runs.\n\n`);
    row('command', 'wall time', 'target');
    row('---', '---', '---');
    row(`cable render --html --out DIR test/corpus/cables (${pages} files written)`, `${(render / 1000).toFixed(2)} s`, '≤ 5 s');
    row('baseline: cable lint --format json test/corpus/cables', `${(lint / 1000).toFixed(2)} s`, '');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  renderTimes();
  await keystrokes();
  folder();
}
