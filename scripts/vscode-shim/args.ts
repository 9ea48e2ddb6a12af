// The part of VS Code's command line that an extension test run needs. runTests also passes desktop
// options (--no-sandbox, --disable-updates, --user-data-dir=..., ...): they do not apply to a
// code-server run, which always starts from a fresh profile, so they are accepted and ignored.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface LaunchArgs {
  readonly extensionDevelopmentPaths: readonly string[];
  readonly extensionTestsPath: string;
  /** The folder or the file to open, as VS Code takes one path for either. */
  readonly folder?: string;
  readonly file?: string;
}

/** Options that take a value, so that `--name value` does not read the value as the path to open. */
const VALUE_OPTIONS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale', 'profile']);

export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const name = arg.replace(/^--?/, '');
    const equals = name.indexOf('=');
    if (equals >= 0) {
      add(values, name.slice(0, equals), name.slice(equals + 1));
    } else if (VALUE_OPTIONS.has(name) && i + 1 < argv.length) {
      add(values, name, argv[++i]);
    }
  }

  const developmentPaths = values.get('extensionDevelopmentPath') ?? [];
  const testsPaths = values.get('extensionTestsPath') ?? [];
  if (developmentPaths.length === 0) throw new Error('no --extensionDevelopmentPath given');
  if (testsPaths.length !== 1) throw new Error('exactly one --extensionTestsPath is needed (this shim only runs extension tests)');
  if (positional.length > 1) throw new Error(`one folder or file to open, not ${positional.length}: ${positional.join(' ')}`);
  for (const dir of developmentPaths) {
    if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`--extensionDevelopmentPath ${dir} holds no package.json`);
  }
  if (!resolvesToModule(testsPaths[0])) throw new Error(`--extensionTestsPath ${testsPaths[0]} is not a module (not built?)`);
  const launch = { extensionDevelopmentPaths: developmentPaths, extensionTestsPath: testsPaths[0] };
  const open = positional[0];
  if (open === undefined) return launch;
  if (!fs.existsSync(open)) throw new Error(`${open} does not exist`);
  return fs.statSync(open).isDirectory() ? { ...launch, folder: open } : { ...launch, file: open };
}

function add(values: Map<string, string[]>, name: string, value: string): void {
  values.set(name, [...(values.get(name) ?? []), value]);
}

/** What `require()` accepts, as the extension host loads the tests with it. */
function resolvesToModule(file: string): boolean {
  try {
    require.resolve(path.resolve(file));
    return true;
  } catch {
    return false;
  }
}
