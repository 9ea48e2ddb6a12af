// The CLI on cables as publishers left them: the folder walk of `cable lint` takes in `.txt` cables
// behind a publisher's code line, a glued `Cable dated:` stamp or a database row, and `cable inspect`
// (the built bin, in a separate process) reads them instead of refusing them as "not a cable".

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectInputs } from '../../server/src/cli/lintInputs';
import { fixturesDir, readCorpusCable, readFixture, repoRoot } from '../helpers/paths';

const cableBin = path.join(repoRoot, 'server', 'bin', 'cable.js');

let dir: string;

function cable(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cableBin, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyPrefixed(id: string): string {
  fs.copyFileSync(path.join(fixturesDir, 'prefixes', `${id}.txt`), path.join(dir, `${id}.txt`));
  return `${id}.txt`;
}

describe('cable CLI on publishers\' copies', function () {
  this.timeout(30000);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-publishers-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks into .txt cables behind a publisher\'s code, a glued stamp, a database row or an e-mail header', async () => {
    fs.writeFileSync(path.join(dir, '09MADRID673.txt'), readCorpusCable('09MADRID673'));
    const copied = ['05CAIRO8938', '04BOGOTA11339', '05BOGOTA1775', '09TRIPOLI63'].map(copyPrefixed);
    fs.writeFileSync(path.join(dir, 'notes.txt'), readFixture('not-a-cable.txt'));
    const { files, errors } = await collectInputs([dir]);
    assert.deepEqual(errors, []);
    assert.deepEqual(files.map((f) => path.basename(f)), [...copied, '09MADRID673.txt'].sort());
  });

  it('inspects a cable behind a glued `Cable dated:` stamp instead of refusing it', () => {
    const result = cable('inspect', '--json', copyPrefixed('05CAIRO8938'));
    assert.equal(result.status, 0, result.stderr);
    const metadata = JSON.parse(result.stdout) as { classification: string | null; tags: string[] };
    assert.equal(metadata.classification, 'CONFIDENTIAL');
    assert.deepEqual(metadata.tags, ['PTER', 'KCRM', 'PREL', 'EG', 'OVIP']);
  });

  it('takes the reference id from the file name when the text gives none (a partial extract without a date)', () => {
    fs.writeFileSync(path.join(dir, '02HARARE1001.txt'), readCorpusCable('02HARARE1001'));
    fs.writeFileSync(path.join(dir, 'copy.txt'), readCorpusCable('02HARARE1001'));
    const ids = ['02HARARE1001.txt', 'copy.txt'].map((file) => (JSON.parse(cable('inspect', '--json', file).stdout) as { referenceId: string | null }).referenceId);
    assert.deepEqual(ids, ['02HARARE1001', null]);
    const dated = JSON.parse(cable('inspect', '--json', copyPrefixed('05CAIRO8938')).stdout) as { referenceId: string | null };
    assert.equal(dated.referenceId, '05CAIRO8938', 'from the text: the banner and the `Cable dated:` stamp');
  });
});
