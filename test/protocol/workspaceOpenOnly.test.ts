// The workspace features of a server whose host has no files (a browser worker): no folder is
// walked, and the index holds the open cables, so navigation works between the cables open in the
// editor and finds nothing else.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient';
import { at, copyWorkspace, eventually, openIn, places, type IndexStats, type Location } from '../helpers/workspace';

describe('workspace features without files (protocol, host without an indexer)', function () {
  this.timeout(30000);
  let dir: string;
  let remove: () => void;
  let client: LspClient;

  before(async () => {
    ({ dir, remove } = copyWorkspace());
    const server = path.join(__dirname, '..', 'helpers', 'serverWithoutFiles.js');
    client = await LspClient.start(undefined, {}, { workspaceFolders: [dir], settings: { 'cable.workspace': {} }, server });
  });

  after(async () => {
    await client.stop();
    remove();
  });

  const definition = async (position: { line: number; character: number }) =>
    client.request<Location[]>('textDocument/definition', { textDocument: { uri: await openIn(client, dir, '08MANAMA430.txt') }, position });

  it('indexes no file of the folders, and goes from a REF id to the cited cable once it is open', async () => {
    const stats = () => client.request<IndexStats>('cable/workspaceIndex', null);
    await eventually(async () => assert.equal((await stats()).state, 'open'));
    const onRef = at(dir, '08MANAMA430.txt', 'REF: MANAMA 420', '420');
    assert.deepEqual(await definition(onRef), []);
    await eventually(async () => assert.equal((await stats()).cables, 1));
    await openIn(client, dir, '08MANAMA420.txt');
    await eventually(async () => assert.deepEqual(places(await definition(onRef)), ['08MANAMA420.txt:13']));
    assert.deepEqual({ files: (await stats()).files, cables: (await stats()).cables }, { files: 0, cables: 2 });
  });
});
