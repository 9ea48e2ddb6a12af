// Bundles the extension client, the language server and the `cable` CLI with esbuild, then
// type-checks and compiles everything (tests included) with tsc into out/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'] }),
  // jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow: take its ES modules.
  build({ ...common, mainFields: ['module', 'main'], entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/dist/server.js' }),
  build({ ...common, mainFields: ['module', 'main'], entryPoints: ['server/src/cli/main.ts'], outfile: 'server/dist/cable.js' }),
]);

execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
