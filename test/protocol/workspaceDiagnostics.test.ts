// Pulled diagnostics through the real server, on a copy of the fixture workspace: workspace/diagnostic
// lints every cable of the index, open or not, as `cable lint` does (each file's `.cablelint.json`,
// `cable.workspace.exclude`), with work-done progress, partial results, a later pull answered with
// what changed only (held until something changes; R2's knowledge of other files counts as a change),
// and cancellation by the client and by the user.
// A client that pulls also gets an open cable's diagnostics by textDocument/diagnostic, not pushed.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { defined } from '../helpers/defined';
import { LspClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';
import { copyWorkspace, indexReady, openIn, uriOf } from '../helpers/workspace';

interface Diagnostic {
  range: { start: { line: number; character: number } };
  code?: string;
}
interface FileReport {
  kind: 'full' | 'unchanged';
  uri: string;
  version: number | null;
  resultId?: string;
  items?: Diagnostic[];
}
interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
}

const PULL_CAPABILITIES = { window: { workDoneProgress: true }, textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } };

/** `NAME:LINE:COLUMN CODE` (1-based) of every diagnostic of the reports. */
const lines = (reports: readonly FileReport[]) =>
  reports.flatMap((r) => (r.items ?? []).map((d) => `${decodeURIComponent(path.basename(r.uri))}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`)).sort();

