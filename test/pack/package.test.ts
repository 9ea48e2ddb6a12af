// The packed server as an installed user runs it: the tarball's content, `cable` and
// `cable-language-server` from the prefix npm installed them into, far from this repository; and as
// a program uses it: `createLanguageService` imported from the package installed into a project.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { readFixture, repoRoot } from '../helpers/paths';
import { compile, consumerProject, readmeExample } from './consumer';
import { packAndInstall, serverDir, type InstalledPackage } from './installedPackage';

const { version } = JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as { version: string };
const seed = readFixture('07KARACHI861.cable');
/** Paragraph 2 without its portion mark: C10 (a warning) on the number `2.` of line 30. */
const unmarked = seed.replace('¶2. (U) ', '¶2. ');
/** Paragraph 3 marked SECRET in a CONFIDENTIAL cable: C8 (an error). */
const aboveBanner = seed.replace('¶3. (SBU) ', '¶3. (S) ');

function filesIn(folder: string, prefix: string): string[] {
  return fs.readdirSync(path.join(repoRoot, folder)).map((name) => `${prefix}/${name}`);
}

function run(command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, encoding: 'utf8' });
}

describe('the packed server package', function () {
  this.timeout(120000);
  let pkg: InstalledPackage;
  let work: string;

  before(() => {
    pkg = packAndInstall();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-installed-'));
    const { name, size, unpackedSize, files } = pkg.tarball;
    console.log(`      ${name}: ${(size / 1024).toFixed(0)} KiB packed, ${(unpackedSize / 1024).toFixed(0)} KiB unpacked, ${files.length} files`);
  });
  after(() => {
    pkg?.remove();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('holds the bundles, the entry\'s type declarations, bin, reference data, rule pages, README, LICENSE and package.json, nothing else', () => {
    const allowed = [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/index.js',
      'dist/server.js',
      'dist/cable.js',
      'dist/indexWorker.js',
      ...filesIn('server/bin', 'bin'),
      ...filesIn('server/data', 'data'),
      ...filesIn('docs/rules', 'docs/rules'),
    ];
    const types = pkg.tarball.files.filter((file) => file.startsWith('dist/types/'));
    assert.deepEqual(pkg.tarball.files.filter((file) => !types.includes(file)).sort(), allowed.sort());
    // The core's declarations: the door and what its types are made of, none of the adapters or the Node host.
    assert.ok(types.includes('dist/types/index.d.ts') && types.includes('dist/types/languageService.d.ts'), types.join(', '));
    assert.deepEqual(types.filter((file) => !file.endsWith('.d.ts') || /^dist\/types\/(?:lsp|cli|node)\//.test(file)), []);
  });

  it('leaves no copy of the rule pages or the licence in server/ after packing', () => {
    assert.deepEqual(fs.readdirSync(serverDir).filter((name) => ['docs', 'LICENSE'].includes(name)), []);
  });

  it('installs offline with nothing to fetch: no dependencies', () => {
    const installed = JSON.parse(fs.readFileSync(path.join(pkg.home, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(installed.dependencies, undefined);
    assert.equal(fs.existsSync(path.join(pkg.home, 'node_modules')), false);
  });

  it('gives `cable --version` and `cable-language-server --version`', () => {
    for (const bin of ['cable', 'cable-language-server'] as const) {
      const result = run(pkg.bin(bin), ['--version'], work);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, `${version}\n`);
    }
  });

  it('lints with `cable lint`: text output and the exit code of an error', () => {
    fs.writeFileSync(path.join(work, 'unmarked.cable'), unmarked);
    fs.writeFileSync(path.join(work, 'above.cable'), aboveBanner);
    const clean = run(pkg.bin('cable'), ['lint', 'unmarked.cable'], work);
    assert.equal(clean.status, 0, clean.stderr);
    assert.deepEqual(clean.stdout.split('\n').filter((line) => / C10 /.test(line)), ['unmarked.cable:30:2 warning C10 Paragraph 2 has no portion mark']);
    const failing = run(pkg.bin('cable'), ['lint', 'above.cable'], work);
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stdout, /^above\.cable:\d+:\d+ error C8 /m);
  });

  it('links SARIF rules to the rule pages installed with the package', () => {
    const result = run(pkg.bin('cable'), ['lint', '--format', 'sarif', 'unmarked.cable'], work);
    assert.equal(result.status, 0, result.stderr);
    const c10 = (JSON.parse(result.stdout) as Log).runs[0].tool.driver.rules?.find((r) => r.id === 'C10');
    assert.equal(c10?.helpUri, pathToFileURL(path.join(pkg.home, 'docs', 'rules', 'C10.md')).href);
  });

  describe('as a library', () => {
    let project: string;
    before(() => {
      project = path.join(work, 'consumer');
      const misuse = "import { createLanguageService } from 'cable-language-server';\ncreateLanguageService().lint({ uri: 'file:///a.cable', getText: () => '' });\n";
      consumerProject(project, pkg.tarball.path, { 'example.ts': readmeExample(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')), 'misuse.ts': misuse });
      fs.writeFileSync(path.join(project, 'unmarked.cable'), unmarked);
    });

    it('shows the repository README\'s example in the package\'s own README', () => {
      const example = readmeExample(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8'));
      assert.equal(readmeExample(fs.readFileSync(path.join(pkg.home, 'README.md'), 'utf8')), example);
    });

    it('exports the service entry and package.json, nothing deeper', () => {
      const probe = (specifier: string) => run(process.execPath, ['-e', `require(${JSON.stringify(specifier)})`], project);
      assert.equal(probe('cable-language-server').status, 0, probe('cable-language-server').stderr);
      assert.equal(probe('cable-language-server/package.json').status, 0);
      assert.match(probe('cable-language-server/dist/server.js').stderr, /ERR_PACKAGE_PATH_NOT_EXPORTED/);
    });

    it('type-checks the README\'s example against the shipped declarations, and rejects a misuse', () => {
      const { status, errors } = compile(project);
      assert.notEqual(status, 0);
      // The one error is the misuse's: a document without its version.
      assert.deepEqual(errors, [
        "misuse.ts(2,30): error TS2345: Argument of type '{ uri: string; getText: () => string; }' is not assignable to parameter of type 'TextDocumentLike'.",
      ]);
    });

    it('runs the README\'s example: diagnostics and hover of a cable from createLanguageService', () => {
      const result = run(process.execPath, ['example.js', 'unmarked.cable'], project);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.split('\n').includes('30:2 warning C10 Paragraph 2 has no portion mark'), result.stdout);
      // The hover's Markdown, after the diagnostics: the tag and its meaning from the shipped tables.
      assert.match(result.stdout, /\n`PGOV` — subject TAGS\n\n\*\*Internal Governmental Affairs\*\*\n/);
    });
  });

  it('speaks LSP over stdio: initialize, diagnostics of an opened cable, hover from the shipped data', async () => {
    const child = spawn(pkg.bin('cable-language-server'), ['--stdio'], { cwd: work, stdio: 'pipe' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(path.join(work, 'unmarked.cable')).href;
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === uri) resolve(params);
      }),
    );
    connection.listen();
    try {
      const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as InitializeResult;
      assert.deepEqual(init.serverInfo, { name: 'cable-language-server', version });
      assert.ok(init.capabilities.documentSymbolProvider && init.capabilities.hoverProvider && init.capabilities.textDocumentSync);
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text: unmarked } });

      const c10 = (await published).diagnostics.filter((d: Diagnostic) => d.code === 'C10');
      assert.deepEqual(c10.map((d) => [d.range.start, d.message]), [[{ line: 29, character: 1 }, 'Paragraph 2 has no portion mark']]);
      const page = fileURLToPath(c10[0].codeDescription?.href ?? 'file:///missing');
      assert.equal(page, path.join(pkg.home, 'docs', 'rules', 'C10.md'));
      assert.match(fs.readFileSync(page, 'utf8'), /C10/);

      const tagsLine = unmarked.split('\n').findIndex((line) => line.startsWith('TAGS:'));
      const position = { line: tagsLine, character: unmarked.split('\n')[tagsLine].indexOf('PGOV') };
      const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover;
      assert.match(JSON.stringify(hover.contents), /Internal Governmental Affairs/);

      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
