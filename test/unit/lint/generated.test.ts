// The committed files generated from the registry must be what the registry says now
// (`npm run build` regenerates them outside CI).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { README_PATH, SCHEMA_PATH, schemaText, withRuleTable } from '../../../scripts/generated';
import { repoRoot } from '../../helpers/paths';

describe('files generated from the rule registry', () => {
  it(`${SCHEMA_PATH} is up to date`, () => {
    assert.equal(fs.readFileSync(path.join(repoRoot, SCHEMA_PATH), 'utf8'), schemaText(), 'run npm run build and commit the schema');
  });

  it(`the rule table in ${README_PATH} is up to date`, () => {
    const readme = fs.readFileSync(path.join(repoRoot, README_PATH), 'utf8');
    const expected = withRuleTable(readme);
    assert.ok(expected, 'README.md lacks the <!-- rules:start --> / <!-- rules:end --> markers');
    assert.equal(readme, expected, 'run npm run build and commit README.md');
  });
});
