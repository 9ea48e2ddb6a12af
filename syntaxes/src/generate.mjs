// Writes syntaxes/cable.tmLanguage.json from cable.grammar.mjs. test/grammar/check-grammar.mjs
// fails when the committed JSON differs from what this produces.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { grammar } from './cable.grammar.mjs';

export const outputPath = fileURLToPath(new URL('../cable.tmLanguage.json', import.meta.url));

export function render() {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(outputPath, render());
}
