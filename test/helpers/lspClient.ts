// A JSON-RPC client of the real language server, for protocol tests: the server process over stdio,
// or the browser bundle in a Web Worker (serverHandle.ts, CABLE_TRANSPORT). Like the VS Code client,
// it offers to read files for the server (cable/stat, cable/readFile), answered from the disk, and
// names the folder of the rule pages.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, ResponseError, type Message, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { nodeFiles } from '../../server/src/node/files';
import { READ_FILE_METHOD, STAT_METHOD, type FileParams, type ReadFileParams } from '../../server/src/protocol';
import { repoRoot } from './paths';
import { startServer, type ServerHandle, type Transport } from './serverHandle';

export { frame, STDIO_ONLY, transport, type Transport } from './serverHandle';

const RULE_DOCS = pathToFileURL(path.join(repoRoot, 'docs', 'rules')).href;

/** The client's answer, or the error whose message the server quotes. */
async function answer<T>(read: () => Promise<T>): Promise<T | ResponseError<void>> {
  try {
    return await read();
  } catch (error) {
    return new ResponseError(1, error instanceof Error ? error.message : String(error));
  }
}

export interface ProgressNotification {
  readonly token: unknown;
  readonly value: { readonly kind: string; readonly title?: string; readonly message?: string; readonly percentage?: number };
}

/** What a client of a workspace says and answers: its folders, and settings by section. */
export interface WorkspaceOptions {
  readonly workspaceFolders?: readonly string[];
  /** Answers to workspace/configuration by section (`cable.workspace`); unknown sections get null. */
  readonly settings?: Record<string, unknown>;
  /** The script that starts the server over stdio (by default the installed `cable-language-server`). */
  readonly server?: string;
  /** stdio or a Web Worker (by default CABLE_TRANSPORT's). */
  readonly over?: Transport;
}

export class LspClient {
  private opened = 0;

  private constructor(
    private readonly server: ServerHandle,
    readonly connection: ProtocolConnection,
    readonly initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } },
    /** `$/progress` notifications received, in order. */
    readonly progress: ProgressNotification[],
    /** window/logMessage messages received. */
    readonly log: string[],
  ) {}

  /**
   * `initializationOptions` are sent with `files: true` and `ruleDocs` unless they say otherwise;
   * `workspace` gives the folders, the settings and the transport (by default CABLE_TRANSPORT's).
   */
  static async start(initializationOptions?: object, capabilities: object = {}, workspace: WorkspaceOptions = {}): Promise<LspClient> {
    const server = await startServer(workspace.over, workspace.server);
    const connection = createProtocolConnection(server.reader, server.writer);
    connection.onRequest(STAT_METHOD, ({ uri }: FileParams) => answer(() => nodeFiles.stat(uri)));
    connection.onRequest(READ_FILE_METHOD, ({ uri, maxBytes }: ReadFileParams) => answer(() => nodeFiles.readFile(uri, maxBytes)));
    const progress: ProgressNotification[] = [];
    const log: string[] = [];
    connection.onNotification('$/progress', (p: ProgressNotification) => void progress.push(p));
    connection.onNotification('window/logMessage', (p: { message: string }) => void log.push(p.message));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    const settings = workspace.settings;
    if (settings) connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => settings[i.section ?? ''] ?? null));
    connection.listen();
    const workspaceFolders = workspace.workspaceFolders?.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })) ?? null;
    const params = { processId: process.pid, rootUri: null, workspaceFolders, capabilities, initializationOptions: { files: true, ruleDocs: RULE_DOCS, ...initializationOptions } };
    const result = await connection.sendRequest('initialize', params);
    await connection.sendNotification('initialized', {});
    return new LspClient(server, connection, result as LspClient['initializeResult'], progress, log);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version, text } });
  }

  /** Opens `text` under a uri no other document of this client has (`file:///tmp/NAME-N.cable`). */
  async openNew(name: string, text: string): Promise<string> {
    const uri = `file:///tmp/${name}-${++this.opened}.cable`;
    await this.open(uri, text);
    return uri;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The server process's id over stdio (undefined in a worker). */
  get pid(): number | undefined {
    return this.server.pid;
  }

  /** Whether the server is still there (its process, its worker). */
  running(): boolean {
    return this.server.running();
  }

  /** shutdown, exit, and once the server has ended, its exit code (a worker has none: null). */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.server.ended;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.server.kill();
  }
}

/**
 * A bare JSON-RPC peer of the server, for tests that need several messages to reach the server
 * together (queued, as when a client sends a change right behind a request), or bytes that are
 * framed wrongly on purpose (stdio).
 */
export class RawLspPeer {
  private readonly waiting = new Map<number, (message: RawResponse) => void>();
  private readonly received = new Map<number, RawResponse>();

  private constructor(private readonly server: ServerHandle) {
    server.reader.listen((message: Message) => {
      const { id, method } = message as { id?: unknown; method?: unknown };
      // Requests from the server (workspace/configuration…) have ids of their own: only responses count.
      if (typeof id !== 'number' || method !== undefined) return;
      this.received.set(id, message as RawResponse);
      this.waiting.get(id)?.(message as RawResponse);
    });
  }

  static async start(): Promise<RawLspPeer> {
    return new RawLspPeer(await startServer());
  }

  /** Sends the messages together: one write, one task. */
  send(...messages: object[]): Promise<void> {
    return this.server.postTogether(messages);
  }

  /** Writes bytes as they are, for framing that is wrong on purpose (stdio only). */
  write(bytes: string | Buffer): void {
    this.server.writeRaw(bytes);
  }

  /** The response to request `id`, whether it came already or is still to come. */
  response(id: number): Promise<RawResponse> {
    const done = this.received.get(id);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  /** What the server wrote to stderr, once it matches `pattern`. */
  stderr(pattern: RegExp): Promise<string> {
    return this.server.output.matching(pattern);
  }

  /** Everything the server wrote to stderr so far. */
  get stderrSoFar(): string {
    return this.server.output.soFar;
  }

  kill(): void {
    this.server.kill();
  }
}

export interface RawResponse {
  jsonrpc?: string;
  id?: number;
  result?: unknown;
  error?: { code: number; message: string };
}
