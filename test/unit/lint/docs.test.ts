// Every registered rule has its doc page, the target of diagnostic.codeDescription and of SARIF's
// helpUri, with the sections the project asks for.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocUrl } from '../../../server/src/node/ruleDocs';
import { rules } from '../../../server/src/rules/registry';
import { repoRoot } from '../../helpers/paths';

const SECTIONS = ['What', 'Why', 'Example', 'Fix', 'Basis'];

describe('rule doc pages', () => {
  it('links each rule to docs/rules/<CODE>.md of this repository', () => {
    for (const rule of rules) {
      const url = ruleDocUrl(rule.code);
      assert.ok(url, 'docs/rules/ not found above the compiled code');
      assert.equal(fileURLToPath(url), path.join(repoRoot, 'docs', 'rules', `${rule.code}.md`));
    }
  });

  for (const rule of rules) {
    it(`${rule.code} has a page with the sections ${SECTIONS.join(', ')}`, () => {
      const file = path.join(repoRoot, 'docs', 'rules', `${rule.code}.md`);
      assert.ok(fs.existsSync(file), `missing docs/rules/${rule.code}.md`);
      const headings = fs
        .readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .filter((line) => /^#{1,6} /.test(line))
        .map((line) => line.replace(/^#+ /, '').toLowerCase());
      const missing = SECTIONS.filter((s) => !headings.some((h) => h.startsWith(s.toLowerCase())));
      assert.deepEqual(missing, [], `docs/rules/${rule.code}.md lacks sections`);
    });
  }
});
