// code-server and a Chromium page pointed at it, set up and torn down together. Shared by the test
// shim and the screenshot script.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowserPage, type BrowserPage } from './browser';
import { startCodeServer, type CodeServer } from './code-server';
import { findTools } from './tools';

export interface WorkbenchOptions {
  /** User settings added to the clean defaults. */
  readonly settings?: Record<string, unknown>;
  /** Extension folders to install (rather than load as extensions under development). */
  readonly extensions?: readonly string[];
  readonly viewport?: { width: number; height: number };
  readonly startTimeoutMs: number;
}

/** What the workbench opens, and the payload entries (`extensionDevelopmentPath`, ...) it gets. */
export interface WorkbenchTarget {
  /** The workspace folder; an empty window when absent. */
  readonly folder?: string;
  /** A file to open in an editor. */
  readonly file?: string;
  /** Paths on this machine, turned into the workbench's `vscode-remote:` URIs. */
  readonly extensionDevelopmentPaths?: readonly string[];
  readonly extensionTestsPath?: string;
}

export interface Workbench {
  readonly page: Page;
  /** Everything code-server wrote, logs included. */
  readonly root: string;
  /** Rejects when code-server exits or the page is lost. */
  readonly failed: Promise<never>;
  url(target: WorkbenchTarget): string;
  /** Stops everything; removes the profile unless it is kept for its logs. */
  close(keepRoot: boolean): Promise<void>;
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const tools = findTools();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-'));
  let server: CodeServer | undefined;
  let browser: BrowserPage | undefined;
  // On an interrupt the process exits without close(); code-server's own exit hook has run by then.
  const removeRoot = (): void => {
    try {
      fs.rmSync(root, { recursive: true, force: true });
    } catch {
      // A process of the group still writing there; the folder is in the temporary folder anyway.
    }
  };
  const close = async (keepRoot: boolean): Promise<void> => {
    process.off('exit', removeRoot);
    await browser?.browser.close().catch(() => undefined);
    await server?.stop();
    if (!keepRoot) removeRoot();
  };
  try {
    server = await startCodeServer(tools, root, {
      settings: options.settings ?? {},
      extensions: options.extensions ?? [],
      timeoutMs: options.startTimeoutMs,
    });
    process.on('exit', removeRoot);
    browser = await openBrowserPage(tools, options.viewport);
  } catch (error) {
    await close(false);
    throw error;
  }
  const started = server;
  const failed = Promise.race([started.exited, browser.lost]);
  failed.catch(() => undefined);
  return {
    page: browser.page,
    root,
    failed,
    url: (target) => workbenchUrl(started, target),
    close,
  };
}

function workbenchUrl(server: CodeServer, target: WorkbenchTarget): string {
  const payload: [string, string][] = (target.extensionDevelopmentPaths ?? []).map((p) => ['extensionDevelopmentPath', server.remoteUri(p)]);
  if (target.extensionTestsPath !== undefined) payload.push(['extensionTestsPath', server.remoteUri(target.extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  if (target.file !== undefined) payload.push(['openFile', server.remoteUri(target.file)]);
  const query = new URLSearchParams();
  if (target.folder !== undefined) query.set('folder', path.resolve(target.folder));
  else query.set('ew', 'true');
  query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${server.port}/?${query.toString()}`;
}
