// Writes the reference tables as modules (scripts/referenceData.mjs), bundles the extension client,
// the language server and the `cable` CLI with esbuild, then type-checks and compiles everything
// (tests included) with tsc into out/.
//
// `--pack` and `--unpack` are server/'s prepack and postpack (`npm pack` in server/): the package's
// bundles and the type declarations of its entry (server/src/index.ts, the language service's one
// door, into server/dist/types) are made afresh, and the rule pages and the licence, which live at
// the repository root, are copied into server/ for the pack and removed after it. They cannot stay
// there: the server run from the repository would then link diagnostics to the copies instead of
// docs/rules/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeReferenceModules } from './referenceData.mjs';

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
// jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow: take its ES modules.
const serverBundles = [
  // The package's entry for other programs: `require('cable-language-server')`.
  { mainFields: ['module', 'main'], entryPoints: ['server/src/index.ts'], outfile: 'server/dist/index.js' },
  { mainFields: ['module', 'main'], entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/dist/server.js' },
  { mainFields: ['module', 'main'], entryPoints: ['server/src/cli/main.ts'], outfile: 'server/dist/cable.js' },
  // The workspace index's worker threads (server/src/node/workspace/pool.ts finds it beside the bundles).
  { mainFields: ['module', 'main'], entryPoints: ['server/src/node/workspace/worker.ts'], outfile: 'server/dist/indexWorker.js' },
];
// The web extension (package.json's `browser`): the client, loaded by the web worker extension host
// as CommonJS with `vscode` supplied, and the server, a classic worker script (an IIFE) that the
// client also runs on a MessagePort when no worker can be made (client/src/browser/serverTransport.ts).
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };
const browserBundles = [
  { ...browser, format: 'cjs', entryPoints: ['client/src/browser/extension.ts'], outfile: 'client/dist/browserExtension.js', external: ['vscode'] },
  { ...browser, format: 'iife', entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'server/dist/browserServer.js' },
  // The web extension's tests (test/web), loaded by the same host.
  { ...browser, format: 'cjs', minify: false, entryPoints: ['test/web/suite/index.ts'], outfile: 'out/test/web/suite.js', external: ['vscode'] },
];
/** Repository files the server package ships, at the same path in server/. */
const packageCopies = ['docs/rules', 'LICENSE'];

/** Removes the copies with the folders made for them (server/docs/ holds nothing else). */
function removePackageCopies() {
  for (const top of new Set(packageCopies.map((file) => file.split('/')[0]))) {
    fs.rmSync(path.join(root, 'server', top), { recursive: true, force: true });
  }
}

const mode = process.argv[2];
// The bundles and tsc read the reference tables as modules generated from server/data.
if (mode !== '--unpack') writeReferenceModules();
if (mode === '--pack') {
  removePackageCopies();
  await Promise.all(serverBundles.map((bundle) => build({ ...common, ...bundle })));
  fs.rmSync(path.join(root, 'server/dist/types'), { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'server/tsconfig.types.json')], { stdio: 'inherit' });
  for (const file of packageCopies) fs.cpSync(path.join(root, file), path.join(root, 'server', file), { recursive: true });
} else if (mode === '--unpack') {
  removePackageCopies();
} else {
  await Promise.all([
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'] }),
    // The Cable View's script runs in the webview: a browser bundle, type-checked with the DOM below.
    build({ ...common, platform: 'browser', format: 'iife', target: 'es2020', sourcemap: false, entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'client/dist/preview.js' }),
    ...serverBundles.map((bundle) => build({ ...common, ...bundle })),
    ...browserBundles.map((bundle) => build(bundle)),
  ]);
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'client/src/preview/webview')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.web.json')], { stdio: 'inherit' });
}
