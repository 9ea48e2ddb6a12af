// Lint through the real server (a process, or a browser worker): diagnostics published on open and on change, quick fixes
// and "Fix all", the cable.fixAll command, settings pulled with workspace/configuration, and
// .cablelint.json with its problems and changes.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyEdits } from '../../server/src/rules/fixes';
import type { TextEdit } from '../../server/src/rules/types';
import { LspClient } from '../helpers/lspClient';
import { readFixture, repoRoot } from '../helpers/paths';
import { defined } from '../helpers/defined';

interface Diagnostic {
  range: TextEdit['range'];
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface DocumentChange {
  kind?: string;
  uri?: string;
  textDocument?: { uri: string; version: number | null };
  edits?: TextEdit[];
}
interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { documentChanges: DocumentChange[] };
}

const seed = readFixture('07KARACHI861.cable');
/** Paragraph 2 without its portion mark: C10 on the number `2.` (line 29, 0-based). */
const unmarked = seed.replace('¶2. (U) ', '¶2. ');

/** Collects publishDiagnostics and resolves waits on them by URI and content. */
class Diagnostics {
  private readonly seen: Published[] = [];
  private readonly waiting: Array<{ uri: string; accept: (p: Published) => boolean; resolve: (p: Published) => void }> = [];

  constructor(client: LspClient) {
    client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.seen.push(p);
      for (const w of [...this.waiting]) {
        if (w.uri === p.uri && w.accept(p)) {
          this.waiting.splice(this.waiting.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
  }

  /** The next publication for `uri` that `accept` takes (published from now on). */
  next(uri: string, accept: (p: Published) => boolean = () => true): Promise<Published> {
    return new Promise((resolve) => this.waiting.push({ uri, accept, resolve }));
  }
}

const hasC10 = (p: Published) => p.diagnostics.some((d) => d.code === 'C10');

function applyDocumentEdits(text: string, change: DocumentChange): string {
  return applyEdits(text, change.edits ?? []).text;
}

describe('lint over the language server protocol', function () {
  this.timeout(20000);
  let dir: string;
  let uri: string;
  let client: LspClient;
  let diagnostics: Diagnostics;
  /** What the test client answers to workspace/configuration for section cable.lint. */
  let settings: Record<string, unknown>;
  let configurationRequests: Array<{ scopeUri?: string; section?: string }>;
  let applied: Array<{ edit: { documentChanges: DocumentChange[] } }>;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-lsp-'));
    uri = pathToFileURL(path.join(dir, 'karachi.cable')).href;
    settings = { enable: true, run: 'onType', rules: {} };
    configurationRequests = [];
    applied = [];
    client = await LspClient.start(undefined, { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } } });
    client.connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      configurationRequests.push(...params.items);
      return params.items.map(() => settings);
    });
    client.connection.onRequest('workspace/applyEdit', (params: { edit: { documentChanges: DocumentChange[] } }) => {
      applied.push(params);
      return { applied: true };
    });
    diagnostics = new Diagnostics(client);
  });

  afterEach(() => {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(text: string): Promise<Published> {
    const published = diagnostics.next(uri);
    await client.open(uri, text);
    return published;
  }

  it('announces quick fixes, source.fixAll.cable and the cable.fixAll command', () => {
    const { capabilities } = client.initializeResult;
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.cable'] });
    assert.deepEqual(capabilities.executeCommandProvider, { commands: ['cable.fixAll'] });
  });

  it('publishes diagnostics on open with code, severity, tight range and a link to the rule page', async () => {
    const published = await open(unmarked);
    assert.equal(published.version, 1);
    const c10 = published.diagnostics.filter((d) => d.code === 'C10');
    assert.equal(c10.length, 1);
    assert.deepEqual(c10[0].range, { start: { line: 29, character: 1 }, end: { line: 29, character: 3 } });
    assert.equal(c10[0].severity, 2);
    assert.equal(c10[0].source, 'cable');
    assert.equal(c10[0].message, 'Paragraph 2 has no portion mark');
    assert.ok(c10[0].codeDescription, 'no codeDescription');
    assert.equal(fileURLToPath(c10[0].codeDescription.href), path.join(repoRoot, 'docs', 'rules', 'C10.md'));
    assert.ok(fs.existsSync(fileURLToPath(c10[0].codeDescription.href)));
    // The first of cable.lint (the workspace index asks for cable.workspace on its own).
    assert.deepEqual(configurationRequests.find((r) => r.section === 'cable.lint'), { scopeUri: uri, section: 'cable.lint' });
  });

  it('publishes again after an edit, for the new version', async () => {
    assert.ok(hasC10(await open(unmarked)));
    const fixed = diagnostics.next(uri, (p) => p.version === 2);
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 29, character: 4 }, end: { line: 29, character: 4 } }, text: '(U) ' }],
    });
    assert.ok(!hasC10(await fixed));
  });

  it('offers each fix as a quick fix, the preferred one marked, and disabling the rule', async () => {
    const published = await open(unmarked);
    const c10 = published.diagnostics.find((d) => d.code === 'C10');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: c10?.range,
      context: { diagnostics: [c10], only: ['quickfix'] },
    });
    const fixes = actions.filter((a) => !a.title.startsWith('Disable'));
    assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred]), [
      ['Mark paragraph 2 (C)', true],
      ['Mark paragraph 2 (SBU)', false],
      ['Mark paragraph 2 (U)', false],
    ]);
    const [change] = fixes[0].edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.equal(applyDocumentEdits(unmarked, change), seed.replace('¶2. (U) ', '¶2. (C) '));

    const disable = actions.find((a) => a.title === 'Disable rule C10 in .cablelint.json');
    assert.ok(disable, 'no action disabling C10');
    const configUri = pathToFileURL(path.join(dir, '.cablelint.json')).href;
    assert.deepEqual(disable.edit.documentChanges[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    assert.deepEqual(JSON.parse(defined(disable.edit.documentChanges[1].edits?.[0].newText)), { C10: 'off' });
  });

  it('edits an existing .cablelint.json to disable a rule, keeping its other entries', async () => {
    fs.writeFileSync(path.join(dir, '.cablelint.json'), '{ "P1": "error" }');
    const published = await open(unmarked);
    const c10 = published.diagnostics.find((d) => d.code === 'C10');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: c10?.range, context: { diagnostics: [c10] } });
    const disable = actions.find((a) => a.title === 'Disable rule C10 in .cablelint.json');
    const [change] = defined(disable?.edit.documentChanges);
    assert.equal(change.textDocument?.uri, pathToFileURL(path.join(dir, '.cablelint.json')).href);
    assert.deepEqual(JSON.parse(applyDocumentEdits('{ "P1": "error" }', change)), { P1: 'error', C10: 'off' });
  });

  it('fixes all with source.fixAll.cable, and the result needs no further fix', async () => {
    const twoDefects = unmarked.replace('¶4. (C) ', '¶4. ');
    await open(twoDefects);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.cable']);
    const [change] = actions[0].edit.documentChanges;
    const fixed = applyDocumentEdits(twoDefects, change);
    assert.equal(fixed, seed.replace('¶2. (U) ', '¶2. (C) '));
    const after = diagnostics.next(uri, (p) => p.version === 2);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    assert.ok(!hasC10(await after));
    const again = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(again, [], 'nothing left to fix');
  });

  it('applies every preferred fix through workspace/applyEdit on cable.fixAll', async () => {
    await open(unmarked);
    await client.request('workspace/executeCommand', { command: 'cable.fixAll', arguments: [uri] });
    assert.equal(applied.length, 1);
    const [change] = applied[0].edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.equal(applyDocumentEdits(unmarked, change), seed.replace('¶2. (U) ', '¶2. (C) '));
  });

  it('re-lints open cables when the settings change, pulling them per document', async () => {
    assert.ok(hasC10(await open(unmarked)));
    settings = { enable: true, run: 'onType', rules: { C10: 'error' } };
    const asError = diagnostics.next(uri, (p) => p.diagnostics.some((d) => d.code === 'C10' && d.severity === 1));
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await asError;
    settings = { enable: false };
    const none = diagnostics.next(uri, (p) => p.diagnostics.length === 0);
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await none;
  });

  it('warns about a bad setting with a message and lints on', async () => {
    settings = { rules: { C10: 'loud' } };
    const message = new Promise<{ type: number; message: string }>((resolve) => client.connection.onNotification('window/showMessage', resolve));
    assert.ok(hasC10(await open(unmarked)));
    const shown = await message;
    assert.equal(shown.type, 2);
    assert.match(shown.message, /^Cable: cable\.lint\.rules: rule C10: level must be one of .*"loud" \(ignored\)$/);
  });

  it('honours .cablelint.json over the settings and follows its changes', async () => {
    const config = path.join(dir, '.cablelint.json');
    fs.writeFileSync(config, '{"C10": "hint"}');
    settings = { rules: { C10: 'error' } };
    assert.equal((await open(unmarked)).diagnostics.find((d) => d.code === 'C10')?.severity, 4, 'the file wins');
    fs.writeFileSync(config, '{"C10": "off"}');
    const off = diagnostics.next(uri, (p) => !hasC10(p));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await off;
  });

  it('puts the problems of .cablelint.json on the file itself, as warnings on the offending key', async () => {
    const config = path.join(dir, '.cablelint.json');
    fs.writeFileSync(config, '{\n  "C10": "off",\n  "Q99": "off"\n}\n');
    const configUri = pathToFileURL(config).href;
    const problems = diagnostics.next(configUri);
    assert.ok(!hasC10(await open(unmarked)), 'the valid entry applies');
    const published = await problems;
    assert.deepEqual(published.diagnostics.map((d) => [d.severity, d.message, d.range]), [
      [2, "unknown rule code 'Q99'", { start: { line: 2, character: 2 }, end: { line: 2, character: 7 } }],
    ]);
    fs.writeFileSync(config, '{"C10": "off",}');
    const invalid = diagnostics.next(configUri, (p) => p.diagnostics.length > 0);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    assert.match((await invalid).diagnostics[0].message, /^\.cablelint\.json is not valid JSON: /);
  });
});
