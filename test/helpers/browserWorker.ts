// The browser server bundle (server/dist/browserServer.js) in dedicated Web Workers of one headless
// Chromium page (Debian's, as for the real-editor tests), with a JSON-RPC reader and writer on each
// for the protocol tests. Node → worker: CDP Runtime.evaluate of `toServer(id, json)`; worker → Node:
// a CDP binding (Runtime.addBinding), one string per message. Raw CDP adds no round trip per message
// (page.exposeFunction does, and serialises large answers slowly). One browser and page serve a
// whole test run (closeBrowserWorkers, a mocha root hook in hooks.ts); each server is a worker of
// its own (about 0.1 s, where a page takes 0.7 s).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message } from 'vscode-languageserver-protocol/node';
import { openBrowserPage, type BrowserPage } from '../../scripts/vscode-shim/browser';
import { ensureTools } from '../../scripts/vscode-shim/tools';
import { repoRoot } from './paths';

export const BROWSER_SERVER = path.join(repoRoot, 'server', 'dist', 'browserServer.js');
/** A made-up origin the page's routes serve, so that the worker script has a real URL. */
const ORIGIN = 'http://cable-server.test';

interface Host {
  readonly browser: BrowserPage;
  readonly cdp: CDPSession;
  readonly readers: Map<number, PageReader>;
}

let host: Promise<Host> | undefined;
let nextId = 0;

/** A Worker as the page has it (these tests are compiled without the DOM's types). */
interface PageWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string; filename: string; lineno: number }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
type PageGlobals = { servers: Map<number, PageWorker> };

/** Runs in the page: the workers by id, and both directions of the bridge. */
function pageBridge(): void {
  const g = globalThis as unknown as PageGlobals & {
    Worker: new (url: string, options: { name: string }) => PageWorker;
    fromServer(payload: string): void;
    startServer(id: number, url: string): void;
    toServer(id: number, json: string): void;
  };
  g.servers = new Map();
  g.startServer = (id, url) => {
    const worker = new g.Worker(url, { name: `cable-language-server-${id}` });
    worker.onmessage = (e) => g.fromServer(`${id} m ${JSON.stringify(e.data)}`);
    // An uncaught error of the worker reaches the page as an ErrorEvent on its Worker object.
    worker.onerror = (e) => g.fromServer(`${id} e ${e.message} (${e.filename}:${e.lineno})`);
    g.servers.set(id, worker);
  };
  g.toServer = (id, json) => g.servers.get(id)?.postMessage(JSON.parse(json));
}

async function startHost(): Promise<Host> {
  const browser = await openBrowserPage(ensureTools());
  const { page } = browser;
  const source = fs.readFileSync(BROWSER_SERVER);
  await page.route(`${ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === '/server.js'
      ? route.fulfill({ body: source, contentType: 'text/javascript' })
      : route.fulfill({ body: '<!doctype html><title>servers</title>', contentType: 'text/html' }),
  );
  await page.goto(`${ORIGIN}/`);
  const readers = new Map<number, PageReader>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== 'fromServer') return;
    const [id, kind] = payload.split(' ', 2);
    const body = payload.slice(id.length + kind.length + 2);
    const reader = readers.get(Number(id));
    if (kind === 'm') reader?.deliver(JSON.parse(body) as Message);
    else reader?.onStderr(body);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: 'fromServer' });
  await page.evaluate(pageBridge);
  browser.lost.catch((error: Error) => readers.forEach((reader) => reader.fail(error)));
  return { browser, cdp, readers };
}

/**
 * Installs the test tools where they are missing (Chromium, on a fresh machine: minutes, synchronously)
 * and opens the page of the workers, so that no test's own timeout pays for it.
 */
export async function openBrowserWorkers(): Promise<void> {
  host ??= startHost();
  await host;
}

export async function closeBrowserWorkers(): Promise<void> {
  const started = host;
  host = undefined;
  await (await started)?.browser.browser.close();
}

class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];
  constructor(readonly onStderr: (text: string) => void) {
    super();
  }
  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const message of this.early.splice(0)) callback(message);
    return { dispose: () => (this.callback = undefined) };
  }
  fail(error: Error): void {
    this.fireError(error);
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(
    private readonly cdp: CDPSession,
    private readonly id: number,
  ) {
    super();
  }
  async write(message: Message): Promise<void> {
    try {
      // A JSON text stringified again is a JavaScript string literal.
      await this.cdp.send('Runtime.evaluate', { expression: `toServer(${this.id}, ${JSON.stringify(JSON.stringify(message))})` });
    } catch (error) {
      this.fireError(error as Error, message, 1);
      throw error;
    }
  }
  end(): void {}
}

export interface BrowserWorkerServer {
  readonly reader: PageReader;
  readonly writer: PageWriter;
  /** Resolves when the worker has ended itself (on `exit`, the server calls self.close()). */
  readonly ended: Promise<void>;
  /** Posts the messages in one task of the page, so that the worker finds them queued together. */
  postTogether(messages: readonly object[]): Promise<void>;
  /** Ends the worker from outside (Worker.terminate), as a process is killed. */
  kill(): Promise<void>;
}

/** A server in a new worker; `onStderr` gets its uncaught errors and console errors and warnings. */
export async function startBrowserWorker(onStderr: (text: string) => void): Promise<BrowserWorkerServer> {
  host ??= startHost();
  const { browser, cdp, readers } = await host;
  const page: Page = browser.page;
  const id = ++nextId;
  const reader = new PageReader(onStderr);
  readers.set(id, reader);
  const url = `${ORIGIN}/server.js?id=${id}`;
  const workerSeen = page.waitForEvent('worker', (w) => w.url() === url);
  await page.evaluate(([i, u]) => (globalThis as unknown as { startServer(id: number, url: string): void }).startServer(i, u), [id, url] as const);
  const worker = await workerSeen;
  worker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') onStderr(m.text());
  });
  const ended = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  void ended.then(() => readers.delete(id));
  return {
    reader,
    writer: new PageWriter(cdp, id),
    ended,
    postTogether: async (messages) => {
      await page.evaluate(([i, ms]) => ms.forEach((m) => (globalThis as unknown as PageGlobals).servers.get(i)?.postMessage(m)), [id, messages as object[]] as const);
    },
    kill: () => page.evaluate((i) => (globalThis as unknown as PageGlobals).servers.get(i)?.terminate(), id).catch(() => undefined),
  };
}
