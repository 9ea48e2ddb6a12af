// Bad params through the real server (a process, or a browser worker): notifications that do not fit are dropped (the server
// lives on), requests get InvalidParams naming the field, never an exception's text; positions past
// the end of a line are its end; and the model follows the text a document was last opened with.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CLASSIFICATION_MARKS_METHOD } from '../../server/src/protocol';
import { LspClient } from '../helpers/lspClient';
import { seedCable } from '../helpers/paths';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Chain {
  range: Range;
  parent?: Chain;
}
interface Sym {
  name: string;
}

const seed = fs.readFileSync(seedCable, 'utf8');
const lines = seed.split('\n');
const INVALID_PARAMS = -32602;

const contains = (r: Range, p: { line: number; character: number }) =>
  (r.start.line < p.line || (r.start.line === p.line && r.start.character <= p.character)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

describe('bad input over the protocol', function () {
  this.timeout(20000);
  let client: LspClient;
  let uri: string;

  beforeEach(async () => {
    client = await LspClient.start();
    uri = await client.openNew('seed', seed);
  });
  afterEach(() => client.kill());

  async function invalidParams(method: string, params: unknown): Promise<string> {
    const error = await client.request(method, params).then(
      () => assert.fail(`${method} answered ${JSON.stringify(params)}`),
      (e: { code: number; message: string }) => e,
    );
    assert.equal(error.code, INVALID_PARAMS, `${method}: ${error.message}`);
    assert.doesNotMatch(error.message, /Cannot read|undefined|null \(reading/);
    return error.message;
  }

  it('drops a didOpen whose text is not a string, and a didChange with a bad range, and lives on', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/null.cable', languageId: 'cable', version: 1, text: null } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/number.cable', languageId: 'cable', version: 1, text: 42 } });
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: -3, character: 0.5 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 5 }] });
    await client.notify('textDocument/didChange', null);
    await client.notify('textDocument/didClose', { textDocument: {} });
    await client.notify('workspace/didChangeWatchedFiles', { changes: 'none' });
    await client.notify('workspace/didChangeConfiguration', null);
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/null.cable' } }), null, 'never opened');
    const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, 'Header', 'the document is as it was opened');
    assert.ok(client.running(), 'the server runs');
  });

  it('answers InvalidParams, naming the field, for negative, fractional, null and missing positions', async () => {
    const bad = [{ line: -1, character: 0 }, { line: 1.5, character: 0 }, { line: 0, character: -2 }, null, { line: '3', character: 0 }, undefined];
    for (const position of bad) {
      assert.match(await invalidParams('textDocument/hover', { textDocument: { uri }, position }), /^position/);
      assert.match(await invalidParams('textDocument/completion', { textDocument: { uri }, position }), /^position/);
      assert.match(await invalidParams('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 3, character: 0 }, position] }), /^positions\[1\]/);
    }
    assert.match(await invalidParams('textDocument/selectionRange', { textDocument: { uri }, positions: null }), /^positions must be an array/);
  });

  it('answers InvalidParams for a bad or missing uri, and for malformed code action and command params', async () => {
    for (const textDocument of [{ uri: 42 }, { uri: '' }, { uri: 'no scheme' }, {}, null]) {
      assert.match(await invalidParams('textDocument/documentSymbol', { textDocument }), /^textDocument/);
    }
    assert.match(await invalidParams('textDocument/foldingRange', {}), /^textDocument must be an object/);
    assert.match(await invalidParams(CLASSIFICATION_MARKS_METHOD, null), /must be an object/);
    assert.match(await invalidParams('textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [] } }), /^range/);
    assert.match(await invalidParams('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ range: 'x' }] } }), /^context\.diagnostics\[0\]\.range/);
    assert.match(await invalidParams('workspace/executeCommand', { command: 'cable.fixAll', arguments: 7 }), /^arguments must be an array/);
    const item = { label: 'X', data: 'not the server\'s' };
    assert.deepEqual(await client.request('completionItem/resolve', item), item, 'returned as it came');
  });

  it('refuses a line past the end of the document, and takes a character past the end of its line as that end', async () => {
    assert.match(await invalidParams('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 1e9, character: 0 }] }), /past the end of the document \(49 lines\)/);
    assert.match(await invalidParams('textDocument/hover', { textDocument: { uri }, position: { line: lines.length, character: 0 } }), /past the end/);
    const [chain] = await client.request<Chain[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 33, character: 1e9 }] });
    assert.ok(contains(chain.range, { line: 33, character: lines[33].length }), JSON.stringify(chain.range));
  });

  it('gives selection chains whose every range contains the position, wherever it is', async () => {
    const columns = (text: string) => [...new Set([0, 1, Math.floor(text.length / 2), text.length])].filter((c) => c <= text.length);
    const positions = lines.flatMap((text, line) => columns(text).map((character) => ({ line, character })));
    const chains = await client.request<Chain[]>('textDocument/selectionRange', { textDocument: { uri }, positions });
    assert.equal(chains.length, positions.length);
    chains.forEach((chain, k) => {
      for (let c: Chain | undefined = chain; c; c = c.parent) assert.ok(contains(c.range, positions[k]), `${JSON.stringify(positions[k])} not in ${JSON.stringify(c.range)}`);
    });
  });

  it('serves the text of the last didOpen, even under the same uri and version, or an older version', async () => {
    const other = seed.replace('SUBJECT: MQM LEADERS', 'SUBJECT: PPP LEADERS');
    const subject = async () => (await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } })).find((s) => s.name.startsWith('SUBJECT'))?.name;
    assert.match((await subject()) ?? '', /MQM LEADERS/);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.open(uri, other, 1);
    assert.match((await subject()) ?? '', /PPP LEADERS/, 'same uri and version, other text');
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: seed }] });
    assert.match((await subject()) ?? '', /MQM LEADERS/);
    await client.open(uri, other, 2);
    assert.match((await subject()) ?? '', /PPP LEADERS/, 'an older version');
  });

  it('answers ContentModified only to a request whose document changed while it waited', async () => {
    // The code action waits for the settings, which this client holds back until the document changed.
    const waiting = await LspClient.start(undefined, { workspace: { configuration: true } });
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      waiting.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
        await held;
        return params.items.map(() => ({}));
      });
      const held1 = await waiting.openNew('held', seed);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const action = waiting.request('textDocument/codeAction', { textDocument: { uri: held1 }, range, context: { diagnostics: [] } });
      const symbols = waiting.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: held1 } });
      await waiting.notify('textDocument/didChange', { textDocument: { uri: held1, version: 2 }, contentChanges: [{ range, text: ' ' }] });
      assert.equal((await symbols)[0].name, 'Header', 'answered at once, from version 1');
      release();
      await assert.rejects(action, (e: { code: number }) => e.code === -32801);
    } finally {
      waiting.kill();
    }
  });
});
