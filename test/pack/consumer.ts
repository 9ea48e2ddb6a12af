// A program that uses the installed package as a library: a project of its own in a temporary folder,
// with the tarball installed into its node_modules, whose TypeScript source is the README's example
// (so that the example is what the test compiles against the shipped declarations and runs).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { npm, OFFLINE } from './installedPackage';

/** A README's example of a host: the first TypeScript block under the heading `The language service in a program`. */
export function readmeExample(readme: string): string {
  const at = /^#{2,3} The language service in a program$/m.exec(readme)?.index;
  const block = at === undefined ? null : /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error('the README has no ```ts block under "The language service in a program"');
  return block[1];
}

/** A project with the tarball installed and `sources` (name → TypeScript) under a strict tsconfig. */
export function consumerProject(dir: string, tarball: string, sources: Readonly<Record<string, string>>): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'cable-consumer', private: true }));
  npm(['install', ...OFFLINE, tarball], dir);
  const compilerOptions = {
    target: 'ES2022',
    module: 'Node16',
    moduleResolution: 'Node16',
    lib: ['ES2022'],
    strict: true,
    // The package's declarations are checked too, with Node's types only (the example reads a file).
    skipLibCheck: false,
    typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
    types: ['node'],
  };
  for (const [name, text] of Object.entries(sources)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(sources) }));
}

/**
 * tsc on the project (the repository's TypeScript), which writes each source's JavaScript beside it
 * even when another has errors: its exit code and the errors it printed.
 */
export function compile(dir: string): { status: number | null; errors: string[] } {
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, errors: `${result.stdout}${result.stderr}`.split('\n').filter((line) => /^\S.*: error TS/.test(line)) };
}
