// What `cable lint` tells about its run (the summary, what it skipped and why, what --fix changed),
// its exit codes, --fix on input it must not damage (bytes that are not UTF-8, a file-size limit,
// links, file modes), and `.cablelint.json` files that are hostile (deep, huge, a link to a system
// file, a flood of unknown keys). The built bin in a separate process, in a temporary folder.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readFixture } from '../helpers/paths';
import { Sandbox } from './sandbox';

const seed = readFixture('07KARACHI861.cable');
/** C10 (a warning with a fix) on paragraph 2. */
const unmarked = seed.replace('¶2. (U) ', '¶2. ');
/** C8 (an error) on paragraph 3. */
const aboveBanner = seed.replace('¶3. (SBU) ', '¶3. (S) ');

describe('cable lint tells what it did', function () {
  this.timeout(30000);
  let box: Sandbox;

  beforeEach(() => (box = new Sandbox()));
  afterEach(() => box.remove());

  const lastLine = (stderr: string) => stderr.trimEnd().split('\n').pop();

  it('ends every run with a summary on stderr, an empty folder included', () => {
    fs.mkdirSync(box.path('empty'));
    const empty = box.run(['lint', 'empty']);
    assert.equal(empty.status, 0);
    assert.equal(empty.stdout, '');
    assert.equal(empty.stderr, 'cable lint: 0 files checked; no problems\n');

    box.write('cables/above.cable', aboveBanner);
    box.write('cables/unmarked.cable', unmarked);
    const run = box.run(['lint', '--format', 'json', 'cables']);
    assert.equal(run.status, 1);
    // Both are the seed cable, whose reference id R2 finds in the other file.
    assert.equal(lastLine(run.stderr), 'cable lint: 2 files checked; 4 problems (1 error, 1 warning, 2 information)');
    assert.equal((JSON.parse(run.stdout) as unknown[]).length, 4, 'stdout keeps only the JSON');
  });

  it('skips, says so and goes on past a file in a folder that is not a cable, and a link', () => {
    box.write('cables/above.cable', aboveBanner);
    box.write('cables/notes.cable', 'Reading notes: nothing here is a cable.\n');
    box.write('cables/binary.cable', Buffer.from([0x00, 0x01, 0x02]));
    fs.symlinkSync('above.cable', box.path('cables/link.cable'));
    const run = box.run(['lint', 'cables']);
    assert.equal(run.status, 1, 'the error of above.cable decides, not the files skipped');
    assert.match(run.stderr, /^cable lint: cables\/notes\.cable: not a cable \(.*\): skipped$/m);
    assert.match(run.stderr, /^cable lint: cables\/binary\.cable: not a cable \(binary data\): skipped$/m);
    assert.match(run.stderr, /^cable lint: cables\/link\.cable: skipped: symbolic link not followed$/m);
    assert.equal(lastLine(run.stderr), 'cable lint: 1 file checked; 3 skipped (1 symbolic link not followed, 2 not a cable); 1 problem (1 error)');
    // Named on the command line, a file that is not a cable is bad usage.
    assert.equal(box.run(['lint', 'cables/notes.cable']).status, 2);
  });

  it('gives a missing file and a missing --config the same sentence, in lint and inspect', () => {
    box.write('a.cable', seed);
    const sentence = (name: string) => new RegExp(`^cable (lint|inspect): ${name}: cannot read: no such file or directory$`, 'm');
    assert.match(box.run(['lint', 'missing.cable']).stderr, sentence('missing\\.cable'));
    assert.match(box.run(['inspect', 'missing.cable']).stderr, sentence('missing\\.cable'));
    assert.match(box.run(['lint', '--config', 'missing.json', 'a.cable']).stderr, sentence('missing\\.json'));
  });

  it('--fix says what it changed, per file', () => {
    box.write('a.cable', unmarked);
    box.write('b.cable', seed);
    const run = box.run(['lint', '--fix', 'a.cable', 'b.cable']);
    assert.equal(run.status, 0, run.stderr);
    // What is left is R2 in each (both are the seed cable, with one reference id), which has no fix.
    const left = 'cable lint: 2 files checked; 2 problems (2 information); 1 problem fixed in 1 file';
    assert.deepEqual(run.stderr.trimEnd().split('\n'), ['cable lint: a.cable: fixed 1 problem (C10)', left]);
  });

  it('--fix leaves a file that is not UTF-8 byte for byte as it was, and says why', () => {
    // A latin1 é (E9) in the subject: decoding it gives U+FFFD, which must never be written back.
    const bytes = Buffer.concat([Buffer.from(unmarked.replace('ELECTIONS', 'ELECTIONS (CAF')), Buffer.from([0xe9, 0x29, 0x0a])]);
    box.write('latin1.cable', bytes);
    const run = box.run(['lint', '--fix', 'latin1.cable']);
    assert.deepEqual(fs.readFileSync(box.path('latin1.cable')), bytes);
    assert.match(run.stderr, /^cable lint: latin1\.cable: not fixed: it is not UTF-8 text/m);
    assert.match(lastLine(run.stderr) ?? '', /; 0 problems fixed in 0 files, 1 file left unfixed$/);
    assert.match(run.stdout, / warning C10 /, 'still linted');
  });

  it('--fix under a file-size limit leaves the file whole, and no temporary file behind', () => {
    const text = unmarked + `${'9. (C) A long paragraph to write. '.repeat(200)}\n`;
    box.write('big.cable', text);
    const run = box.run(['lint', '--fix', 'big.cable'], 'ulimit -f 4');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /^cable lint: big\.cable: cannot write: .*\(the file is left as it was\)$/m);
    assert.equal(fs.readFileSync(box.path('big.cable'), 'utf8'), text);
    assert.deepEqual(fs.readdirSync(box.dir), ['big.cable']);
  });

  it('--fix writes through a link named on the command line and keeps the mode', () => {
    box.write('real.cable', unmarked);
    fs.chmodSync(box.path('real.cable'), 0o640);
    fs.symlinkSync('real.cable', box.path('link.cable'));
    assert.equal(box.run(['lint', '--fix', 'link.cable']).status, 0);
    assert.ok(fs.lstatSync(box.path('link.cable')).isSymbolicLink(), 'still a link');
    assert.equal(fs.readFileSync(box.path('real.cable'), 'utf8'), seed.replace('¶2. (U) ', '¶2. (C) '));
    assert.equal(fs.statSync(box.path('real.cable')).mode & 0o777, 0o640);
  });
});

