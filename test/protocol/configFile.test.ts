// `.cablelint.json` in the editor, through the real server (a process, or a browser worker), when it is hostile or out of
// place: the search stops at the workspace folder (or, outside every folder, at the cable's own
// folder), a link out of the workspace is not read and not rewritten, a deep or huge file is refused
// with a message that quotes none of it, and a flood of unknown codes gives a capped list.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, STDIO_ONLY } from '../helpers/lspClient';
import { readFixture } from '../helpers/paths';

interface Published {
  uri: string;
  diagnostics: Array<{ code?: string; message: string }>;
}

const unmarked = readFixture('07KARACHI861.cable').replace('¶2. (U) ', '¶2. ');

describe('.cablelint.json in the editor', function () {
  this.timeout(30000);
  let root: string;
  let workspace: string;
  let client: LspClient;
  let seen: Published[];

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-config-'));
    workspace = path.join(root, 'workspace');
    fs.mkdirSync(path.join(workspace, 'cables'), { recursive: true });
    client = await LspClient.start(undefined, { workspace: { workspaceFolders: true, configuration: true } });
    client.connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(workspace).href, name: 'workspace' }]);
    client.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    seen = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => void seen.push(p));
  });
  afterEach(() => {
    client.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Opens a cable at `file` and waits for its diagnostics (and those of a config file, if any are due). */
  async function open(file: string): Promise<Published> {
    const uri = pathToFileURL(file).href;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await client.open(uri, unmarked);
    for (;;) {
      const found = seen.find((p) => p.uri === uri);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const hasC10 = (p: Published) => p.diagnostics.some((d) => d.code === 'C10');
  /** The problems last published on a config file. */
  const configProblems = (file: string) => seen.filter((p) => p.uri === pathToFileURL(file).href).pop()?.diagnostics.map((d) => d.message) ?? [];

  async function disableActions(uri: string): Promise<string[]> {
    const range = { start: { line: 29, character: 1 }, end: { line: 29, character: 3 } };
    const c10 = seen.find((p) => p.uri === uri)?.diagnostics.find((d) => d.code === 'C10');
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: c10 ? [c10] : [] } });
    return actions.map((a) => a.title).filter((t) => t.startsWith('Disable'));
  }

  it('does not climb above the workspace folder, nor above the folder of a cable outside it', async () => {
    fs.writeFileSync(path.join(root, '.cablelint.json'), '{"C10": "off"}');
    assert.ok(hasC10(await open(path.join(workspace, 'cables', 'a.cable'))), 'the file above the workspace is not read');
    const elsewhere = path.join(root, 'elsewhere', 'deeper');
    assert.ok(hasC10(await open(path.join(elsewhere, 'b.cable'))), 'nor above the folder of a cable outside every folder');
    fs.writeFileSync(path.join(workspace, '.cablelint.json'), '{"C10": "off"}');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, '.cablelint.json')).href, type: 1 }] });
    assert.ok(!hasC10(await open(path.join(workspace, 'cables', 'c.cable'))), 'the workspace folder itself is read');
  });

  // Where a link leads is asked of the Node host's file system (realpath). The client's files (the
  // worker's only ones) never follow a link: clientFiles.test.ts, on both transports.
  it(`does not read, quote or rewrite a link to a file outside the workspace ${STDIO_ONLY}`, async () => {
    const secret = path.join(root, 'passwd');
    fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    const config = path.join(workspace, '.cablelint.json');
    fs.symlinkSync(secret, config);
    const cable = path.join(workspace, 'cables', 'a.cable');
    assert.ok(hasC10(await open(cable)));
    assert.deepEqual(configProblems(config), ['.cablelint.json is a link to a file outside the workspace, and is not read']);
    assert.deepEqual(await disableActions(pathToFileURL(cable).href), [], 'no "Disable rule" that would write through the link');
    assert.equal(fs.readFileSync(secret, 'utf8'), 'root:x:0:0:root:/root:/bin/bash\n');
  });

  it(`follows a link to a file inside the workspace ${STDIO_ONLY}`, async () => {
    fs.writeFileSync(path.join(workspace, 'shared.json'), '{"C10": "off"}');
    fs.symlinkSync('shared.json', path.join(workspace, '.cablelint.json'));
    assert.ok(!hasC10(await open(path.join(workspace, 'cables', 'a.cable'))));
  });

  it('refuses a file nested 10,000 deep or larger than 64 KB, and lints on', async () => {
    const config = path.join(workspace, '.cablelint.json');
    fs.writeFileSync(config, `{"C10": ${'['.repeat(10000)}${']'.repeat(10000)}}`);
    assert.ok(hasC10(await open(path.join(workspace, 'cables', 'a.cable'))));
    assert.match(configProblems(config)[0], /^\.cablelint\.json nests objects or arrays more than 8 deep/);

    fs.writeFileSync(config, `{${Array.from({ length: 2_000_000 }, (_, k) => `"K${k}":1`).join(',')}}`);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    assert.ok(hasC10(await open(path.join(workspace, 'cables', 'b.cable'))));
    assert.match(configProblems(config)[0], /^\.cablelint\.json is larger than 64 KB \(\d+ bytes\), and is not read$/);
  });

  it('puts at most 21 problems on a file of unknown codes', async () => {
    const config = path.join(workspace, '.cablelint.json');
    fs.writeFileSync(config, JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, k) => [`Q${k}`, 'off']))));
    await open(path.join(workspace, 'cables', 'a.cable'));
    const problems = configProblems(config);
    assert.equal(problems.length, 21);
    assert.equal(problems[20], '2980 more unknown codes or bad levels from here on (not listed one by one)');
  });
});
