// Runs extension tests in code-server's workbench in headless Chromium and reports their result:
// the shim's "VS Code executable" (main.ts) for the Node extension host, and the web extension's
// test run (test/web/run.ts) for the web worker extension host. The tests report through the
// smoke-test driver's hooks (codeAutomationLog, codeAutomationExit), as in VS Code's own browser
// integration tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import { DRIVER_ENV, startDriver } from './driver';
import { startWorkbench, type WorkbenchTarget } from './workbench';

const START_TIMEOUT_MS = 60_000;
/** The whole test run; override with CABLE_VSCODE_TIMEOUT (seconds) when debugging. */
const RUN_TIMEOUT_MS = Number(process.env.CABLE_VSCODE_TIMEOUT || 300) * 1000;

interface WorkbenchLog {
  readonly relativePath: string;
  readonly contents: string;
}

/** The tests' exit code; `settings` are user settings added to the clean defaults. */
export async function runInWorkbench(target: WorkbenchTarget, settings: Record<string, unknown> = {}): Promise<number> {
  // Set before code-server starts, so that its extension host (and the tests in it) inherit it.
  let page: Page | undefined = undefined;
  const driver = await startDriver(() => page);
  process.env[DRIVER_ENV] = driver.url;
  const workbench = await startWorkbench({ settings, startTimeoutMs: START_TIMEOUT_MS }).catch((error: unknown) => {
    driver.close();
    throw error;
  });
  page = workbench.page;
  let exitCode = 1;
  try {
    let report: (code: number) => void = () => undefined;
    const reported = new Promise<number>((resolve) => (report = resolve));
    await workbench.page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => relayLog(level, message));
    await workbench.page.exposeFunction('codeAutomationExit', (code: number, logs: WorkbenchLog[] = []) => {
      saveLogs(path.join(workbench.root, 'workbench-logs'), logs);
      report(code);
    });
    await workbench.page.goto(workbench.url(target), { timeout: START_TIMEOUT_MS });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `the workbench did not report the end of the tests within ${RUN_TIMEOUT_MS / 1000} s ` +
                '(a suite whose run() never settles, or a workbench without the smoke-test driver)',
            ),
          ),
        RUN_TIMEOUT_MS,
      );
    });
    exitCode = await Promise.race([reported, workbench.failed, timeout]).finally(() => clearTimeout(timer));
    return exitCode;
  } finally {
    driver.close();
    await workbench.close(exitCode !== 0);
    if (exitCode !== 0) console.error(`vscode-shim: code-server's profile and logs are kept in ${workbench.root}`);
  }
}

function relayLog(level: string, message: unknown): void {
  const text = Array.isArray(message) ? format(...message) : String(message);
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
}

function saveLogs(dir: string, logs: readonly WorkbenchLog[]): void {
  for (const log of logs) {
    const file = path.join(dir, log.relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, log.contents);
  }
}
