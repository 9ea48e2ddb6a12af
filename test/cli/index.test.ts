// `cable index` and `cable refs` as a user runs them: the built bin on a copy of the fixture
// workspace (test/fixtures/workspace, links checked by hand in its LINKS.md).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defined } from '../helpers/defined';
import { fixturesDir } from '../helpers/paths';
import { Sandbox } from './sandbox';

describe('cable index and cable refs', function () {
  this.timeout(60000);
  let box: Sandbox;
  const cables = fs.readdirSync(path.join(fixturesDir, 'workspace')).filter((f) => f.endsWith('.txt'));

  before(() => {
    box = new Sandbox();
    fs.cpSync(path.join(fixturesDir, 'workspace'), box.path('ws'), { recursive: true });
  });
  after(() => box.remove());

  it('prints one JSON line a cable of a folder, with the fields of the index and the file, and skips what is no cable', () => {
    const run = box.run(['index', '--json', 'ws']);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; id: string; date: string; post: string; classification: string; subject: string; tags: string[]; line: number; refs: Array<{ letter: string; written: string; ids: string[]; line: number }> });
    assert.equal(lines.length, cables.length + 1, 'every cable, and the copy with the same id');
    const e = defined(lines.find((l) => l.file === path.join('ws', '08MANAMA49.txt')), 'the line of 08MANAMA49');
    assert.deepEqual([e.id, e.date, e.post, e.classification, e.subject, e.tags.join(' '), e.line], ['08MANAMA49', '2008-01-27', 'MANAMA', 'CONFIDENTIAL', 'ASHURA IN BAHRAIN', 'PGOV KISL KIRF PHUM ASEC IR BA', 12]);
    assert.deepEqual(e.refs[0], { letter: 'A', written: '07 MANAMA 1118', ids: ['07MANAMA1118'], line: 22 });
    assert.ok(!lines.some((l) => /empty|binary|notes/.test(l.file)));
    assert.match(run.stderr, new RegExp(`${cables.length + 1} cables`));
  });

  it('uses worker threads for many files, and prints a line a cable without --json', () => {
    const text = fs.readFileSync(box.path('ws/08MANAMA253.txt'), 'utf8');
    for (let k = 0; k < 300; k++) box.write(`many/08MANAMA${3000 + k}.txt`, text.replace('MANAMA 000253', `MANAMA 00${3000 + k}`));
    const run = box.run(['index', 'many']);
    assert.equal(run.status, 0, run.stderr);
    const rows = run.stdout.trim().split('\n').map((l) => l.split('\t'));
    assert.equal(rows.length, 300);
    assert.deepEqual(rows[0], ['08MANAMA3000', '2008-04-17', 'MANAMA', 'CONFIDENTIAL', path.join('many', '08MANAMA3000.txt'), "VIOLENCE CONDEMNED; RESTRAINT PREVAILS FOLLOWING POLICEMAN'S DEATH"]);
  });

  it('exits 2 for a PATH that cannot be read or a named file that is no cable, after the cables it could read', () => {
    const run = box.run(['index', 'ws/08MANAMA49.txt', 'missing.txt', 'ws/bad-input/notes.txt']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout.trim().split('\n').length, 1);
    assert.match(run.stderr, /missing\.txt: cannot read: no such file or directory/);
    assert.match(run.stderr, /notes\.txt: not a cable/);
  });

  it('lists the cables citing an id, with their REF items, and those it cites, present or not', () => {
    const run = box.run(['refs', '07MANAMA1110', 'ws']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^07MANAMA1110: ws\/07MANAMA1110\.txt\ncited by 6:\n/);
    for (const citing of ['07MANAMA1112', '07MANAMA1113', '07MANAMA1118', '08MANAMA2', '08MANAMA49', '08MANAMA51']) assert.match(run.stdout, new RegExp(`^ {2}${citing}\\tws/${citing}\\.txt:\\d+\\t`, 'm'));
    assert.match(run.stdout, /cites 1:\n {2}07MANAMA1033\tnot in these files\tMANAMA 1033\n$/);
    const json = JSON.parse(box.run(['refs', '--json', '08MANAMA430', 'ws']).stdout) as { files: string[]; citedBy: unknown[]; cites: Array<{ id: string; files: string[] }> };
    assert.equal(json.citedBy.length, 3);
    assert.deepEqual(json.cites, [{ id: '08MANAMA420', letter: null, written: 'MANAMA 420', files: ['ws/08MANAMA420.txt', 'ws/bad-input/08MANAMA420 copy.txt'] }]);
    assert.equal(box.run(['refs']).status, 2);
  });
});
