// The rules of the REF list and the workspace through the real server, on the fixture workspace: R1
// on refs D and E of 08TRIPOLI307 (whose REF list has A and B), and R2 on 08MANAMA420, whose copy in
// bad-input/ has its id, gone once the copy is deleted and the client's file watching says so.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LspClient } from '../helpers/lspClient';
import { copyWorkspace, eventually, openIn, startOn, uriOf } from '../helpers/workspace';

interface Published {
  uri: string;
  diagnostics: Array<{ code: string; message: string; severity: number; range: { start: { line: number; character: number } } }>;
}

describe('workspace rules R1 and R2 (protocol, fixture workspace) [stdio]: the index of the Node host', function () {
  this.timeout(60000);
  let dir: string;
  let remove: () => void;
  let client: LspClient;
  const latest = new Map<string, Published>();
  const codes = (name: string, code: string) =>
    (latest.get(uriOf(dir, name))?.diagnostics ?? []).filter((d) => d.code === code).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);

  before(async () => {
    ({ dir, remove } = copyWorkspace());
    client = await startOn(dir);
    client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => void latest.set(p.uri, p));
  });

  after(async () => {
    await client.stop();
    remove();
  });

  it('warns of a REF letter the text mentions and the REF list does not have (R1)', async () => {
    await openIn(client, dir, '08TRIPOLI307.txt');
    await eventually(async () =>
      assert.deepEqual(codes('08TRIPOLI307.txt', 'R1'), ['35:1045 Ref D is not in the REF list (A, B)', '37:363 Ref E is not in the REF list (A, B)']),
    );
    assert.equal(latest.get(uriOf(dir, '08TRIPOLI307.txt'))?.diagnostics.find((d) => d.code === 'R1')?.severity, 2);
  });

  it('tells of another workspace file with the cable\'s id (R2), and no longer once it is deleted', async () => {
    await openIn(client, dir, '08MANAMA420.txt');
    await eventually(async () => assert.deepEqual(codes('08MANAMA420.txt', 'R2'), ['13:42 Reference id 08MANAMA420 is also the id of 08MANAMA420 copy.txt']));
    assert.deepEqual(codes('08TRIPOLI307.txt', 'R2'), []);
    const copy = path.join('bad-input', '08MANAMA420 copy.txt');
    fs.rmSync(path.join(dir, copy));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, copy), type: 3 }] });
    await eventually(async () => assert.deepEqual(codes('08MANAMA420.txt', 'R2'), []));
  });
});
