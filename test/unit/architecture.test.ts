// The language service (parser, model, features, rules, reference data) depends on neither LSP nor
// VS Code; only server/src/lsp and server/src/cli adapt it. The client imports two modules of the
// server, the cable detection and the protocol, which esbuild bundles: they must stay free of Node
// and of the editor.

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

  /** The imports of the files under `from` that resolve into `to` (folders of server/src). */
  function importsInto(from: string, to: string): string[] {
    return sources(path.join(serverSrc, from)).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('.') && path.resolve(path.dirname(f), i).startsWith(path.join(serverSrc, to) + path.sep))
        .map((i) => `${path.relative(repoRoot, f)} imports ${i}`),
    );
  }

  it('keeps the rules off the features: facts about a cable and the calendar are in the model', () => {
    assert.deepEqual(importsInto('rules', 'features'), []);
  });

  it('keeps completion off hover: what both say of a code is in features/describers.ts', () => {
    assert.deepEqual([...importsInto('features/completion', 'features/hover'), ...importsInto('features/snippets', 'features/hover')], []);
  });

  /** What the client may import of the server: the cable detection and the shared protocol. */
  const CLIENT_ALLOWED = ['parser/detect', 'protocol'];

  it('keeps the client thin: of the server it imports only the cable detection and the protocol', () => {
    const offending = sources(path.join(repoRoot, 'client', 'src')).flatMap((f) =>
      imports(f)
        .filter((i) => i.includes('server/') && !CLIENT_ALLOWED.some((allowed) => i === `../../server/src/${allowed}`))
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
    for (const allowed of CLIENT_ALLOWED) visit(path.join(serverSrc, `${allowed}.ts`));
    const offending = [...seen].flatMap((f) => imports(f).filter((i) => !i.startsWith('.')).map((i) => `${path.relative(repoRoot, f)} imports ${i}`));
    assert.deepEqual(offending, []);
    assert.ok(seen.size > 4, 'the detection, the protocol and the modules they use');
  });

  it('finds the imports it checks (the check is not vacuous)', () => {
    assert.ok(imports(path.join(serverSrc, 'lsp', 'server.ts')).some((i) => i.startsWith('vscode-languageserver')));
  });
});
