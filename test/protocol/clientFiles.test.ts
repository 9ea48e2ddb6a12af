// `.cablelint.json` on a file system only the client reaches (a virtual workspace such as github.dev's,
// or any file for the server in a browser worker): the server asks the client (cable/stat,
// cable/readFile), climbs no higher than the workspace folder, reads the file again when it changes,
// never follows a link there, and quotes the client's reason when a read fails. Without the client's
// offer, a server with a disk of its own reads from it (stdio), and asks the client nothing.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { READ_FILE_METHOD, STAT_METHOD, type FileParams, type FileStat, type ReadFileParams } from '../../server/src/protocol';
import { LspClient, STDIO_ONLY } from '../helpers/lspClient';
import { readFixture } from '../helpers/paths';

interface Published {
  uri: string;
  diagnostics: Array<{ code?: string; message: string; severity?: number; range: object }>;
}

const unmarked = readFixture('07KARACHI861.cable').replace('¶2. (U) ', '¶2. ');
const FOLDER = 'memfs:/ws';
const CABLE = 'memfs:/ws/cables/a.cable';
/** The server writes `scheme:/path` as `scheme:///path`: one spelling per location. */
const CONFIG = 'memfs:///ws/.cablelint.json';

describe('.cablelint.json through the client', function () {
  this.timeout(30000);
  let client: LspClient;
  let seen: Published[];
  /** The client's virtual files: text, a link (a path), or a reason to fail. */
  let files: Map<string, { text?: string; link?: true; fails?: string }>;
  let asked: string[];

  async function start(initializationOptions?: object): Promise<void> {
    client = await LspClient.start(initializationOptions, { workspace: { workspaceFolders: true, configuration: true } });
    client.connection.onRequest('workspace/workspaceFolders', () => [{ uri: FOLDER, name: 'ws' }]);
    client.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.connection.onRequest(STAT_METHOD, ({ uri }: FileParams): FileStat | null => {
      asked.push(`stat ${uri}`);
      const file = files.get(uri);
      return file ? { type: file.link ? 'symbolicLink' : 'file', size: file.text?.length ?? 0 } : null;
    });
    client.connection.onRequest(READ_FILE_METHOD, ({ uri, maxBytes }: ReadFileParams) => {
      asked.push(`read ${uri} ${maxBytes}`);
      const file = files.get(uri);
      if (file?.fails || !file) throw new ResponseError(1, file?.fails ?? 'no such file or directory');
      return { text: file.text ?? '' };
    });
    seen = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => void seen.push(p));
  }
  beforeEach(() => {
    files = new Map();
    asked = [];
  });
  afterEach(() => client.kill());

  /** The diagnostics published on `uri` once `ready` holds of them. */
  async function published(uri: string, ready: (p: Published) => boolean = () => true): Promise<Published> {
    for (;;) {
      const found = seen.filter((p) => p.uri === uri).pop();
      if (found && ready(found)) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const c10 = (p: Published) => p.diagnostics.find((d) => d.code === 'C10');

  it('finds the file in the workspace folder, asking no higher, and reads it again once it changed', async () => {
    files.set(CONFIG, { text: '{"C10": "off"}' });
    await start();
    await client.open(CABLE, unmarked);
    assert.equal(c10(await published(CABLE)), undefined, 'C10 is off');
    assert.deepEqual([...new Set(asked)], ['stat memfs:///ws/cables/.cablelint.json', `stat ${CONFIG}`, `read ${CONFIG} 65536`]);

    files.set(CONFIG, { text: '{"C10": "error"}' });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG, type: 2 }] });
    assert.equal(c10(await published(CABLE, (p) => c10(p) !== undefined))?.severity, 1, 'C10 is an error now');
  });

  it('does not follow a link, nor offer to write through it', async () => {
    files.set(CONFIG, { text: '{"C10": "off"}', link: true });
    await start();
    await client.open(CABLE, unmarked);
    assert.ok(c10(await published(CABLE)), 'the link is not read');
    assert.deepEqual((await published(CONFIG)).diagnostics.map((d) => d.message), ['cannot read: a link, which is followed only on the local disk']);
    assert.ok(!asked.some((a) => a.startsWith('read')), asked.join(', '));
    const diagnostic = c10(await published(CABLE));
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri: CABLE }, range: diagnostic?.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(actions.map((a) => a.title).filter((t) => t.startsWith('Disable')), []);
  });

  it('says why the client could not read the file, and lints with the defaults', async () => {
    files.set(CONFIG, { fails: 'permission denied' });
    await start();
    await client.open(CABLE, unmarked);
    assert.ok(c10(await published(CABLE)));
    assert.deepEqual((await published(CONFIG)).diagnostics.map((d) => d.message), ['cannot read: permission denied']);
  });

  it('asks nothing of a client that does not offer its files', async () => {
    files.set(CONFIG, { text: '{"C10": "off"}' });
    await start({ files: false });
    await client.open(CABLE, unmarked);
    assert.ok(c10(await published(CABLE)));
    assert.deepEqual(asked, []);
  });

  // The Node host's own disk: a worker has none.
  it(`reads a file: workspace from its own disk, asking the client nothing ${STDIO_ONLY}`, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-client-files-'));
    try {
      fs.writeFileSync(path.join(root, '.cablelint.json'), '{"C10": "off"}');
      await start({ files: false });
      const uri = pathToFileURL(path.join(root, 'a.cable')).href;
      await client.open(uri, unmarked);
      assert.equal(c10(await published(uri)), undefined);
      assert.deepEqual(asked, []);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
