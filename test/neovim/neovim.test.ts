// Neovim (Debian's package, installed by scripts/install-test-tools.sh) as the LSP client of the
// installed tarball's `cable-language-server`: a client no one here wrote, run headless with the
// README's Neovim 0.7 configuration as its init.lua, then test/neovim/attach.lua, which does its own
// checks; this test runs them and reads the report.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureTools } from '../../scripts/vscode-shim/tools';
import { readFixture, repoRoot } from '../helpers/paths';
import { packAndInstall, type InstalledPackage } from '../pack/installedPackage';

const nvim = '/usr/bin/nvim';
const script = path.join(repoRoot, 'test', 'neovim', 'attach.lua');

/** The first Lua block of the README's "Neovim 0.7" section. */
function readmeConfiguration(): string {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^### /m).find((s) => s.startsWith('Neovim 0.7\n'));
  const block = section && /^```lua\n([\s\S]*?)^```$/m.exec(section);
  if (!block) throw new Error('README.md has no "### Neovim 0.7" section with a Lua block');
  return block[1];
}

describe('Neovim with the installed cable-language-server', function () {
  this.timeout(300000);
  let pkg: InstalledPackage;
  let work: string;

  before(() => {
    ensureTools();
    pkg = packAndInstall();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-neovim-'));
  });
  after(() => {
    pkg?.remove();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('attaches with the README configuration: diagnostics, outline and hover, then stops the server', () => {
    const init = path.join(work, 'init.lua');
    fs.writeFileSync(init, readmeConfiguration());
    const cable = path.join(work, '07KARACHI861.cable');
    fs.writeFileSync(cable, readFixture('07KARACHI861.cable').replace('¶2. (U) ', '¶2. '));
    const result = spawnSync(nvim, ['--headless', '--clean', '-u', init, cable, '-c', `luafile ${script}`], {
      cwd: work,
      encoding: 'utf8',
      timeout: 120000,
      env: {
        ...process.env,
        // The configuration runs `cable-language-server` from the PATH, as after `npm install -g`.
        PATH: `${path.dirname(pkg.bin('cable-language-server'))}${path.delimiter}${process.env.PATH}`,
        // Neovim's logs (lsp.log among them) go to the temporary folder, not the user's.
        XDG_CACHE_HOME: work,
        XDG_STATE_HOME: work,
        XDG_DATA_HOME: work,
      },
    });
    const report = result.stdout.split('\n');
    assert.equal(result.status, 0, `nvim exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
    assert.match(report[0], /^neovim 0\.(\d+)\.\d+$/);
    assert.ok(Number(/^neovim 0\.(\d+)/.exec(report[0])?.[1]) >= 7, report[0]);
    const page = path.join(pkg.home, 'docs', 'rules', 'C10.md');
    assert.ok(report.includes(`diagnostic 30:3 C10 Paragraph 2 has no portion mark (${page})`), result.stdout);
    assert.ok(report.some((line) => /^outline 30 \[\w+\] 2\. Muttahida Quami Movement/.test(line)), result.stdout);
    assert.ok(report.some((line) => line.startsWith('hover `PGOV`') && line.includes('Internal Governmental Affairs')), result.stdout);
    assert.deepEqual(report.slice(-3), ['server stopped', 'ok', '']);
  });
});