describe('cable lint and a hostile .cablelint.json', function () {
  this.timeout(30000);
  let box: Sandbox;

  beforeEach(() => {
    box = new Sandbox();
    box.write('cables/a.cable', unmarked);
    box.write('cables/b.cable', unmarked);
  });
  afterEach(() => box.remove());

  /** Lints the folder with `config` as its .cablelint.json. */
  function withConfig(config: string | Buffer): { status: number | null; stderr: string } {
    box.write('cables/.cablelint.json', config);
    return box.run(['lint', 'cables']);
  }

  it('refuses one nested 10,000 deep, once for all the cables under it', () => {
    const run = withConfig(`{"C10": ${'['.repeat(10000)}${']'.repeat(10000)}}`);
    assert.equal(run.status, 2);
    const refusals = run.stderr.split('\n').filter((l) => /nests objects or arrays more than 8 deep/.test(l));
    assert.equal(refusals.length, 1, run.stderr);
    assert.match(run.stderr, /2 skipped \(2 under an unusable configuration\)/);
  });

  it('refuses one larger than 64 KB without reading it (2,000,000 keys)', () => {
    const keys = Array.from({ length: 2_000_000 }, (_, k) => `"K${k}":1`).join(',');
    const run = withConfig(`{${keys}}`);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.cablelint\.json: \.cablelint\.json is larger than 64 KB \(\d+ bytes\), and is not read/);
  });

  it('never quotes the text of a file it cannot use (a link to a password file)', () => {
    const outside = new Sandbox();
    try {
      outside.write('passwd', 'root:x:0:0:root:/root:/bin/bash\n');
      fs.symlinkSync(outside.path('passwd'), box.path('cables/.cablelint.json'));
      const run = box.run(['lint', 'cables']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /\.cablelint\.json is not valid JSON: /);
      assert.doesNotMatch(run.stderr, /root|:x:|bin\/bash/);
    } finally {
      outside.remove();
    }
  });

  it('lists the first 20 unknown codes and counts the rest in one more line', () => {
    const run = withConfig(JSON.stringify(Object.fromEntries(Array.from({ length: 500 }, (_, k) => [`Q${k}`, 'off']))));
    assert.equal(run.status, 0);
    const lines = run.stderr.split('\n').filter((l) => l.includes('.cablelint.json:'));
    assert.equal(lines.length, 21, run.stderr);
    assert.match(lines[20], /480 more unknown codes or bad levels from here on \(not listed one by one\) \(ignored\)$/);
  });
});
