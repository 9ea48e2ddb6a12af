// What tools read of `cable lint`: the `$cable-lint` problem matcher of package.json against the real
// text output of the fixture workspace, and `--format github` (workflow commands), escaping included.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defined } from '../helpers/defined';
import { fixturesDir, readFixture, repoRoot } from '../helpers/paths';
import { Sandbox, type JsonDiagnostic } from './sandbox';

interface ProblemPattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  code: number;
  message: number;
}
interface ProblemMatcher {
  name: string;
  owner: string;
  severity: string;
  fileLocation: string[];
  pattern: ProblemPattern;
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { problemMatchers: ProblemMatcher[] } };
const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'cable-lint');

/**
 * The severity VS Code gives a matched line: a severity group it knows (`error`, `warning`, `info`),
 * else the matcher's own `severity`.
 */
const editorSeverity = (group: string | undefined, fallback: string) => (group && ['error', 'warning', 'info'].includes(group) ? group : fallback);
const expectedSeverity: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

describe('cable lint output for tools', function () {
  this.timeout(30000);
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
    fs.cpSync(path.join(fixturesDir, 'workspace'), sandbox.path('cables'), { recursive: true });
  });
  afterEach(() => sandbox.remove());

  const json = (): JsonDiagnostic[] => JSON.parse(sandbox.run(['lint', '--format', 'json', 'cables']).stdout) as JsonDiagnostic[];

  it('the $cable-lint problem matcher reads every line of the text format, as the JSON format says it', () => {
    assert.ok(matcher, 'package.json contributes the cable-lint problem matcher');
    assert.equal(matcher.severity, 'info');
    const text = sandbox.run(['lint', 'cables']);
    assert.equal(text.status, 1, text.stderr);
    const expected = json();
    const output = text.stdout.split('\n').filter((l) => l);
    assert.equal(output.length, expected.length);
    assert.deepEqual(new Set(expected.map((d) => d.severity)), new Set(['error', 'warning', 'information', 'hint']), 'every severity is in the fixtures');
    const { pattern } = matcher;
    const regexp = new RegExp(pattern.regexp);
    output.forEach((line, k) => {
      const match = regexp.exec(line);
      assert.ok(match, `not matched: ${line}`);
      const d = expected[k];
      const severity = editorSeverity(match[pattern.severity], matcher.severity);
      assert.deepEqual(
        [match[pattern.file], Number(match[pattern.line]), Number(match[pattern.column]), severity, match[pattern.code], match[pattern.message]],
        [d.file, d.line, d.column, expectedSeverity[d.severity], d.code, d.message],
      );
    });
    // The summary goes to stderr, where no problem matcher reads.
    assert.ok(!regexp.test(text.stderr.split('\n')[0] ?? ''));
  });

  it('--format github writes one workflow command per diagnostic, with the file relative to the working directory', () => {
    const run = sandbox.run(['lint', '--format', 'github', 'cables']);
    assert.equal(run.status, 1, run.stderr);
    const commands = run.stdout.split('\n').filter((l) => l);
    const expected = json();
    assert.equal(commands.length, expected.length);
    const level: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };
    commands.forEach((command, k) => {
      const d = expected[k];
      const match = /^::(\w+) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]*)::(.*)$/.exec(command);
      assert.ok(match, command);
      const [, kind, file, line, col, endLine, endColumn, title, message] = match;
      const decode = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      assert.deepEqual(
        [kind, decode(file), Number(line), Number(col), Number(endLine), Number(endColumn), decode(title).split(' ')[0], decode(message)],
        [level[d.severity], d.file, d.line, d.column, d.endLine, d.endColumn, d.code, d.message],
      );
    });
    assert.match(defined(commands.find((c) => c.includes('title=T4'))), /^::warning file=cables\/06SAOPAULO1197\.txt,line=38,col=1,endLine=38,endColumn=5,title=T4 \(missing-subject\)::No SUBJECT line$/);
  });

  it('--format github escapes %, CR and LF in the message and the properties, and : and , in the properties', () => {
    // A file name with every character GitHub escapes, and a first line whose rest H1 quotes.
    const name = 'a,b:c%d\r\ne.cable';
    sandbox.write(name, readFixture('06JERUSALEM4511.txt').replace(/^VZCZCXYZ0000\s*$/m, 'VZCZCXYZ0000 50%:x,y'));
    const run = sandbox.run(['lint', '--format', 'github', name]);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(
      run.stdout,
      '::error file=a%2Cb%3Ac%25d%0D%0Ae.cable,line=1,col=14,endLine=1,endColumn=21,title=H1 (transmission-line)' +
        '::50%25:x,y follows FL1 VZCZCXYZ0000, which ends with the sequence number.\n',
    );
  });
});
