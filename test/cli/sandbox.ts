// A temporary folder to run the built `cable` bin in, as a user does: files written into it, the
// command run in a separate process with the folder as its working directory.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

export const cableBin = path.join(repoRoot, 'server', 'bin', 'cable.js');

/** A diagnostic of `cable lint --format json`. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export class Sandbox {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-cli-'));

  /** Writes `content` at `relative` (folders made as needed); returns `relative`. */
  write(relative: string, content: string | Buffer): string {
    const file = this.path(relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return relative;
  }

  path(relative: string): string {
    return path.join(this.dir, relative);
  }

  /** `cable ARGS...` in the folder; `shell` runs it through `sh -c` after that prefix (ulimit…). */
  run(args: readonly string[], shell?: string): Run {
    const result = shell
      ? spawnSync('sh', ['-c', `${shell}; exec "$0" "$@"`, process.execPath, cableBin, ...args], { cwd: this.dir, encoding: 'utf8' })
      : spawnSync(process.execPath, [cableBin, ...args], { cwd: this.dir, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
