// A JSON-RPC client that starts the real `cable-language-server --stdio` as a separate process,
// for protocol tests.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

const serverBin = path.join(repoRoot, 'server', 'bin', 'cable-language-server.js');

export interface ProgressNotification {
  readonly token: unknown;
  readonly value: { readonly kind: string; readonly title?: string; readonly message?: string; readonly percentage?: number };
}

/** What a client of a workspace says and answers: its folders, and settings by section. */
export interface WorkspaceOptions {
  readonly workspaceFolders?: readonly string[];
  /** Answers to workspace/configuration by section (`cable.workspace`); unknown sections get null. */
  readonly settings?: Record<string, unknown>;
  /** The script that starts the server (by default the installed `cable-language-server`). */
  readonly server?: string;
}

export class LspClient {
  private opened = 0;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    readonly stderr: string[],
    readonly initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } },
    /** `$/progress` notifications received, in order. */
    readonly progress: ProgressNotification[],
    /** window/logMessage messages received. */
    readonly log: string[],
  ) {}

  static async start(initializationOptions?: unknown, capabilities: object = {}, workspace: WorkspaceOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [workspace.server ?? serverBin, '--stdio'], { stdio: 'pipe' });
    const stderr: string[] = [];
    child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
    const reader = new StreamMessageReader(child.stdout);
    // A server killed in the middle of a message would otherwise leave the reader re-arming a
    // "partial message" timer for ever, and the test process would never exit.
    reader.partialMessageTimeout = 0;
    const connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin));
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
    const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders, capabilities, initializationOptions });
    await connection.sendNotification('initialized', {});
    return new LspClient(child, connection, stderr, result as LspClient['initializeResult'], progress, log);
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

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }
}

/**
 * A bare JSON-RPC peer on the server's stdio, for tests that need several messages to reach the
 * server in one write (so that they are queued together, as when a client sends a change right
 * behind a request).
 */
export class RawLspPeer {
  private buffer = Buffer.alloc(0);
  private readonly waiting = new Map<number, (message: RawResponse) => void>();
  private readonly received = new Map<number, RawResponse>();
  private readonly child: ChildProcessWithoutNullStreams;
  private stderrText = '';
  private stderrWaiting: Array<() => void> = [];

  constructor() {
    this.child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrText += chunk.toString();
      this.stderrWaiting.splice(0).forEach((wake) => wake());
    });
  }

  /** Writes the messages, framed, in a single write. */
  send(...messages: object[]): void {
    this.write(Buffer.concat(messages.map((m) => frame({ jsonrpc: '2.0', ...m }))));
  }

  /** Writes bytes as they are, for framing that is wrong on purpose. */
  write(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  /** The response to request `id`, whether it came already or is still to come. */
  response(id: number): Promise<RawResponse> {
    const done = this.received.get(id);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  /** What the server wrote to stderr, once it matches `pattern`. */
  async stderr(pattern: RegExp): Promise<string> {
    while (!pattern.test(this.stderrText)) await new Promise<void>((wake) => this.stderrWaiting.push(wake));
    return this.stderrText;
  }

  /** Everything the server wrote to stderr so far. */
  get stderrSoFar(): string {
    return this.stderrText;
  }

  kill(): void {
    this.child.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as RawResponse & { id?: number; method?: string };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      // Requests from the server (workspace/configuration…) have ids of their own: only responses count.
      if (typeof message.id !== 'number' || message.method !== undefined) continue;
      this.received.set(message.id, message);
      this.waiting.get(message.id)?.(message);
    }
  }
}

export interface RawResponse {
  result?: unknown;
  error?: { code: number; message: string };
}

/** A message with its Content-Length header. */
export function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}
