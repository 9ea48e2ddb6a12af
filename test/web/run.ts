// `npm run test:web`: the web extension's tests (suite/) in code-server's web worker extension host.
// The user setting `remote.extensionKind` puts the extension on the web side, where the workbench
// loads its `browser` entry; the tests are a browser bundle (scripts/build.mjs). The workspace is a
// temporary folder holding a cable and the `.cablelint.json` that sets its rule's level.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runInWorkbench } from '../../scripts/vscode-shim/runInWorkbench';
import { ensureTools } from '../../scripts/vscode-shim/tools';
import { readFixture, repoRoot } from '../helpers/paths';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string };

async function main(): Promise<number> {
  ensureTools();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-web-'));
  try {
    // The seed with a paragraph's portion mark taken out: rule C10.
    fs.writeFileSync(path.join(workspace, 'unmarked.cable'), readFixture('07KARACHI861.cable').replace('¶2. (U) ', '¶2. '));
    fs.writeFileSync(path.join(workspace, '.cablelint.json'), '{"C10": "error"}');
    const target = { folder: workspace, extensionDevelopmentPaths: [repoRoot], extensionTestsPath: path.join(__dirname, 'suite.js') };
    return await runInWorkbench(target, { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:web: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
