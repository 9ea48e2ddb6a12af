// The workspace index through the real server: its build (work-done progress, what it skips), file
// watching, open cables as they are edited, bad input (empty, binary, not a cable, huge, a link loop,
// files deleted under it), its settings, and the cache that a second start reads.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defined } from '../helpers/defined';
import type { LspClient } from '../helpers/lspClient';
import { at, copyWorkspace, eventually, indexReady, openIn, places, startOn, uriOf, type IndexStats, type Location, type Position } from '../helpers/workspace';

type Symbol = { name: string; location: Location };

const cableCount = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length;

describe('workspace index (protocol) [stdio]: the index of the Node host', function () {
  this.timeout(60000);
  let dir: string;
  let remove: () => void;
  let client: LspClient | undefined;

  const server = () => defined(client, 'a started server');
  const symbols = (query: string) => server().request<Symbol[]>('workspace/symbol', { query });
  const stats = () => server().request<IndexStats>('cable/workspaceIndex', null);
  const references = async (name: string, position: Position) =>
    server().request<Location[]>('textDocument/references', { textDocument: { uri: await openIn(server(), dir, name) }, position, context: { includeDeclaration: false } });
  const definition = async (name: string, position: Position) =>
    server().request<Location[]>('textDocument/definition', { textDocument: { uri: await openIn(server(), dir, name) }, position });
  const watched = (changes: Array<[string, 1 | 2 | 3]>) =>
    server().notify('workspace/didChangeWatchedFiles', { changes: changes.map(([name, type]) => ({ uri: uriOf(dir, name), type })) });
  const banner = (name: string) => at(dir, name, /^S E C R E T SECTION 01/, 'MANAMA');

  beforeEach(() => ({ dir, remove } = copyWorkspace()));
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    remove();
  });

  it('indexes every cable with work-done progress, keeps both files of a duplicate id, and skips empty, binary and non-cable files', async () => {
    client = await startOn(dir);
    const s = await stats();
    assert.equal(s.cables, cableCount(dir) + 1);
    assert.equal(s.skipped, 3);
    assert.equal(s.duplicateIds, 1);
    const messages = client.progress.map((p) => p.value.kind === 'report' ? p.value.message : p.value.kind);
    assert.equal(messages[0], 'begin');
    assert.equal(messages.at(-2), `Indexing cables ${s.files}/${s.files}`);
    assert.equal(messages.at(-1), 'end');
    assert.deepEqual(await symbols('notes'), []);
    assert.equal((await symbols('08MANAMA420')).length, 2);
  });

  it('follows files created, changed and deleted, as the client\'s file watching reports them', async () => {
    client = await startOn(dir);
    const cite592 = fs.readFileSync(path.join(dir, '08MANAMA51.txt'), 'utf8').replace('MANAMA 000051', 'MANAMA 000777').replace('REF: A. 07 MANAMA 1105', 'REF: A. MANAMA 592');
    fs.writeFileSync(path.join(dir, '08MANAMA777.txt'), cite592);
    await watched([['08MANAMA777.txt', 1]]);
    await eventually(async () => assert.deepEqual(places(await references('08MANAMA592.txt', banner('08MANAMA592.txt'))), ['08MANAMA777.txt:24']));
    fs.writeFileSync(path.join(dir, '08MANAMA777.txt'), cite592.replace('REF: A. MANAMA 592', 'REF: A. MANAMA 593'));
    await watched([['08MANAMA777.txt', 2]]);
    await eventually(async () => assert.deepEqual(await references('08MANAMA592.txt', banner('08MANAMA592.txt')), []));
    fs.rmSync(path.join(dir, '08MANAMA420.txt'));
    await watched([['08MANAMA420.txt', 3]]);
    const ref = at(dir, '08MANAMA430.txt', 'REF: MANAMA 420', '420');
    await eventually(async () => assert.deepEqual(places(await definition('08MANAMA430.txt', ref)), ['08MANAMA420 copy.txt:13']));
  });

  it('follows an open cable as it is edited, and the file again once it is closed', async () => {
    client = await startOn(dir);
    const uri = await openIn(client, dir, '08TRIPOLI307.txt');
    const text = fs.readFileSync(path.join(dir, '08TRIPOLI307.txt'), 'utf8');
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('A) TRIPOLI 120', 'A) TRIPOLI 227') }] });
    await eventually(async () => assert.deepEqual(places(await references('08TRIPOLI227.txt', at(dir, '08TRIPOLI227.txt', /TRIPOLI 000227/, 'TRIPOLI'))), ['08TRIPOLI307.txt:21', '08TRIPOLI564.txt:27']));
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await eventually(async () => assert.deepEqual(places(await references('08TRIPOLI227.txt', at(dir, '08TRIPOLI227.txt', /TRIPOLI 000227/, 'TRIPOLI'))), ['08TRIPOLI564.txt:27']));
  });

  it('reads only the head of a huge file, does not follow links (a loop neither), and survives files that vanish or cannot be read', async () => {
    const head = fs.readFileSync(path.join(dir, '08MANAMA51.txt'), 'utf8').replace('MANAMA 000051', 'MANAMA 000888');
    fs.writeFileSync(path.join(dir, 'huge.txt'), head + 'The rest of a very long cable. '.repeat(400_000));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    fs.symlinkSync(path.join(dir, '08MANAMA51.txt'), path.join(dir, 'link.txt'));
    // Enough files for worker threads; half of them deleted after the build.
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    const text = fs.readFileSync(path.join(dir, '08MANAMA253.txt'), 'utf8');
    for (let k = 0; k < 400; k++) fs.writeFileSync(path.join(many, `08MANAMA${3000 + k}.txt`), text.replace('MANAMA 000253', `MANAMA 00${3000 + k}`));
    client = await startOn(dir);
    assert.equal((await symbols('08MANAMA31')).length, 100);
    assert.equal((await symbols('08MANAMA3')).length, 200, 'symbols are capped');
    for (let k = 0; k < 400; k += 2) fs.rmSync(path.join(many, `08MANAMA${3000 + k}.txt`));
    assert.deepEqual((await symbols('08MANAMA888')).map((s) => path.basename(s.location.uri)), ['huge.txt']);
    assert.deepEqual((await symbols('08MANAMA51')).filter((s) => s.name.startsWith('08MANAMA51 ')).map((s) => path.basename(s.location.uri)), ['08MANAMA51.txt'], 'the linked copy is not indexed');
    await watched(Array.from({ length: 200 }, (_, k) => [`many/08MANAMA${3000 + 2 * k}.txt`, 3] as [string, 3]));
    await eventually(async () => assert.equal((await symbols('08MANAMA31')).length, 50));
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    await watched([['gone.txt', 1], ['folder.txt', 1]]);
    await eventually(async () => assert.deepEqual((await stats()).problems, [`${path.join(dir, 'folder.txt')}: cannot read: not a file`]));
    assert.equal((await stats()).unreadable, 1);
  });

  it('is off with cable.workspace.index, leaves out cable.workspace.exclude, and drops the lens with cable.workspace.codeLens', async () => {
    client = await startOn(dir, { settings: { index: false } });
    assert.equal((await stats()).state, 'off');
    assert.deepEqual(await symbols('08MANAMA420'), []);
    assert.deepEqual(places(await definition('07MANAMA1112.txt', at(dir, '07MANAMA1112.txt', 'ref C)', 'C'))), ['07MANAMA1112.txt:25'], 'mentions need no index');
    await client.stop();
    client = await startOn(dir, { settings: { exclude: ['bad-input/**'], codeLens: false } });
    assert.deepEqual(places(await definition('08MANAMA430.txt', at(dir, '08MANAMA430.txt', 'REF: MANAMA 420', '420'))), ['08MANAMA420.txt:13']);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: await openIn(client, dir, '08MANAMA420.txt') } }), []);
  });

  it('saves the index in the storage folder: a second start reads only the file that changed', async () => {
    const storage = path.join(dir, '..', `${path.basename(dir)}-storage`);
    try {
      client = await startOn(dir, { storage });
      const first = await stats();
      assert.equal(first.fromCache, 0);
      assert.equal(first.read, first.files);
      await client.stop();
      fs.appendFileSync(path.join(dir, '08MANAMA592.txt'), '\nA line added.\n');
      client = await startOn(dir, { storage });
      const second = await indexReady(client);
      assert.deepEqual([second.read, second.fromCache, second.cables], [1, first.files - 1, first.cables]);
      assert.equal((await symbols('08MANAMA420')).length, 2);
    } finally {
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});
