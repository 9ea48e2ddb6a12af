// The language service (parser, model, features, rules, reference data) depends on neither LSP nor
// VS Code; only server/src/lsp and server/src/cli adapt it. The client imports one module of the
// server, the cable detection, which esbuild bundles: it must stay free of Node and of the editor.

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

  it('keeps the client thin: of the server it imports only the cable detection', () => {
    const offending = sources(path.join(repoRoot, 'client', 'src')).flatMap((f) =>
      imports(f)
        .filter((i) => i.includes('server/') && i !== '../../server/src/parser/detect')
        .map((i) => `${path.relative(repoRoot, f)} imports ${i}`),
    );
    assert.deepEqual(offending, []);
  });

  it('keeps what the client bundles of the server pure: no Node module and no editor API', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of imports(file).filter((x) => x.startsWith('.') && !x.endsWith('.json'))) visit(path.resolve(path.dirname(file), `${i}.ts`));
    };
    visit(path.join(serverSrc, 'parser', 'detect.ts'));
    const offending = [...seen].flatMap((f) => imports(f).filter((i) => !i.startsWith('.')).map((i) => `${path.relative(repoRoot, f)} imports ${i}`));
    assert.deepEqual(offending, []);
    assert.ok(seen.size > 3, 'the detection and the parser modules it uses');
  });

  it('keeps the workspace index core pure, with what it uses of the service: no Node module and no editor API', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of imports(file).filter((x) => x.startsWith('.') && !x.endsWith('.json'))) {
        const module = path.resolve(path.dirname(file), i);
        visit(fs.existsSync(`${module}.ts`) ? `${module}.ts` : path.join(module, 'index.ts'));
      }
    };
    const core = path.join(serverSrc, 'workspace');
    for (const file of sources(core)) visit(file);
    const offending = [...seen].flatMap((f) => imports(f).filter((i) => !i.startsWith('.')).map((i) => `${path.relative(repoRoot, f)} imports ${i}`));
    assert.deepEqual(offending, []);
    assert.ok([...seen].some((f) => f.includes(`${path.sep}parser${path.sep}`)), 'the parser modules it uses');
  });

  it('finds the imports it checks (the check is not vacuous)', () => {
    assert.ok(imports(path.join(serverSrc, 'lsp', 'server.ts')).some((i) => i.startsWith('vscode-languageserver')));
  });
});
