// The server, a process over stdio or a browser worker (CABLE_TRANSPORT): initialize, didOpen, incremental didChange,
// documentSymbol, foldingRange, selectionRange, requests with a change behind them, shutdown and exit.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DOCUMENT_INFO_METHOD, type DocumentInfo } from '../../server/src/protocol';
import { LspClient, RawLspPeer, transport } from '../helpers/lspClient';
import { seedCable } from '../helpers/paths';

interface Sym {
  name: string;
  detail?: string;
  kind: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  selectionRange: Sym['range'];
  children?: Sym[];
}

const uri = 'file:///tmp/07KARACHI861.cable';
const seed = fs.readFileSync(seedCable, 'utf8');

describe(`language server over ${transport}`, function () {
  this.timeout(20000);
  let client: LspClient;

  beforeEach(async () => {
    client = await LspClient.start();
    await client.open(uri, seed);
  });
  afterEach(() => client.kill());

  it('announces incremental sync and the outline, folding and selection providers', () => {
    const { capabilities, serverInfo } = client.initializeResult;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: true });
    assert.ok(capabilities.documentSymbolProvider);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.selectionRangeProvider, true);
    assert.equal(serverInfo?.name, 'cable-language-server');
  });

  it('answers cable/documentInfo with the reference id of the text, else of the file name', async () => {
    const info = await client.request<DocumentInfo>(DOCUMENT_INFO_METHOD, { textDocument: { uri } });
    assert.deepEqual([info.referenceId, info.classification], ['07KARACHI861', 'CONFIDENTIAL']);
    const unnamed = 'UNCLAS\nSUBJECT: NOTES ON A MEETING\n\n1. Text without a message reference.\n';
    await client.open('file:///tmp/cables/05MADRID1604.txt', unnamed);
    const fromName = await client.request<DocumentInfo>(DOCUMENT_INFO_METHOD, { textDocument: { uri: 'file:///tmp/cables/05MADRID1604.txt' } });
    assert.equal(fromName.referenceId, '05MADRID1604');
    await client.open('file:///tmp/cables/notes.txt', unnamed);
    const none = await client.request<DocumentInfo>(DOCUMENT_INFO_METHOD, { textDocument: { uri: 'file:///tmp/cables/notes.txt' } });
    assert.equal(none.referenceId, null);
  });

  it('gives the outline of the seed cable as a hierarchy', async () => {
    const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.deepEqual(names.slice(0, 3), [
      'Header',
      'C O N F I D E N T I A L SECTION 01 OF 02 KARACHI 000861',
      'SUBJECT: MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP',
    ]);
    assert.equal(names[3], '1. (C) SUMMARY: Muttahida Quami Movement...');
    assert.equal(names[4], '2. (U) Muttahida Quami Movement (MQM)...');
    assert.deepEqual(names.slice(10), ['8. (SBU) Dr. Sattar said their...', 'Section 2 of 2', '9. (C) COMMENT: The leaders, electoral...']);
    const header = symbols[0];
    assert.deepEqual(header.children?.map((c) => c.name), ['FM AMCONSUL KARACHI', 'TO', 'INFO']);
    assert.deepEqual(header.children?.[2].children?.map((c) => c.name), [
      'RUEHIL/AMEMBASSY ISLAMABAD',
      'RUEHLO/AMEMBASSY LONDON',
      'RUEHLH/AMCONSUL LAHORE',
      'RUEHPW/AMCONSUL PESHAWAR',
    ]);
    // Ranges are exact: paragraph 1 starts at its ¶ on line 27, the header spans lines 2-12.
    assert.deepEqual(header.range, { start: { line: 2, character: 0 }, end: { line: 12, character: 29 } });
    assert.deepEqual(symbols[3].selectionRange, { start: { line: 27, character: 1 }, end: { line: 27, character: 2 } });
  });

  it('folds the header, the INFO list and every paragraph', async () => {
    const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    const has = (s: number, e: number) => ranges.some((r) => r.startLine === s && r.endLine === e);
    assert.ok(has(2, 12), 'header');
    assert.ok(has(9, 12), 'INFO addressees');
    // Each paragraph folds to the line before the next one (its blank line included).
    for (const [start, end] of [[27, 28], [29, 30], [35, 38], [43, 44]]) assert.ok(has(start, end), `paragraph at line ${start}`);
    // Paragraph 9 runs to the line before the signature.
    assert.ok(has(47, 47) === false && ranges.every((r) => r.endLine > r.startLine));
  });

  it('expands the selection from a word to the line, the paragraph, the section and the document', async () => {
    // "Sattar" in paragraph 4 (line 33: `¶4. (C) Dr. Sattar said ...`).
    const [chain] = await client.request<Array<{ range: Sym['range']; parent?: unknown }>>('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [{ line: 33, character: 14 }],
    });
    const ranges: Sym['range'][] = [];
    for (let s: { range: Sym['range']; parent?: unknown } | undefined = chain; s; s = s.parent as typeof s) ranges.push(s.range);
    const lines = seed.split('\n');
    assert.deepEqual(ranges, [
      { start: { line: 33, character: 12 }, end: { line: 33, character: 18 } },
      { start: { line: 33, character: 0 }, end: { line: 33, character: lines[33].length } },
      // Section 1 runs from the banner to the line before the continuation line.
      { start: { line: 14, character: 0 }, end: { line: 44, character: 0 } },
      { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } },
    ]);
    assert.equal(lines[33].slice(12, 18), 'Sattar');
  });

  it('applies incremental changes before answering', async () => {
    // Replace the portion mark of paragraph 2 and insert a new paragraph 10 at the end.
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 29, character: 4 }, end: { line: 29, character: 7 } }, text: '(S)' },
        { range: { start: { line: 47, character: 0 }, end: { line: 47, character: 0 } }, text: '10. (C) A new paragraph.\n\n' },
      ],
    });
    const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[4].name, '2. (S) Muttahida Quami Movement (MQM)...');
    assert.ok(symbols.some((s) => s.name === '10. (C) A new paragraph.'));
  });

  it('answers a request from the version it was sent against, even with a change right behind it', async () => {
    // The request and the change behind it arrive in one write, as from a client typing on: the
    // request was sent against version 1, which is current when it is read, so it is answered.
    const peer = await RawLspPeer.start();
    try {
      await peer.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      await peer.response(1);
      await peer.send({ method: 'initialized', params: {} }, { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'cable', version: 1, text: seed } } });
      const change = { range: { start: { line: 29, character: 4 }, end: { line: 29, character: 7 } }, text: '(S)' };
      await peer.send(
        { id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } },
        { method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [change] } },
        { id: 3, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } },
      );
      const before = (await peer.response(2)).result as Sym[];
      const after = (await peer.response(3)).result as Sym[];
      assert.equal(before[4].name, '2. (U) Muttahida Quami Movement (MQM)...');
      assert.equal(after[4].name, '2. (S) Muttahida Quami Movement (MQM)...');
    } finally {
      peer.kill();
    }
  });

  it('shuts down and ends, a process with exit code 0', async () => {
    // A worker has no exit code: it ends itself (self.close()), which stop() waits for.
    assert.equal(await client.stop(), transport === 'stdio' ? 0 : null);
  });
});
