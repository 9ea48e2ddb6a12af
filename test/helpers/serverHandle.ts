// A running language server as the protocol tests see it, whatever carries its messages:
// CABLE_TRANSPORT=stdio (the default) spawns `cable-language-server --stdio`; CABLE_TRANSPORT=worker
// runs the browser bundle in a Web Worker of headless Chromium (browserWorker.ts). `npm run
// test:protocol` runs the suite both ways; tests whose title holds STDIO_ONLY are about a process
// (its framing, its exit code, the Node host's file system) and are left out of the worker run.

import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-languageserver-protocol/node';
import { startBrowserWorker } from './browserWorker';
import { repoRoot } from './paths';

export type Transport = 'stdio' | 'worker';
export const transport: Transport = process.env.CABLE_TRANSPORT === 'worker' ? 'worker' : 'stdio';
/** In the title of a test the worker run leaves out (package.json's test:protocol greps for it). */
export const STDIO_ONLY = '[stdio]';

const serverBin = path.join(repoRoot, 'server', 'bin', 'cable-language-server.js');

/** What the server wrote outside the protocol: a process's stderr, a worker's errors and console warnings. */
export class ServerOutput {
  private text = '';
  private readonly waiting: Array<() => void> = [];

  add(chunk: string): void {
    this.text += chunk;
    this.waiting.splice(0).forEach((wake) => wake());
  }

  get soFar(): string {
    return this.text;
  }

  /** Everything so far, once it matches `pattern`. */
  async matching(pattern: RegExp): Promise<string> {
    while (!pattern.test(this.text)) await new Promise<void>((wake) => this.waiting.push(wake));
    return this.text;
  }
}

export interface ServerHandle {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  readonly output: ServerOutput;
  /** Settles when the server has ended: with a process's exit code, or null for a worker (which has none). */
  readonly ended: Promise<number | null>;
  running(): boolean;
  /** The server process's id (stdio), for measuring its memory; a worker has none. */
  readonly pid?: number;
  /** Delivers the messages so that the server finds them queued together (one write, one task). */
  postTogether(messages: readonly object[]): Promise<void>;
  /** Writes bytes as they are (stdio only: a worker gets whole messages). */
  writeRaw(bytes: string | Buffer): void;
  kill(): void;
}

/** `script` starts the server (by default the installed `cable-language-server`). */
function startStdio(script = serverBin): ServerHandle {
  const child = spawn(process.execPath, [script, '--stdio'], { stdio: 'pipe' });
  const output = new ServerOutput();
  child.stderr.on('data', (d: Buffer) => output.add(d.toString()));
  const reader = new StreamMessageReader(child.stdout);
  // A server killed in the middle of a message would otherwise leave the reader re-arming a
  // "partial message" timer for ever, and the test process would never exit.
  reader.partialMessageTimeout = 0;
  return {
    reader,
    writer: new StreamMessageWriter(child.stdin),
    output,
    ended: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    running: () => child.exitCode === null && child.signalCode === null,
    pid: child.pid,
    postTogether: async (messages) => void child.stdin.write(Buffer.concat(messages.map((m) => frame({ jsonrpc: '2.0', ...m })))),
    writeRaw: (bytes) => void child.stdin.write(bytes),
    kill: () => void child.kill(),
  };
}

async function startWorker(): Promise<ServerHandle> {
  const output = new ServerOutput();
  const server = await startBrowserWorker((text) => output.add(`${text}\n`));
  let ended = false;
  void server.ended.then(() => (ended = true));
  return {
    reader: server.reader,
    writer: server.writer,
    output,
    ended: server.ended.then(() => null),
    running: () => !ended,
    postTogether: (messages) => server.postTogether(messages.map((m) => ({ jsonrpc: '2.0', ...m }))),
    writeRaw: () => {
      throw new Error(`raw bytes go over stdio only: title the test with ${STDIO_ONLY}`);
    },
    kill: () => void server.kill(),
  };
}

/** A server over `over` (by default the run's CABLE_TRANSPORT; the benches compare both). */
export function startServer(over: Transport = transport, script?: string): Promise<ServerHandle> {
  return over === 'worker' ? startWorker() : Promise.resolve(startStdio(script));
}

/** A message with its Content-Length header. */
export function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}
