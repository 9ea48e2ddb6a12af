// Rule fixtures: test/fixtures/rules/<CODE>/<name>.cable with <name>.expected.json beside it, the
// findings of rule <CODE> on that file (1-based lines and columns, like `cable lint --format json`):
//   [{ "line": 5, "column": 5, "endLine": 5, "endColumn": 10 }]   ([] for a file that must stay quiet)
// When <name>.fixed.cable exists, applying the rule's preferred fixes (the first fix of each finding
// when none is preferred) must produce it; linting the result must show none of the fixed findings,
// and applying the fixes again must change nothing. A <name>.context.json beside it is what the rule
// knows besides the cable (the workspace, for R2).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable } from '../../../server/src/parser';
import { rules } from '../../../server/src/rules/registry';
import { applyEdits } from '../../../server/src/rules/fixes';
import type { Finding, Rule, RuleContext } from '../../../server/src/rules/types';
import { fixturesDir } from '../../helpers/paths';

const root = path.join(fixturesDir, 'rules');

interface Expected {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function located(f: Finding): Expected {
  return { line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 };
}

function fixOnce(rule: Rule, text: string): string {
  const edits = rule.check(parseCable(text)).flatMap((f) => (f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0])?.edits ?? []);
  return applyEdits(text, edits).text;
}

const codes = fs.existsSync(root) ? fs.readdirSync(root).sort() : [];

describe('rule fixtures', () => {
  it('every registered rule has fixtures that trigger it and fixtures that must not', () => {
    const missing = rules.filter((r) => {
      const dir = path.join(root, r.code);
      if (!fs.existsSync(dir)) return true;
      const expectations = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Expected[]);
      return !expectations.some((e) => e.length > 0) || !expectations.some((e) => e.length === 0);
    });
    assert.deepEqual(missing.map((r) => r.code), []);
  });

  for (const code of codes) {
    const rule = rules.find((r) => r.code === code);
    describe(code, () => {
      it('is a registered rule', () => assert.ok(rule, `no rule ${code} in the registry`));
      if (!rule) return;
      for (const file of fs.readdirSync(path.join(root, code)).filter((f) => f.endsWith('.cable') && !f.endsWith('.fixed.cable'))) {
        const base = path.join(root, code, file.slice(0, -'.cable'.length));
        const text = fs.readFileSync(`${base}.cable`, 'utf8');
        const context = fs.existsSync(`${base}.context.json`) ? (JSON.parse(fs.readFileSync(`${base}.context.json`, 'utf8')) as RuleContext) : undefined;
        it(`${file}: reports exactly the expected findings`, () => {
          const expected = JSON.parse(fs.readFileSync(`${base}.expected.json`, 'utf8')) as Expected[];
          assert.deepEqual(rule.check(parseCable(text), context).map(located), expected);
        });
        if (fs.existsSync(`${base}.fixed.cable`)) {
          it(`${file}: fixes to ${path.basename(base)}.fixed.cable, cleanly and idempotently`, () => {
            const fixed = fixOnce(rule, text);
            assert.equal(fixed, fs.readFileSync(`${base}.fixed.cable`, 'utf8'));
            const remaining = rule.check(parseCable(fixed)).filter((f) => f.fixes?.length);
            assert.deepEqual(remaining.map(located), [], 'fixable findings remain after fixing');
            assert.equal(fixOnce(rule, fixed), fixed, 'a second application changed the text');
          });
        }
      }
    });
  }
});
