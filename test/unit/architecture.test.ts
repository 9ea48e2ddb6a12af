// The house's rules, checked on the sources. The core (server/src but its adapters lsp/ and cli/
// and the Node host node/) depends on neither LSP, VS Code nor Node, so that any host can drive it,
// a browser worker included; the adapters reach it only through its one door (server/src/index.ts).
// The LSP adapter uses only LSP's common API, but for its entry file. Inside the core, rules do not
// lean on features and completion not on hover. The client imports two modules of the server, the
// cable detection and the protocol, which esbuild bundles: they must stay free of Node and the editor.

import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

const serverSrc = path.join(repoRoot, 'server', 'src');
const ADAPTERS = ['lsp', 'cli', 'node'].map((folder) => path.join(serverSrc, folder));
/** The files of the LSP adapter that start a server in a given runtime (a browser entry would join). */
const LSP_ENTRIES = [path.join(serverSrc, 'lsp', 'main.ts')];
/** What the client may import of the server: the cable detection and the shared protocol. */
const CLIENT_ALLOWED = ['parser/detect', 'protocol'];

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

/** The code of a file without its comments (strings are kept: a message may name anything). */
function code(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const isCore = (file: string) => !ADAPTERS.some((a) => file.startsWith(a + path.sep));
const coreFiles = () => sources(serverSrc).filter(isCore);
const where = (file: string) => path.relative(repoRoot, file);

const NODE_MODULE = (i: string) => i.startsWith('node:') || builtinModules.includes(i.split('/')[0]);
/** Node's globals, used as values (`process.argv`, `Buffer.from`, `setImmediate(`) or types (`NodeJS.`). */
const NODE_GLOBAL = /\b(?:process|__dirname|__filename|Buffer|setImmediate|require)\b\s*[.(]|\bNodeJS\./;

/** Node modules imported and Node globals used by `files`. */
function nodeUses(files: readonly string[]): string[] {
  return files.flatMap((f) => [
    ...imports(f).filter(NODE_MODULE).map((i) => `${where(f)} imports ${i}`),
    ...(NODE_GLOBAL.test(code(f)) ? [`${where(f)} uses ${NODE_GLOBAL.exec(code(f))?.[0]}`] : []),
  ]);
}

/** The imports of the files under `from` that resolve into `to` (folders of server/src). */
function importsInto(from: string, to: string): string[] {
  return sources(path.join(serverSrc, from)).flatMap((f) =>
    imports(f)
      .filter((i) => i.startsWith('.') && path.resolve(path.dirname(f), i).startsWith(path.join(serverSrc, to) + path.sep))
      .map((i) => `${where(f)} imports ${i}`),
  );
}

describe('architecture', () => {
  it('keeps the core free of LSP and VS Code', () => {
    const offending = coreFiles().flatMap((f) => imports(f).filter((i) => /^vscode/.test(i)).map((i) => `${where(f)} imports ${i}`));
    assert.deepEqual(offending, []);
  });

  it('keeps the core free of Node: no node: module, fs, path, url, process, Buffer, __dirname or setImmediate', () => {
    assert.deepEqual(nodeUses(coreFiles()), []);
  });

  it('keeps the LSP adapter on LSP’s common API and off Node, but for its entry file', () => {
    const adapter = sources(path.join(serverSrc, 'lsp')).filter((f) => !LSP_ENTRIES.includes(f));
    const runtimeSpecific = adapter.flatMap((f) => imports(f).filter((i) => /^vscode-languageserver\/(?:node|browser)/.test(i)).map((i) => `${where(f)} imports ${i}`));
    assert.deepEqual([...runtimeSpecific, ...nodeUses(adapter)], []);
  });

  it('lets the adapters and the Node host into the core only through its door, server/src/index.ts', () => {
    const door = path.join(serverSrc, 'index');
    const offending = ADAPTERS.flatMap(sources).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => path.resolve(path.dirname(f), i))
        .filter((target) => isCore(`${target}.ts`) && target !== door)
        .map((target) => `${where(f)} imports ${path.relative(serverSrc, target)}`),
    );
    assert.deepEqual(offending, []);
  });

  it('keeps the rules off the features: facts about a cable and the calendar are in the model', () => {
    assert.deepEqual(importsInto('rules', 'features'), []);
  });

  it('keeps completion off hover: what both say of a code is in features/describers.ts', () => {
    assert.deepEqual([...importsInto('features/completion', 'features/hover'), ...importsInto('features/snippets', 'features/hover')], []);
  });

  it('keeps the client thin: of the server it imports only the cable detection and the protocol', () => {
    const offending = sources(path.join(repoRoot, 'client', 'src')).flatMap((f) =>
      imports(f)
        .filter((i) => i.includes('server/') && !CLIENT_ALLOWED.some((allowed) => path.resolve(path.dirname(f), i) === path.join(serverSrc, allowed)))
        .map((i) => `${where(f)} imports ${i}`),
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
    const offending = [...seen].flatMap((f) => imports(f).filter((i) => !i.startsWith('.')).map((i) => `${where(f)} imports ${i}`));
    assert.deepEqual(offending, []);
    assert.ok(seen.size > 4, 'the detection, the protocol and the modules they use');
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

  it('finds what it checks (the checks are not vacuous)', () => {
    assert.ok(imports(path.join(serverSrc, 'lsp', 'server.ts')).some((i) => i.startsWith('vscode-languageserver')));
    assert.ok(nodeUses([path.join(serverSrc, 'lsp', 'main.ts'), path.join(serverSrc, 'node', 'files.ts')]).length >= 3);
    assert.ok(importsInto('features', 'model').length > 0);
    assert.ok(coreFiles().length > 100 && coreFiles().every((f) => !f.includes(`${path.sep}lsp${path.sep}`)));
  });
});
