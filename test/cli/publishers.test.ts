// The CLI on cables as publishers left them: the folder walk of `cable lint` takes in `.txt` cables
// behind a publisher's code line, a glued `Cable dated:` stamp or a database row.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectInputs } from '../../server/src/cli/lintInputs';
import { fixturesDir, readCorpusCable, readFixture } from '../helpers/paths';

let dir: string;

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
});
