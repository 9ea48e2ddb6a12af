// `cable/render` through the real server (a process, or a browser worker): the view's fragment with the editor stylesheet
// and the blocks' lines, the exported page, InvalidParams for a bad form, and REF items that link
// to a cable the server has open (and stop linking when it is closed).

import assert from 'node:assert/strict';
import { LspClient } from '../helpers/lspClient';
import { readFixture } from '../helpers/paths';

interface RenderResult {
  html: string;
  style?: string;
  blocks: Array<{ line: number; endLine: number; id: string }>;
  title: string | null;
  level: string | null;
}

const INVALID_PARAMS = -32602;

describe('cable/render', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.kill());

  it('renders an open cable: the fragment, the editor stylesheet, the blocks and the title', async () => {
    const uri = await client.openNew('seed', readFixture('07KARACHI861.cable'));
    const result = await client.request<RenderResult>('cable/render', { textDocument: { uri } });
    assert.match(result.html, /^<article class="cable lvl-c">/);
    assert.match(result.style ?? '', /--vscode-editor-foreground/);
    assert.equal(result.title, 'MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP');
    assert.equal(result.level, 'CONFIDENTIAL');
    const paragraph = result.blocks.find((b) => b.line === 27);
    assert.deepEqual(paragraph, { line: 27, endLine: 27, id: 'line-27' });
    assert.ok(result.html.includes('id="line-27" data-line="27" data-line-end="27"'));
  });

  it('renders the exported page with its own light and print stylesheet', async () => {
    const uri = await client.openNew('seed', readFixture('07KARACHI861.cable'));
    const result = await client.request<RenderResult>('cable/render', { textDocument: { uri }, form: 'document' });
    assert.match(result.html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(result.html, /@media print\{/);
    assert.doesNotMatch(result.html, /--vscode-/);
    assert.equal(result.style, undefined);
  });

  it('answers InvalidParams for a bad form, and null for a document it does not have', async () => {
    const uri = await client.openNew('seed', readFixture('07KARACHI861.cable'));
    await assert.rejects(client.request('cable/render', { textDocument: { uri }, form: 'pdf' }), (error: { code: number; message: string }) => {
      assert.equal(error.code, INVALID_PARAMS);
      assert.match(error.message, /form/);
      return true;
    });
    assert.equal(await client.request('cable/render', { textDocument: { uri: 'file:///nowhere.cable' } }), null);
  });

  it('links a REF item to a cited cable that is open, and not once it is closed', async () => {
    const cited = 'file:///workspace/07MANAMA1118.txt';
    await client.open(cited, readFixture('workspace/07MANAMA1118.txt'));
    const citing = await client.openNew('citing', readFixture('workspace/08MANAMA49.txt'));
    const linked = await client.request<RenderResult>('cable/render', { textDocument: { uri: citing } });
    assert.deepEqual([...linked.html.matchAll(/<a class="ref-link" href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]), [[cited, 'cable 07MANAMA1118']]);
    await client.notify('textDocument/didClose', { textDocument: { uri: cited } });
    const plain = await client.request<RenderResult>('cable/render', { textDocument: { uri: citing } });
    assert.doesNotMatch(plain.html, /ref-link/);
    assert.match(plain.html, /07 MANAMA 1118: cable 07MANAMA1118/);
  });
});
