// The lint engine with rules made up for the test (passed through LintOptions.rules), so that
// severities, failures and fix selection are checked independently of the real rules' findings.

import assert from 'node:assert/strict';
import { lineRange } from '../../../server/src/model/range';
import { parseCable } from '../../../server/src/parser';
import { fixAll, fixAllEdits, lintCable, preferredEdits, preferredFix } from '../../../server/src/rules/engine';
import { applyEdits } from '../../../server/src/rules/fixes';
import type { Finding, Rule } from '../../../server/src/rules/types';
import { corpusFiles, readCorpusCable } from '../../helpers/paths';

function rule(code: string, check: Rule['check'], severity: Rule['severity'] = 'warning'): Rule {
  return { code, name: `test-${code}`, severity, description: 'test rule', basis: 'test', check };
}

const cable = parseCable('UNCLAS SECTION 01 OF 01 HAVANA 004690\n\nE.O. 12958: N/A\nTAGS: PTER, CU\nSUBJECT: TEST\n\n1. (U) One.\n');

/** A rule that reports every lowercase "x" of the text and fixes it to "X". */
const lowerX = rule('X1', (c) =>
  c.lines.flatMap((line, n) =>
    [...line.matchAll(/x/g)].map((m): Finding => ({
      range: lineRange(n, m.index, m.index + 1),
      message: 'lowercase x',
      fixes: [{ title: 'Capitalise', edits: [{ range: lineRange(n, m.index, m.index + 1), newText: 'X' }] }],
    })),
  ),
);

