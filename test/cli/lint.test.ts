// `cable lint` as a user runs it: the built bin in a separate process, on copies of real cables
// with one defect injected, in a temporary folder.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { rules } from '../../server/src/rules/registry';
import { readCorpusCable, readFixture, repoRoot } from '../helpers/paths';
import { Sandbox, type JsonDiagnostic } from './sandbox';

const seed = readFixture('07KARACHI861.cable');
/** Paragraph 2 without its portion mark: C10 (a warning) at line 30, on the number `2.`. */
const unmarked = seed.replace('¶2. (U) ', '¶2. ');
/** Paragraph 3 marked SECRET in a CONFIDENTIAL cable: C8 (an error). */
const aboveBanner = seed.replace('¶3. (SBU) ', '¶3. (S) ');

let sandbox: Sandbox;
let dir: string;
const write = (relative: string, text: string) => sandbox.write(relative, text);
const lint = (...args: string[]) => sandbox.run(['lint', ...args]);

function lintJson(...args: string[]): JsonDiagnostic[] {
  const result = lint('--format', 'json', ...args);
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return JSON.parse(result.stdout) as JsonDiagnostic[];
}

describe('cable lint', function () {
  this.timeout(30000);

  beforeEach(() => {
    sandbox = new Sandbox();
    dir = sandbox.dir;
  });
  afterEach(() => sandbox.remove());

  it('prints file:line:column severity CODE message and exits 0 when no error is found', () => {
    write('unmarked.cable', unmarked);
    const { status, stdout } = lint('unmarked.cable');
    assert.equal(status, 0);
    const c10 = stdout.split('\n').filter((line) => / C10 /.test(line));
    assert.deepEqual(c10, ['unmarked.cable:30:2 warning C10 Paragraph 2 has no portion mark']);
  });

  it('exits 1 when an error-severity diagnostic is found', () => {
    write('above.cable', aboveBanner);
    const { status, stdout } = lint('above.cable');
    assert.equal(status, 1);
    assert.match(stdout, /^above\.cable:\d+:\d+ error C8 /m);
  });

  it('exits 0 on a real cable without a defect', () => {
    write('seed.cable', seed);
    const { status, stderr } = lint('seed.cable');
    assert.equal(status, 0, stderr);
  });

  it('gives JSON with 1-based lines and columns and an exclusive end column', () => {
    write('unmarked.cable', unmarked);
    const c10 = lintJson('unmarked.cable').filter((d) => d.code === 'C10');
    assert.deepEqual(c10, [{ file: 'unmarked.cable', line: 30, column: 2, endLine: 30, endColumn: 4, severity: 'warning', code: 'C10', message: 'Paragraph 2 has no portion mark' }]);
  });

  it('walks folders for *.cable files and for *.txt files that begin like a cable', () => {
    // Every cable here has the injected defect, so each file read shows up in the output.
    write('a.cable', unmarked);
    write('sub/b.txt', unmarked);
    write('sub/notes.txt', readFixture('not-a-cable.txt'));
    write('sub/deeper/c.cable', unmarked);
    write('node_modules/d.cable', unmarked);
    const result = lint('--format', 'json', '.');
    assert.equal(result.status, 0, result.stderr);
    // The three copies also share one reference id, which R2 tells of in each.
    assert.equal(result.stderr, `cable lint: ${path.join('sub', 'notes.txt')}: skipped: not a cable\ncable lint: 3 files checked; 1 skipped (1 not a cable); 6 problems (3 warnings, 3 information)\n`);
    const files = new Set((JSON.parse(result.stdout) as JsonDiagnostic[]).map((d) => d.file));
    assert.deepEqual([...files], ['a.cable', path.join('sub', 'b.txt'), path.join('sub', 'deeper', 'c.cable')]);
  });

  it('walks into *.txt cables behind a publisher\'s notice or a banner copy, not into notes', () => {
    // Each with a portion mark removed, so that every file read shows a C10 finding.
    write('harare.txt', readCorpusCable('00HARARE5461').replace('¶3. (C) ', '¶3. '));
    write('walk-in.txt', readCorpusCable('09STATE119085').replace('¶2.  (S/NF) ', '¶2.  '));
    write('notes.txt', readFixture('not-a-cable.txt'));
    const c10 = (JSON.parse(lint('--format', 'json', '.').stdout) as JsonDiagnostic[]).filter((d) => d.code === 'C10');
    assert.deepEqual(c10.map((d) => `${d.file}:${d.line}`).sort(), ['harare.txt:56', 'walk-in.txt:65']);
  });

  it('writes SARIF 2.1.0 that validates against the schema, with every rule and its help page', () => {
    write('above.cable', aboveBanner);
    const result = lint('--format', 'sarif', 'above.cable');
    assert.equal(result.status, 1);
    const log = JSON.parse(result.stdout) as Log;
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'cli', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // rtm.5 has a pattern that is invalid as a Unicode regular expression (`…{2}]?$`).
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0];
    const driverRules = run.tool.driver.rules ?? [];
    assert.deepEqual(driverRules.map((r) => r.id), rules.map((r) => r.code));
    for (const r of driverRules) {
      assert.ok(r.helpUri, `${r.id} has no helpUri`);
      assert.equal(fileURLToPath(r.helpUri), path.join(repoRoot, 'docs', 'rules', `${r.id}.md`));
    }
    const c8 = (run.results ?? []).find((r) => r.ruleId === 'C8');
    assert.ok(c8, 'no C8 result');
    assert.equal(c8.level, 'error');
    assert.equal(driverRules[c8.ruleIndex ?? -1]?.id, 'C8');
    assert.equal(c8.locations?.[0].physicalLocation?.artifactLocation?.uri, 'above.cable');
  });

  it('--fix writes the preferred fixes, and a second run changes nothing', () => {
    write('unmarked.cable', unmarked);
    const first = lint('--fix', 'unmarked.cable');
    assert.equal(first.status, 0, first.stderr);
    const fixed = fs.readFileSync(path.join(dir, 'unmarked.cable'), 'utf8');
    assert.equal(fixed, seed.replace('¶2. (U) ', '¶2. (C) '), 'the banner level is the preferred mark');
    assert.doesNotMatch(first.stdout, / C10 /);
    const second = lint('--fix', 'unmarked.cable');
    assert.equal(second.status, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'unmarked.cable'), 'utf8'), fixed);
    assert.equal(second.stdout, first.stdout);
  });

  it('honours the nearest .cablelint.json, and --config FILE instead of it', () => {
    write('cables/unmarked.cable', unmarked);
    write('cables/.cablelint.json', '{"C10": "off"}');
    write('strict.json', '{"C10": "error"}');
    assert.ok(!lintJson('cables').some((d) => d.code === 'C10'));
    const strict = lint('--config', 'strict.json', 'cables');
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /:30:2 error C10 /);
  });

  it('warns about unknown codes and bad levels in the configuration but lints on', () => {
    write('unmarked.cable', unmarked);
    write('.cablelint.json', '{\n  "C10": "loud",\n  "Q99": "off"\n}\n');
    const result = lint('unmarked.cable');
    assert.equal(result.status, 0);
    assert.match(result.stderr, /\.cablelint\.json:2:10: rule C10: level must be one of .* \(ignored\)/);
    assert.match(result.stderr, /\.cablelint\.json:3:3: unknown rule code 'Q99' \(ignored\)/);
    assert.match(result.stdout, / warning C10 /);
  });

  it('exits 2 with a clear message on bad usage and unreadable input', () => {
    write('unmarked.cable', unmarked);
    write('notes.txt', 'Reading notes: nothing here is a cable.\n');
    write('bad.json', '{"C10": "off",}');
    const cases: Array<[string[], RegExp]> = [
      [[], /no PATH given\nusage: cable lint/],
      [['--format', 'xml', 'unmarked.cable'], /unknown format 'xml'/],
      [['--frobnicate', 'unmarked.cable'], /Unknown option '--frobnicate'/],
      [['missing.cable'], /^cable lint: missing\.cable: cannot read: no such file or directory$/m],
      [['notes.txt'], /notes\.txt: not a cable/],
      [['--config', 'bad.json', 'unmarked.cable'], /bad\.json: \.cablelint\.json is not valid JSON/],
      [['--config', 'nowhere.json', 'unmarked.cable'], /^cable lint: nowhere\.json: cannot read: no such file or directory$/m],
    ];
    for (const [args, message] of cases) {
      const result = lint(...args);
      assert.equal(result.status, 2, `cable lint ${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message, `cable lint ${args.join(' ')}`);
    }
  });

  it('still reports the files it could read when another cannot be read', () => {
    write('unmarked.cable', unmarked);
    const result = lint('unmarked.cable', 'missing.cable');
    assert.equal(result.status, 2);
    assert.match(result.stdout, /^unmarked\.cable:30:2 warning C10 /m);
  });
});
