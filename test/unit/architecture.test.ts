// The language service (parser, model, features, rules, reference data) depends on neither LSP nor
// VS Code; only server/src/lsp and server/src/cli adapt it, and the client never imports the server.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g)].map((m) => m[1] ?? m[2]);
}

describe('architecture', () => {
  const serverSrc = path.join(repoRoot, 'server', 'src');

  it('keeps the language service free of LSP and VS Code', () => {
    const adapters = [path.join(serverSrc, 'lsp'), path.join(serverSrc, 'cli')];
    const offending = sources(serverSrc)
      .filter((f) => !adapters.some((a) => f.startsWith(a + path.sep)))
      .flatMap((f) => imports(f).filter((i) => /^vscode/.test(i)).map((i) => `${path.relative(repoRoot, f)} imports ${i}`));
    assert.deepEqual(offending, []);
  });

  it('keeps the client thin: it never imports the server code', () => {
    const offending = sources(path.join(repoRoot, 'client', 'src')).flatMap((f) =>
      imports(f).filter((i) => i.includes('server/')).map((i) => `${path.relative(repoRoot, f)} imports ${i}`),
    );
    assert.deepEqual(offending, []);
  });

  it('finds the imports it checks (the check is not vacuous)', () => {
    assert.ok(imports(path.join(serverSrc, 'lsp', 'server.ts')).some((i) => i.startsWith('vscode-languageserver')));
  });
});
