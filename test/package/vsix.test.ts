// The package step on the built tree (run `npm run build` first; `npm test` does): the .vsix it
// makes ships what the extension runs and the manifest names, and none of the development tree
// (tests, fixtures, corpus, TypeScript sources, source maps); the step prints its contents and size.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { auditVsix, readVsix, type VsixContents } from '../../scripts/vsix';
import { repoRoot } from '../helpers/paths';

const PACKAGE_SCRIPT = path.join(repoRoot, 'out', 'scripts', 'package.js');

describe('the .vsix package', function () {
  // vsce packs about 80 files and reads the README and manifest.
  this.timeout(120_000);
  let dir: string;
  let vsix: string;
  let stdout: string;
  let contents: VsixContents;
  /** The files of the extension folder, relative to it. */
  let files: string[];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vsix-'));
    vsix = path.join(dir, 'audited.vsix');
    ({ stdout } = await promisify(execFile)(process.execPath, [PACKAGE_SCRIPT, '--out', vsix], { cwd: repoRoot, maxBuffer: 10 * 1024 * 1024 }));
    contents = await readVsix(vsix);
    files = contents.entries.filter((e) => e.name.startsWith('extension/')).map((e) => e.name.slice('extension/'.length));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints its size in bytes and a line for each folder it holds', () => {
    const size = /audited\.vsix: ([\d,]+) bytes \([\d.]+ KB\), (\d+) files/.exec(stdout);
    assert.ok(size, `no size line in:\n${stdout}`);
    assert.equal(Number(size[1].replace(/,/g, '')), fs.statSync(vsix).size);
    assert.equal(Number(size[2]), contents.entries.length);
    for (const folder of new Set(contents.entries.map((e) => path.posix.dirname(e.name)))) {
      assert.match(stdout, new RegExp(`^${folder.replace(/[.[\]]/g, '\\$&')}/ +\\d+ files`, 'm'), `${folder}/ is not listed`);
    }
  });

  it('ships no tests, fixtures, corpus, TypeScript sources or source maps', () => {
    assert.ok(files.length > 50, `only ${files.length} files`);
    const development = files.filter((f) => /(^|\/)(test|fixtures|corpus|src)\/|\.ts$|\.map$/.test(f));
    assert.deepEqual(development, []);
    assert.deepEqual(auditVsix(contents), []);
  });

  it('ships the bundles, the rule pages, the texts for translation and the walkthrough', () => {
    const pages = fs.readdirSync(path.join(repoRoot, 'docs', 'rules')).map((page) => `docs/rules/${page}`);
    const walkthrough = fs.readdirSync(path.join(repoRoot, 'walkthrough')).filter((f) => /\.(md|cable)$/.test(f)).map((f) => `walkthrough/${f}`);
    const wanted = ['client/dist/extension.js', 'server/dist/server.js', 'server/dist/cable.js', 'package.nls.json', 'l10n/bundle.l10n.json', 'images/icon.png', 'changelog.md', ...pages, ...walkthrough];
    assert.deepEqual(wanted.filter((file) => !files.includes(file)), []);
  });

  it('is audited for real: planted development files and a missing sample are found', () => {
    const planted: VsixContents = {
      ...contents,
      entries: [
        ...contents.entries.filter((e) => !e.name.endsWith('.cable')),
        { name: 'extension/test/fixtures/07KARACHI861.cable', size: 1 },
        { name: 'extension/client/src/extension.ts', size: 1 },
        { name: 'extension/client/dist/extension.js.map', size: 1 },
      ],
    };
    assert.deepEqual(auditVsix(planted), [
      'test/fixtures/07KARACHI861.cable: test, fixture or corpus file shipped',
      'client/src/extension.ts: TypeScript source shipped',
      'client/dist/extension.js.map: source map shipped',
      'walkthrough/09BOGOTA3335-sample.cable: named by the manifest or read by the extension, but not shipped',
    ]);
    const unnamed = { ...contents, entries: contents.entries.filter((e) => !e.name.endsWith('/walkthrough/lint.md') && !e.name.endsWith('/client/dist/preview.js')) };
    assert.deepEqual(auditVsix(unnamed), [
      'walkthrough/lint.md: named by the manifest or read by the extension, but not shipped',
      'client/dist/preview.js: named by the manifest or read by the extension, but not shipped',
    ]);
  });
});
