// Where the web extension's language server runs. One bundle, server/dist/browserServer.js, serves
// three ways, tried in this order (`auto`):
// - `worker`: a Web Worker from the bundle's URL. vscode.dev and github.dev allow it, and the server
//   then never holds up the extension host.
// - `blobWorker`: the same script, read with vscode.workspace.fs and started from a blob: URL.
//   code-server's workbench refuses the first ("Creating workers from remote extensions is currently
//   not supported": the bundle's URL is a vscode-remote: one) but not this.
// - `inThread`: the same script run in the extension host's own worker, on one port of a
//   MessageChannel (the port is its `self`). It always works where the host can evaluate code, as it
//   does to load extensions, but a long lint then stalls the host: the last resort.
// A worker that cannot load fails late (an `error` event, no exception): it counts as started once
// it has answered a first message. The setting `cable.web.serverTransport` (not contributed: for
// diagnosis) forces one way.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, type MessageTransports } from 'vscode-languageclient/browser';

export const TRANSPORTS = ['worker', 'blobWorker', 'inThread'] as const;
export type TransportMode = (typeof TRANSPORTS)[number];

/** How the server was started, for tests and diagnosis. */
export interface TransportInfo {
  readonly mode: TransportMode;
  /** Why the ways tried before it failed. */
  readonly failures: readonly string[];
}

export interface ServerTransport extends TransportInfo {
  readonly transports: MessageTransports;
  dispose(): void;
}

/** What the reader and writer take: a worker or a port. */
type Endpoint = ConstructorParameters<typeof BrowserMessageReader>[0];

/** Long enough for a slow machine to parse the bundle, short enough to fall back while the user waits. */
const WORKER_ANSWER_MS = 10_000;

const onEndpoint = (endpoint: Endpoint): MessageTransports => ({ reader: new BrowserMessageReader(endpoint), writer: new BrowserMessageWriter(endpoint) });

/** The worker, once its script has answered a request it does not know (the JSON-RPC reader takes over its `onmessage` after). */
function answered(worker: Worker): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`no answer within ${WORKER_ANSWER_MS / 1000} s`), WORKER_ANSWER_MS);
    const fail = (reason: string) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(reason));
    };
    worker.onerror = (event) => {
      // Left unhandled, the error would also be reported as the extension host's own.
      event.preventDefault();
      fail(`the worker did not load: ${event.message || 'error event'}`);
    };
    worker.onmessage = () => {
      clearTimeout(timer);
      worker.onerror = null;
      resolve(worker);
    };
    worker.postMessage({ jsonrpc: '2.0', id: 'cable-probe', method: 'cable/probe' });
  });
}

async function startWorker(url: string, revoke: () => void, mode: TransportMode): Promise<ServerTransport> {
  try {
    const worker = await answered(new Worker(url));
    return { mode, failures: [], transports: onEndpoint(worker as unknown as Endpoint), dispose: () => worker.terminate() };
  } finally {
    // A worker's script is fetched once, when it starts.
    revoke();
  }
}

function startInThread(source: string): ServerTransport {
  const channel = new MessageChannel();
  // The bundle is the worker script: given the port as `self`, it serves on it (and closes it on exit).
  new Function('self', source)(channel.port2);
  return { mode: 'inThread', failures: [], transports: onEndpoint(channel.port1 as unknown as Endpoint), dispose: () => channel.port1.close() };
}

async function start(mode: TransportMode, bundle: vscode.Uri, source: () => Promise<Uint8Array>): Promise<ServerTransport> {
  if (mode === 'worker') return startWorker(bundle.toString(true), () => undefined, mode);
  const text = new TextDecoder().decode(await source());
  if (mode === 'inThread') return startInThread(text);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  return startWorker(url, () => URL.revokeObjectURL(url), mode);
}

/** Starts the server the way `setting` says, or the first way that works (`auto`, or anything else). */
export async function startServerTransport(bundle: vscode.Uri, setting: unknown): Promise<ServerTransport> {
  const order: readonly TransportMode[] = TRANSPORTS.includes(setting as TransportMode) ? [setting as TransportMode] : TRANSPORTS;
  let read: Promise<Uint8Array> | undefined;
  const source = () => (read ??= Promise.resolve(vscode.workspace.fs.readFile(bundle)));
  const failures: string[] = [];
  for (const mode of order) {
    try {
      return { ...(await start(mode, bundle, source)), failures };
    } catch (error) {
      failures.push(`${mode}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(`the language server could not be started: ${failures.join('; ')}`);
}