/** The same of `cable lint --format json` on the folder, run as a user runs it. */
function cliLines(dir: string): string[] {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'server', 'bin', 'cable.js'), 'lint', '--format', 'json', dir], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return (JSON.parse(run.stdout) as JsonDiagnostic[]).map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.code}`).sort();
}

describe('workspace diagnostics (protocol) [stdio]: the index of the Node host', function () {
  this.timeout(60000);
  let dir: string;
  let remove: () => void;
  let client: LspClient | undefined;

  const peer = () => defined(client, 'a started server');
  const start = async (settings: Record<string, unknown> = {}) => {
    client = await LspClient.start(undefined, PULL_CAPABILITIES, { workspaceFolders: [dir], settings: { 'cable.workspace': {}, ...settings } });
    await indexReady(client);
  };
  const pull = (previousResultIds: Array<{ uri: string; value: string }> = [], extra: object = {}) =>
    peer().request<{ items: FileReport[] }>('workspace/diagnostic', { previousResultIds, ...extra });
  const ids = (reports: readonly FileReport[]) => reports.map((r) => ({ uri: r.uri, value: r.resultId ?? '' }));
  /** The `$/progress` values of the work-done progress titled `title`. */
  const progressOf = (title: string) => {
    const begin = peer().progress.find((p) => p.value.title === title);
    return peer().progress.filter((p) => begin && p.token === begin.token).map((p) => p.value);
  };

  beforeEach(() => ({ dir, remove } = copyWorkspace()));
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    remove();
  });

  it('lints every cable of the workspace, unopened ones included, as `cable lint` does, with work-done progress', async () => {
    await start();
    const opened = await openIn(peer(), dir, '06SAOPAULO1197.txt');
    const { items } = await pull();
    assert.deepEqual(lines(items), cliLines(dir));
    assert.ok(items.some((r) => r.uri === uriOf(dir, '06REYKJAVIK107.txt') && r.version === null && r.items?.length));
    assert.equal(items.find((r) => r.uri === opened)?.version, 1);
    const progress = progressOf('Linting cables');
    assert.equal(progress[0].kind, 'begin');
    assert.equal(progress.at(-2)?.message, `${items.length}/${items.length}`);
    assert.equal(progress.at(-1)?.kind, 'end');
  });

  it("honours each file's .cablelint.json and cable.workspace.exclude", async () => {
    fs.writeFileSync(path.join(dir, '.cablelint.json'), JSON.stringify({ T4: 'off' }));
    await start({ 'cable.workspace': { exclude: ['**/06REYKJAVIK*'] } });
    const { items } = await pull();
    const found = lines(items);
    const expected = cliLines(dir).filter((l) => !l.startsWith('06REYKJAVIK'));
    assert.ok(expected.some((l) => l.endsWith(' P3')));
    assert.ok(!expected.some((l) => l.endsWith(' T4')));
    assert.deepEqual(found, expected);
    assert.ok(!items.some((r) => r.uri.includes('06REYKJAVIK')));
  });

  it('streams partial results, then answers a later pull only with what changed, holding it until a file changes', async () => {
    await start();
    const { items } = await pull([], { partialResultToken: 'partial' });
    assert.deepEqual(items, []);
    const streamed = peer().progress.filter((p) => p.token === 'partial').flatMap((p) => (p.value as unknown as { items: FileReport[] }).items);
    assert.deepEqual(lines(streamed), cliLines(dir));
    assert.ok(peer().progress.filter((p) => p.token === 'partial').length > 1, 'more than one batch');

    let answered = false;
    const later = pull(ids(streamed)).then((r) => ((answered = true), r));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(answered, false, 'a pull with nothing changed is held');
    const file = path.join(dir, '06SAOPAULO1197.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^REF: A\) SAO PAULO 675/m, 'SUBJECT: A SUBJECT PUT BACK\n\n$&'));
    await peer().notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, '06SAOPAULO1197.txt'), type: 2 }] });
    const changed = (await later).items;
    assert.deepEqual(changed.map((r) => path.basename(r.uri)), ['06SAOPAULO1197.txt']);
    assert.deepEqual(changed[0].items, [], 'its T4 (no SUBJECT line) is gone');
  });

  it("reports a file again when another file's copy of its id goes, though its own text stays (R2)", async () => {
    await start();
    const first = (await pull()).items;
    const r2 = (reports: readonly FileReport[]) => lines(reports).filter((l) => l.endsWith(' R2'));
    assert.deepEqual(r2(first), ['08MANAMA420 copy.txt:13:42 R2', '08MANAMA420.txt:13:42 R2']);
    const copy = path.join(dir, 'bad-input', '08MANAMA420 copy.txt');
    fs.rmSync(copy);
    await peer().notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, path.join('bad-input', '08MANAMA420 copy.txt')), type: 3 }] });
    const changed = (await pull(ids(first))).items;
    assert.deepEqual(changed.map((r) => decodeURIComponent(path.basename(r.uri))).sort(), ['08MANAMA420 copy.txt', '08MANAMA420.txt']);
    assert.deepEqual(r2(changed), [], 'the R2 of both is gone');
  });

  it('stops a pull the client cancels', async () => {
    await start();
    const { items } = await pull();
    const source = new CancellationTokenSource();
    const held = peer().connection.sendRequest('workspace/diagnostic', { previousResultIds: ids(items) }, source.token);
    await new Promise((resolve) => setTimeout(resolve, 200));
    source.cancel();
    await assert.rejects(held, (error: { code?: number }) => error.code === -32800);
  });

  it('stops when the user cancels its progress: the server cancelled it, not to be retried', async () => {
    await start();
    // The first cable's settings are answered only after the cancel, so that it comes mid-pass.
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    peer().connection.onRequest('workspace/configuration', async (p: { items: Array<{ section?: string }> }) => {
      if (p.items.some((i) => i.section === 'cable.lint')) await released;
      return p.items.map(() => null);
    });
    const answer = pull().then(
      () => null,
      (error: { code?: number; data?: unknown }) => error,
    );
    for (let tries = 0; !progressOf('Linting cables').length && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
    const begin = peer().progress.find((p) => p.value.title === 'Linting cables');
    assert.ok(begin, 'progress began');
    await peer().notify('window/workDoneProgress/cancel', { token: begin.token });
    release();
    const error = await answer;
    assert.equal(error?.code, -32802);
    assert.deepEqual(error?.data, { retriggerRequest: false });
    assert.equal(progressOf('Linting cables').at(-1)?.kind, 'end');
  });

  it('gives an open cable its diagnostics by textDocument/diagnostic to a client that pulls, and pushes none', async () => {
    await start();
    const pushed: string[] = [];
    peer().connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => void pushed.push(p.uri));
    const uri = await openIn(peer(), dir, '06SAOPAULO1197.txt');
    const report = await peer().request<FileReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(lines([{ ...report, uri }]), ['06SAOPAULO1197.txt:38:1 T4']);
    const again = await peer().request<FileReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });
    assert.deepEqual(pushed.filter((u) => u === uri), []);
  });
});
