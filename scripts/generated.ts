// Files generated from the rule registry: the JSON schema of `.cablelint.json` and the README's
// rule table (between its marker comments). `npm run build` writes them (scripts/generate.ts); a
// unit test fails when the committed copies drift from what the registry says.

import * as path from 'node:path';
import { configSchema } from '../server/src/rules/config/schema';
import { rules } from '../server/src/rules/registry';

export const SCHEMA_PATH = path.join('schemas', 'cablelint.schema.json');
export const README_PATH = 'README.md';
const TABLE_START = '<!-- rules:start -->';
const TABLE_END = '<!-- rules:end -->';

export function schemaText(): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The table as it stands between the markers (the markers not included). */
function ruleTable(): string {
  const rows = rules.map((r) => `| [${r.code}](docs/rules/${r.code}.md) | ${cell(r.name)} | ${r.severity} | ${cell(r.description)} | ${cell(r.basis)} |`);
  return ['', '| Code | Name | Default | What it checks | Basis |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** `readme` with the table between the markers replaced, or null when the markers are missing. */
export function withRuleTable(readme: string): string | null {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start + TABLE_START.length) + ruleTable() + readme.slice(end);
}
