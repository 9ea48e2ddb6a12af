// Runs the real-editor tests (test/vscode/suite) with @vscode/test-electron's runTests.
// VS Code cannot be downloaded here, so by default the "VS Code executable" is
// scripts/vscode-shim/code, which runs the same suite in code-server's workbench with the real Node
// extension host. `--desktop` lets runTests download desktop VS Code instead (needs internet).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ensureTools } from '../../scripts/vscode-shim/tools';

const root = path.resolve(__dirname, '..', '..', '..');

async function main(desktop: boolean): Promise<void> {
  if (!desktop) ensureTools();
  // Tests open and may edit fixtures: give them a copy so the repository stays clean.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-fixtures-'));
  try {
    fs.cpSync(path.join(root, 'test', 'fixtures'), workspace, { recursive: true });
    await runTests({
      vscodeExecutablePath: desktop ? undefined : path.join(root, 'scripts', 'vscode-shim', 'code'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main(process.argv.includes('--desktop')).catch((error: unknown) => {
  console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
