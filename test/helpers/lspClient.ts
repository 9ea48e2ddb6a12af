// A JSON-RPC client that starts the real `cable-language-server --stdio` as a separate process,
// for protocol tests.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

export const serverBin = path.join(repoRoot, 'server', 'bin', 'cable-language-server.js');

export class LspClient {
  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    readonly stderr: string[],
    readonly initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } },
  ) {}

  static async start(initializationOptions?: unknown, capabilities: object = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: 'pipe' });
    const stderr: string[] = [];
    child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    await connection.sendNotification('initialized', {});
    return new LspClient(child, connection, stderr, result as LspClient['initializeResult']);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version, text } });
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
