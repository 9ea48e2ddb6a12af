// A cable too large to show in full, through the real server (a process, or a browser worker): the outline, folding and
// diagnostics stop at their caps (server/src/features/limits.ts), the last outline item and the
// last diagnostic say how many more there are and from where, and one message says so, once.

import assert from 'node:assert/strict';
import { DIAGNOSTICS_PER_FILE, FOLDING_RANGES, OUTLINE_ITEMS } from '../../server/src/features/limits';
import { LspClient } from '../helpers/lspClient';
import { readFixture } from '../helpers/paths';

interface Sym {
  name: string;
  kind: number;
  range: { start: { line: number; character: number } };
  children?: Sym[];
}
interface Published {
  uri: string;
  diagnostics: Array<{ message: string; severity: number; code?: string; range: Sym['range'] }>;
}

/** The seed cable with 6,000 more paragraphs after paragraph 9, every other one marked SECRET (C8, above the banner). */
function hugeCable(): string {
  const lines = readFixture('07KARACHI861.cable').split('\n');
  const at = lines.findIndex((l) => l.startsWith('¶9.')) + 1;
  const more = Array.from({ length: 6000 }, (_, k) => [`${((k + 9) % 999) + 1}. (${k % 2 ? 'S' : 'C'}) Paragraph ${k + 10}.`, '']).flat();
  return [...lines.slice(0, at), '', ...more, ...lines.slice(at)].join('\n');
}

const itemsIn = (symbols: readonly Sym[]): number => symbols.reduce((n, s) => n + 1 + itemsIn(s.children ?? []), 0);

describe('caps on a huge cable', function () {
  this.timeout(30000);

  it('caps the outline, folding and diagnostics, says where in place, and tells the user once', async () => {
    const client = await LspClient.start(undefined, { textDocument: { foldingRange: { rangeLimit: 300 } } });
    try {
      const messages: string[] = [];
      client.connection.onNotification('window/showMessage', (p: { message: string }) => void messages.push(p.message));
      const published = new Promise<Published>((resolve) => client.connection.onNotification('textDocument/publishDiagnostics', resolve));
      const uri = await client.openNew('huge', hugeCable());

      const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const last = symbols[symbols.length - 1];
      assert.ok(itemsIn(symbols) <= OUTLINE_ITEMS + 1, `${itemsIn(symbols)} items`);
      assert.equal(last.kind, 21);
      const left = Number(/^([\d,]+) more items not shown \(the outline stops at 5,000\)$/.exec(last.name)?.[1].replace(/,/g, ''));
      // The seed's own items and the 6,000 paragraphs: each item is either shown or counted.
      const all = itemsIn(symbols.slice(0, -1)) + left;
      assert.ok(all > 6000, `${all}`);
      assert.ok(last.range.start.line > symbols[symbols.length - 2].range.start.line);

      const folding = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } });
      assert.equal(folding.length, 300, "the client's rangeLimit, below the server's own cap");
      assert.ok(FOLDING_RANGES >= 300);

      const { diagnostics } = await published;
      assert.equal(diagnostics.length, DIAGNOSTICS_PER_FILE + 1);
      const note = diagnostics[DIAGNOSTICS_PER_FILE];
      assert.equal(note.severity, 3);
      assert.equal(note.code, undefined);
      assert.match(note.message, /^2,\d{3} more problems from here on are not shown \(problems stop at 1,000 per file; `cable lint` lists them all\)$/);
      assert.ok(note.range.start.line >= diagnostics[DIAGNOSTICS_PER_FILE - 1].range.start.line);

      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0], /^Cable: huge-1\.cable is too large to show in full: folding stops at 5,000 regions, the outline at 5,000 items and the problems at 1,000/);
    } finally {
      client.kill();
    }
  });

  it('leaves a cable of ordinary size whole', async () => {
    const client = await LspClient.start();
    try {
      const uri = await client.openNew('seed', readFixture('07KARACHI861.cable'));
      const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.every((s) => s.kind !== 21));
    } finally {
      client.kill();
    }
  });
});
