// Writes the files generated from the rule registry (see generated.ts) and the client's l10n bundle
// (see l10n.ts); run by `npm run build`.
// Under CI (CI set) it writes nothing, so that the committed files are what the drift test checks.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { README_PATH, SCHEMA_PATH, schemaText, withRuleTable } from './generated';
import { bundleText, L10N_BUNDLE_PATH } from './l10n';

const root = path.resolve(__dirname, '..', '..');

function update(relative: string, content: string): void {
  const file = path.join(root, relative);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === content) return;
  if (process.env.CI) {
    process.stdout.write(`generate: ${relative} differs from the registry (not written under CI)\n`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  process.stdout.write(`generate: updated ${relative}\n`);
}

update(SCHEMA_PATH, schemaText());
update(L10N_BUNDLE_PATH, bundleText(root));
const readme = fs.readFileSync(path.join(root, README_PATH), 'utf8');
const table = withRuleTable(readme);
if (table === null) throw new Error(`generate: ${README_PATH} lacks the rule table markers`);
update(README_PATH, table);