describe('lint engine', () => {
  it('reports with the rule default severity unless a level is configured, and skips rules turned off', () => {
    const a = rule('A1', () => [{ range: lineRange(6, 0, 2), message: 'a' }], 'error');
    const b = rule('B1', () => [{ range: lineRange(0, 0, 6), message: 'b' }], 'hint');
    const defaults = lintCable(cable, { rules: [a, b] }).diagnostics.map((d) => [d.code, d.severity]);
    assert.deepEqual(defaults, [['B1', 'hint'], ['A1', 'error']], 'in document order, default severities');
    const configured = lintCable(cable, { rules: [a, b], levels: { A1: 'information', B1: 'off' } }).diagnostics.map((d) => [d.code, d.severity]);
    assert.deepEqual(configured, [['A1', 'information']]);
  });

  it('keeps linting when a rule throws, and says which rule failed', () => {
    const broken = rule('Z9', () => {
      throw new Error('boom');
    });
    const fine = rule('A1', () => [{ range: lineRange(0, 0, 6), message: 'fine' }]);
    const result = lintCable(cable, { rules: [broken, fine] });
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['A1']);
    assert.equal(result.failures.length, 1);
    assert.equal(result.failures[0].code, 'Z9');
    assert.match(String(result.failures[0].error), /boom/);
  });

  it('passes related information and fixes through', () => {
    const related = [{ range: lineRange(0, 0, 6), message: 'the banner' }];
    const fixes = [{ title: 'one', edits: [] }, { title: 'two', edits: [], preferred: true }];
    const [d] = lintCable(cable, { rules: [rule('R1', () => [{ range: lineRange(6, 3, 6), message: 'm', related, fixes }])] }).diagnostics;
    assert.deepEqual(d.related, related);
    assert.equal(preferredFix(d)?.title, 'two');
    assert.equal(preferredFix({ fixes: fixes.slice(0, 1) })?.title, 'one', 'the first fix when none is preferred');
  });

  it('takes each fix whole or not at all when fixes overlap', () => {
    const edit = (line: number, from: number, to: number, newText: string) => ({ range: lineRange(line, from, to), newText });
    const diagnostics = [
      { code: 'A', severity: 'warning' as const, message: '', range: lineRange(0, 0, 1), related: [], fixes: [{ title: 'a', edits: [edit(0, 0, 2, 'aa'), edit(2, 0, 1, 'a')] }] },
      // Its second edit overlaps the first fix's first edit: the whole fix waits.
      { code: 'B', severity: 'warning' as const, message: '', range: lineRange(0, 0, 1), related: [], fixes: [{ title: 'b', edits: [edit(4, 0, 1, 'b'), edit(0, 1, 3, 'b')] }] },
      { code: 'C', severity: 'warning' as const, message: '', range: lineRange(5, 0, 1), related: [], fixes: [{ title: 'c', edits: [edit(5, 0, 0, 'c')] }] },
      // The same insertion point as C's: its order would be arbitrary, so it waits too.
      { code: 'D', severity: 'warning' as const, message: '', range: lineRange(5, 0, 1), related: [], fixes: [{ title: 'd', edits: [edit(5, 0, 0, 'd')] }] },
    ];
    assert.deepEqual(preferredEdits(diagnostics).map((e) => e.newText), ['aa', 'a', 'c']);
  });

  it('fixes all until nothing is left, so that fixing again changes nothing', () => {
    const text = 'UNCLAS x\n\nSUBJECT: xx x\n';
    const once = fixAll(text, { rules: [lowerX] });
    assert.equal(once.text, 'UNCLAS X\n\nSUBJECT: XX X\n');
    assert.equal(once.rounds, 1);
    assert.equal(fixAll(once.text, { rules: [lowerX] }).rounds, 0);
    assert.deepEqual(lintCable(parseCable(once.text), { rules: [lowerX] }).diagnostics, []);
  });

  it('runs further rounds for fixes held back by overlaps, and gives one spanning edit for them', () => {
    // Each finding covers "x" and the character after it: neighbouring findings overlap.
    const greedy = rule('G1', (c) =>
      c.lines.flatMap((line, n) =>
        [...line.matchAll(/x(?=.)/g)].map((m): Finding => ({ range: lineRange(n, m.index, m.index + 2), message: 'x.', fixes: [{ title: 'X', edits: [{ range: lineRange(n, m.index, m.index + 2), newText: `X${line[m.index + 1]}` }] }] })),
      ),
    );
    const text = 'SUBJECT: x x\nTAGS: xxxx\n';
    const result = fixAll(text, { rules: [greedy] });
    assert.equal(result.text, 'SUBJECT: X x\nTAGS: XXXx\n');
    assert.ok(result.rounds > 1);
    const { edits } = fixAllEdits(text, { rules: [greedy] });
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(text, edits).text, result.text);
    assert.deepEqual(edits[0].range, { start: { line: 0, character: 9 }, end: { line: 1, character: 9 } });
  });

  it('gives the fixes themselves as the edits when one round settles everything', () => {
    const { edits } = fixAllEdits('UNCLAS x\nSUBJECT: x\n', { rules: [lowerX] });
    assert.deepEqual(edits, [
      { range: lineRange(0, 7, 8), newText: 'X' },
      { range: lineRange(1, 9, 10), newText: 'X' },
    ]);
  });

  it('reaches the fixed point however many rounds the fixes take', () => {
    // Each round fixes only the first lowercase x: 40 rounds, four times the engine's old limit.
    const firstX = rule('X2', (c) => {
      const n = c.lines.findIndex((line) => line.includes('x'));
      if (n < 0) return [];
      const at = c.lines[n].indexOf('x');
      return [{ range: lineRange(n, at, at + 1), message: 'x', fixes: [{ title: 'X', edits: [{ range: lineRange(n, at, at + 1), newText: 'X' }] }] }];
    });
    const result = fixAll(`SUBJECT: ${'x'.repeat(40)}\n`, { rules: [firstX] });
    assert.equal(result.text, `SUBJECT: ${'X'.repeat(40)}\n`);
    assert.equal(result.rounds, 40);
    assert.equal(fixAll(result.text, { rules: [firstX] }).rounds, 0);
  });

  it('stops when fixes undo one another', () => {
    const swap = (code: string, from: string, to: string) =>
      rule(code, (c) => {
        const at = c.lines[0].indexOf(from);
        return at < 0 ? [] : [{ range: lineRange(0, at, at + 1), message: from, fixes: [{ title: to, edits: [{ range: lineRange(0, at, at + 1), newText: to }] }] }];
      });
    const result = fixAll('a\n', { rules: [swap('A', 'a', 'b'), swap('B', 'b', 'a')] });
    assert.equal(result.rounds, 2);
  });

  it('leaves nothing fixable in any corpus cable after one fix-all', function () {
    this.timeout(60000);
    for (const file of corpusFiles()) {
      const fixed = fixAll(readCorpusCable(file.replace(/\.txt$/, ''))).text;
      const left = preferredEdits(lintCable(parseCable(fixed)).diagnostics);
      assert.equal(applyEdits(fixed, left).text, fixed, file);
    }
  });
});
