// Entry point the extension host loads (extensionTestsPath): runs every *.test.js next to this file
// with mocha's BDD interface (describe/it) inside the editor, where `vscode` is the real API.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // Generous: the first test of a run waits for the extension and its language server to start.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000 });
  const files = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} real-editor test(s) failed`);
}
