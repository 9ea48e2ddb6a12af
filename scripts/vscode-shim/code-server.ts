// Starts code-server (VS Code's workbench and its Node extension host) on a free local port, with a
// profile of its own, in a process group of its own so that stopping it also ends the extension
// hosts and language servers it started (left alone, they live on for hours).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Tools } from './tools';

/** Settings that keep the workbench free of welcome pages, tips, chat and network calls. */
const CLEAN_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

export interface CodeServer {
  readonly port: number;
  /** Rejects when code-server exits before `stop()`. */
  readonly exited: Promise<never>;
  /** `vscode-remote:` URI of a path on this machine, as the workbench names it. */
  remoteUri(fsPath: string): string;
  stop(): Promise<void>;
}

const LISTENING = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d{1,5})\//;

export interface CodeServerOptions {
  /** User settings added to the clean defaults. */
  readonly settings: Record<string, unknown>;
  /** Extension folders to install, by linking them into the extensions folder. */
  readonly extensions: readonly string[];
  readonly timeoutMs: number;
}

/**
 * `root` is an empty folder that holds everything code-server writes (profile, extensions, config,
 * temporary files); the caller removes it.
 */
export async function startCodeServer(tools: Tools, root: string, options: CodeServerOptions): Promise<CodeServer> {
  const { settings, timeoutMs } = options;
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const tmp = path.join(root, 'tmp');
  const config = path.join(root, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  for (const extension of options.extensions) {
    const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as Record<string, string>;
    fs.symlinkSync(path.resolve(extension), path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
  }
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...CLEAN_SETTINGS, ...settings }, null, 2));
  // Without a config of its own, code-server writes one into the user's ~/.config.
  fs.writeFileSync(config, 'auth: none\n');

  const child = spawn(
    tools.node,
    [
      tools.codeServer,
      '--config', config,
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      // Without it the workbench ignores the extension test payload and the run hangs.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // No marketplace: nothing to install, and no failing network calls in the log.
        EXTENSIONS_GALLERY: '{}',
        TMPDIR: tmp,
        XDG_DATA_HOME: path.join(root, 'xdg'),
        XDG_CONFIG_HOME: path.join(root, 'xdg'),
      },
    },
  );
  const killGroup = (): void => killProcessGroup(child);
  process.on('exit', killGroup);

  let output = '';
  let stopping = false;
  const exited = new Promise<never>((_, reject) => {
    child.on('error', (error) => reject(new Error(`code-server could not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (!stopping) reject(new Error(`code-server exited (${code ?? signal}) unexpectedly:\n${output}`));
    });
  });
  exited.catch(() => undefined);

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`code-server did not start listening within ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    const onData = (data: Buffer): void => {
      // Its last lines, for the message if it stops.
      output = (output + data.toString()).slice(-10_000);
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    exited.catch((error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).catch((error: Error) => {
    killGroup();
    throw error;
  });

  return {
    port,
    exited,
    remoteUri: (fsPath) => `vscode-remote://127.0.0.1:${port}${encodeURI(path.resolve(fsPath)).replace(/[?#]/g, encodeURIComponent)}`,
    async stop() {
      stopping = true;
      process.off('exit', killGroup);
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        killProcessGroup(child, 'SIGTERM');
        await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 3000))]);
      }
      // Extension hosts and language servers may outlive code-server itself.
      killGroup();
    },
  };
}

function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already empty.
  }
}
