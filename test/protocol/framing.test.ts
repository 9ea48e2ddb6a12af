// A wrong Content-Length over a raw stdio pipe: too short, too long, not a number, missing, and
// noise between messages. The server must read on: answer the request behind the bad frame (and,
// where the bytes allow, the badly framed one itself), and say on stderr what it repaired. Bytes
// and their framing exist over stdio only: a worker gets whole messages.

import assert from 'node:assert/strict';
import { frame, RawLspPeer, STDIO_ONLY } from '../helpers/lspClient';

const symbolRequest = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///nowhere.cable' } } });

describe(`stdio framing ${STDIO_ONLY}`, function () {
  this.timeout(20000);
  let peer: RawLspPeer;

  beforeEach(async () => {
    peer = await RawLspPeer.start();
    await peer.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await peer.response(1);
    await peer.send({ method: 'initialized', params: {} });
  });
  afterEach(() => peer.kill());

  /** The bad frame (request 7), then a good request 8: both must be answered. */
  async function bothAnswered(badFrame: string): Promise<void> {
    peer.write(badFrame);
    await peer.send({ id: 8, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///nowhere.cable' } } });
    const [bad, good] = await Promise.all([peer.response(7), peer.response(8)]);
    assert.deepEqual(bad, { jsonrpc: '2.0', id: 7, result: null });
    assert.deepEqual(good, { jsonrpc: '2.0', id: 8, result: null });
    await peer.stderr(/cable-language-server: a message was framed wrongly/);
  }

  it('reads on after a Content-Length that is too short', async () => {
    const body = symbolRequest(7);
    await bothAnswered(`Content-Length: 5\r\n\r\n${body}`);
  });

  it('reads on after a Content-Length that is too long, with a message behind it', async () => {
    const body = symbolRequest(7);
    await bothAnswered(`Content-Length: ${body.length + 500}\r\n\r\n${body}`);
  });

  it('reads on after a Content-Length that is not a number, or missing', async () => {
    await bothAnswered(`Content-Length: abc\r\n\r\n${symbolRequest(7)}`);
    peer.write(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'shutdown' })}`);
    await peer.send({ id: 10, method: 'shutdown' });
    assert.deepEqual(await peer.response(9), { jsonrpc: '2.0', id: 9, result: null });
    assert.deepEqual(await peer.response(10), { jsonrpc: '2.0', id: 10, result: null });
  });

  it('answers a message whose Content-Length is too long once no more bytes come', async () => {
    const body = symbolRequest(7);
    peer.write(`Content-Length: ${body.length + 100}\r\n\r\n${body}`);
    assert.deepEqual(await peer.response(7), { jsonrpc: '2.0', id: 7, result: null });
  });

  it('drops and reports bytes that are no message, and answers the next one', async () => {
    peer.write('this is not a message\r\n\r\n');
    peer.write(frame({ jsonrpc: '2.0', id: 11, method: 'shutdown' }));
    assert.deepEqual(await peer.response(11), { jsonrpc: '2.0', id: 11, result: null });
    await peer.stderr(/dropped 25 bytes that are not a message \(bytes outside any message\)/);
  });

  it('reads a message split across many writes, and several in one write', async () => {
    const message = frame({ jsonrpc: '2.0', id: 12, method: 'textDocument/documentSymbol', params: { textDocument: { uri: `file:///${'x'.repeat(100_000)}.cable` } } });
    for (let k = 0; k < message.length; k += 4000) peer.write(message.subarray(k, k + 4000));
    assert.deepEqual(await peer.response(12), { jsonrpc: '2.0', id: 12, result: null });
    peer.write(Buffer.concat([13, 14, 15].map((id) => frame({ jsonrpc: '2.0', id, method: 'shutdown' }))));
    for (const id of [13, 14, 15]) assert.deepEqual(await peer.response(id), { jsonrpc: '2.0', id, result: null });
    assert.equal(peer.stderrSoFar, '', 'nothing to repair');
  });
});
