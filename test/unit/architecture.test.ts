// The house's rules, checked on the sources. The core (server/src but its adapters lsp/ and cli/
// and the Node host node/) depends on neither LSP, VS Code nor Node, so that any host can drive it,
// a browser worker included; the adapters reach it only through its one door (server/src/index.ts).
// The LSP adapter uses only LSP's common entry points and neither Node nor the Node host, but for
// its entry files (Node, browser); nothing the browser entry reaches uses Node, and the web
// extension's code is type-checked without Node's types (tsconfig.web.json). Inside the core, rules
// do not lean on features and completion not on hover. The client imports two modules of the server,
// the cable detection and the protocol, which esbuild bundles: they must stay free of Node and the
// editor. Imports and globals are read by TypeScript's own scanner and parser, so that comments and
// strings never count and no form of import (`import type`, `export … from`, `import()`, `require()`)
// is missed.

import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../helpers/paths';

const serverSrc = path.join(repoRoot, 'server', 'src');
const ADAPTERS = ['lsp', 'cli', 'node'].map((folder) => path.join(serverSrc, folder));
/** The files of the LSP adapter that start a server in a given runtime: Node, and a browser. */
const BROWSER_ENTRY = path.join(serverSrc, 'lsp', 'browserMain.ts');
const LSP_ENTRIES = [path.join(serverSrc, 'lsp', 'main.ts'), BROWSER_ENTRY];
/** LSP's entry points that run in any runtime (`vscode-languageserver/node` and `/browser` do not). */
const LSP_COMMON = ['vscode-languageserver', 'vscode-languageserver-textdocument'];
/** The packages a browser bundle may take in: LSP's common and browser APIs, and what the core uses. */
const BROWSER_PACKAGES = /^(?:vscode-languageserver(?:\/browser)?|vscode-languageserver-textdocument|jsonc-parser)$/;
/** What the client may import of the server: the cable detection and the shared protocol. */
const CLIENT_ALLOWED = ['parser/detect', 'protocol'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The modules a file imports: import and export declarations, `import x = require()`, `import()` and `require()`. */
function imports(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** Node's globals, as values (`process.argv`, `Buffer.from`, `setImmediate(…)`) or types (`NodeJS.Timeout`). */
const NODE_GLOBALS = new Set(['process', '__dirname', '__filename', 'Buffer', 'setImmediate', 'require', 'module', 'global', 'NodeJS']);

/** The Node globals a file names: identifiers that are not a property's or a declaration's own name. */
function nodeGlobals(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  // Only a file that spells one of the names needs its syntax tree (which the big data modules would make slow).
  if (![...NODE_GLOBALS].some((name) => new RegExp(String.raw`\b${name}\b`).test(text))) return [];
  const found = new Set<string>();
  walk(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true), (node) => {
    if (!ts.isIdentifier(node) || !NODE_GLOBALS.has(node.text)) return;
    const parent = node.parent;
    const isName =
      (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
      (ts.isQualifiedName(parent) && parent.right === node) ||
      ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) ||
      ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === node);
    if (!isName) found.add(node.text);
  });
  return [...found];
}

const isCore = (file: string) => !ADAPTERS.some((a) => file.startsWith(a + path.sep));
const coreFiles = () => sources(serverSrc).filter(isCore);
const where = (file: string) => path.relative(repoRoot, file);

const NODE_MODULE = (i: string) => i.startsWith('node:') || builtinModules.includes(i.split('/')[0]);

/** Node modules imported (`node:…`, `fs`, `path`, `worker_threads`…) and Node globals used by `files`. */
function nodeUses(files: readonly string[]): string[] {
  return files.flatMap((f) => [...imports(f).filter(NODE_MODULE).map((i) => `${where(f)} imports ${i}`), ...nodeGlobals(f).map((g) => `${where(f)} uses ${g}`)]);
}

/** The relative imports of `file`, resolved to paths without extension. */
const resolvedImports = (file: string) =>
  imports(file)
    .filter((i) => i.startsWith('.'))
    .map((i) => path.resolve(path.dirname(file), i));

/** The source files `entries` reach through relative imports, themselves included (a folder's is its index.ts). */
function importGraph(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of imports(file).filter((x) => x.startsWith('.') && !x.endsWith('.json'))) {
      const target = path.resolve(path.dirname(file), i);
      visit(fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, 'index.ts'));
    }
  };
  entries.forEach(visit);
  return seen;
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

  it('keeps the core free of Node: no node: module, fs, path, url, worker_threads, process, Buffer, __dirname or setImmediate', () => {
    assert.deepEqual(nodeUses(coreFiles()), []);
  });

  it('keeps the LSP adapter on LSP’s common entry points, off Node and off the Node host, but for its entry files', () => {
    const adapter = sources(path.join(serverSrc, 'lsp')).filter((f) => !LSP_ENTRIES.includes(f));
    const packages = adapter.flatMap((f) => imports(f).filter((i) => !i.startsWith('.') && !LSP_COMMON.includes(i)).map((i) => `${where(f)} imports ${i}`));
    const nodeHost = path.join(serverSrc, 'node') + path.sep;
    const host = adapter.flatMap((f) => resolvedImports(f).filter((target) => target.startsWith(nodeHost)).map((target) => `${where(f)} imports ${path.relative(serverSrc, target)}`));
    assert.deepEqual([...packages, ...host, ...nodeUses(adapter)], []);
  });

  it('keeps the browser server free of Node: nothing its entry reaches imports a Node module or uses a Node global', () => {
    const graph = [...importGraph([BROWSER_ENTRY])];
    const packages = graph.flatMap((f) => imports(f).filter((i) => !i.startsWith('.') && !BROWSER_PACKAGES.test(i)).map((i) => `${where(f)} imports ${i}`));
    assert.deepEqual([...packages, ...nodeUses(graph)], []);
    assert.ok(graph.includes(path.join(serverSrc, 'lsp', 'server.ts')) && graph.length > 100, `the walk reaches the server and the core (${graph.length} files)`);
  });

  it('lets the adapters and the Node host into the core only through its door, server/src/index.ts', () => {
    const door = path.join(serverSrc, 'index');
    const offending = ADAPTERS.flatMap(sources).flatMap((f) =>
      resolvedImports(f)
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
    const seen = importGraph(CLIENT_ALLOWED.map((allowed) => path.join(serverSrc, `${allowed}.ts`)));
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
    assert.ok(nodeGlobals(path.join(serverSrc, 'lsp', 'main.ts')).includes('process'), 'a global used as a value is found');
    assert.ok(resolvedImports(path.join(serverSrc, 'lsp', 'main.ts')).some((target) => target.startsWith(path.join(serverSrc, 'node') + path.sep)), 'the entry file reaches the Node host');
    assert.ok(imports(path.join(serverSrc, 'lsp', 'server.ts')).includes('../index'), 'the adapter reaches the core through its door');
    assert.ok(importsInto('features', 'model').length > 0);
    assert.ok(coreFiles().length > 100 && coreFiles().every((f) => !f.includes(`${path.sep}lsp${path.sep}`)));
  });
});
