// The Cable View's REF links in a workspace, through the real server: a REF item links to the cited
// cable's file when the workspace index has it, though that cable was never opened.

import assert from 'node:assert/strict';
import type { RenderResult } from '../../server/src/lsp/render';
import type { LspClient } from '../helpers/lspClient';
import { copyWorkspace, indexReady, openIn, startOn, uriOf } from '../helpers/workspace';

describe('cable/render in a workspace (protocol, fixture workspace) [stdio]: the index of the Node host', function () {
  this.timeout(30000);
  let dir: string;
  let remove: () => void;
  let client: LspClient;

  before(async () => {
    ({ dir, remove } = copyWorkspace());
    client = await startOn(dir);
    await indexReady(client);
  });

  after(async () => {
    await client.stop();
    remove();
  });

  it('links a REF item to the cited cable of the index, not opened, and leaves a cable not in the folder as text', async () => {
    // 08MANAMA49's REF items A–D are files of the folder, E and F are not (LINKS.md, checked by hand).
    const citing = await openIn(client, dir, '08MANAMA49.txt');
    const rendered = await client.request<RenderResult>('cable/render', { textDocument: { uri: citing } });
    const links = [...rendered.html.matchAll(/<a class="ref-link" href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    const present = ['07MANAMA1118', '07MANAMA1113', '07MANAMA1112', '07MANAMA1110'];
    assert.deepEqual(links, present.map((id) => [uriOf(dir, `${id}.txt`), `cable ${id}`]));
    assert.match(rendered.html, /07 MANAMA 1109: cable 07MANAMA1109/);
  });
});
