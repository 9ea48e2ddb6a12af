// Checks what the scope tests cannot see: the committed grammar is the one its source generates,
// every scope ends in `.cable`, every regex compiles (a rule that is rarely reached would otherwise
// fail only when a user's text reaches it), and every snapshot case has its committed snapshot
// (vscode-tmgrammar-snap writes a missing one and passes).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputPath, render } from '../../syntaxes/src/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const snapshotDir = path.join(root, 'test/grammar/snapshots');
const problems = [];

const committed = readFileSync(outputPath, 'utf8');
if (committed !== render()) {
  problems.push('syntaxes/cable.tmLanguage.json differs from its source: run `node syntaxes/src/generate.mjs`');
}
const grammar = JSON.parse(committed);

const scopeNames = [];
const regexes = [];
function visit(node, where) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => visit(child, `${where}[${i}]`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'name' || key === 'contentName') && where !== '') scopeNames.push([`${where}.${key}`, value]);
    else if (['match', 'begin', 'end', 'while'].includes(key)) regexes.push([`${where}.${key}`, value]);
    else visit(value, `${where}.${key}`);
  }
}
visit(grammar.patterns, 'patterns');
visit(grammar.repository, 'repository');

for (const [where, name] of scopeNames) {
  for (const scope of name.split(/\s+/)) {
    if (!/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.cable$/.test(scope)) problems.push(`${where}: scope "${scope}" must end in .cable`);
  }
}

// vscode-oniguruma is the engine vscode-tmgrammar-test (and VS Code) run the grammar with.
const requireFromTool = createRequire(createRequire(import.meta.url).resolve('vscode-tmgrammar-test/package.json'));
const onigPath = requireFromTool.resolve('vscode-oniguruma');
const oniguruma = requireFromTool('vscode-oniguruma');
await oniguruma.loadWASM(readFileSync(path.join(path.dirname(onigPath), 'onig.wasm')).buffer);
for (const [where, source] of regexes) {
  try {
    new oniguruma.OnigScanner([source]).dispose();
  } catch (error) {
    problems.push(`${where}: ${error.message}`);
  }
}

const files = readdirSync(snapshotDir);
for (const file of files.filter((name) => name.endsWith('.cable'))) {
  if (!existsSync(path.join(snapshotDir, `${file}.snap`))) problems.push(`test/grammar/snapshots/${file} has no .snap: run npx vscode-tmgrammar-snap --updateSnapshot on it and review the result`);
}
for (const file of files.filter((name) => name.endsWith('.snap'))) {
  if (!files.includes(file.slice(0, -'.snap'.length))) problems.push(`test/grammar/snapshots/${file} has no source file`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`grammar ok: ${scopeNames.length} scope names, ${regexes.length} regexes, ${files.length / 2} snapshots`);
