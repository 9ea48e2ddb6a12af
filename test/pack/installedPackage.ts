// The server package as a user gets it: `npm pack` in server/, then `npm install -g` of the tarball
// into a temporary prefix, offline, so that nothing can come from a registry.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

export const serverDir = path.join(repoRoot, 'server');

export interface InstalledPackage {
  /** The tarball's name, where it is, size in bytes, size unpacked and the paths it holds. */
  readonly tarball: { name: string; path: string; size: number; unpackedSize: number; files: string[] };
  /** The installed package's folder (PREFIX/lib/node_modules/cable-language-server). */
  readonly home: string;
  /** PREFIX/bin/NAME, the command as npm linked it. */
  bin(name: 'cable' | 'cable-language-server'): string;
  /** Removes the tarball and the prefix. */
  remove(): void;
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

// Under `npm test` the outer npm passes its configuration down in npm_* variables (the workspace
// root as local prefix among them); the nested npm must read only its own command line.
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

export function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, env: npmEnv(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited with ${result.status}:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Nothing from a registry: the package has no dependencies. */
export const OFFLINE = ['--offline', '--no-audit', '--no-fund'];

export function packAndInstall(): InstalledPackage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-pack-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], serverDir)) as PackResult[];
  const prefix = path.join(dir, 'prefix');
  npm(['install', '--global', ...OFFLINE, '--prefix', prefix, path.join(dir, packed.filename)], dir);
  return {
    tarball: { name: packed.filename, path: path.join(dir, packed.filename), size: packed.size, unpackedSize: packed.unpackedSize, files: packed.files.map((f) => f.path) },
    home: path.join(prefix, 'lib', 'node_modules', 'cable-language-server'),
    bin: (name) => path.join(prefix, 'bin', name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
