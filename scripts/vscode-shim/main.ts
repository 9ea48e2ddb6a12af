// The "VS Code executable" that test/vscode/run.ts hands to @vscode/test-electron's runTests: VS Code
// cannot be downloaded here, so the extension tests run in code-server's workbench (VS Code's, with
// the real Node extension host) in headless Chromium, by the mechanism VS Code's own browser
// integration tests use. Exits with the tests' result; any other failure exits 1 with a message.
import { parseLaunchArgs } from './args';
import { runInWorkbench } from './runInWorkbench';

// Exiting runs code-server's exit hook, which ends its whole process group.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

Promise.resolve()
  .then(() => runInWorkbench(parseLaunchArgs(process.argv.slice(2))))
  .then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`vscode-shim: ERROR: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
