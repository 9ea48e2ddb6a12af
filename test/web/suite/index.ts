// extensionTestsPath of the web run: a browser bundle (CommonJS; the web worker extension host loads
// it as it loads an extension) whose run() sets up mocha's browser build and runs the suite. The
// `spec` reporter writes with console.log, which the workbench relays to the runner (run.ts).

/** esbuild bundles what is required; the host gives CommonJS modules a `require` (for `vscode`). */
declare const require: (module: string) => unknown;

export function run(): Promise<void> {
  // mocha's browser build, by its file: it defines describe/it when set up.
  const mocha = require('mocha/mocha.js') as BrowserMocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  // After setup: the suite uses the globals it defines.
  require('./web.test');
  return new Promise((resolve, reject) => mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve())));
}

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): void;
}
