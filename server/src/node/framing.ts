// Reads LSP messages from a byte stream (stdio) as vscode-jsonrpc's StreamMessageReader does, but
// recovers from a wrong Content-Length instead of going deaf: that reader never answers again once
// a length is too short, too long or not a number. The way back relies on one fact: a header
// (`Content-Length: N` and CRLF) cannot occur inside a JSON body, where a line break must be
// escaped. So a body that does not parse, or follows an unreadable header, is read up to the next
// header; a header inside a body means its length was too long; and a body still short of its
// length after a pause is taken as it is, if it parses. Each repair is reported; bytes that are no
// message are dropped and reported. Headers are searched for in each chunk as it arrives, so that
// a large message costs no more than one pass.

import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-languageserver';

const HEADER_START = /^Content-Length:[ \t]*\d+\r\n/i;
/** What a header's field name ends with, and how far into it: `Content-L` comes before. */
const NEEDLES = [Buffer.from('ength:'), Buffer.from('ENGTH:')];
const NEEDLE_OFFSET = 'Content-L'.length;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** Bytes kept from the end of one chunk to find a header cut in two by the next. */
const OVERLAP = 64;
/** Longest header block; longer, or with a line that is not `Name: value`, it is no header. */
const MAX_HEADER_BYTES = 8192;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
/** A body that has not grown for this long is taken as complete if it parses. */
const IDLE_MS = 1000;

/** `header`: reading one; `body`: `length` bytes are announced; `unknown`: the body ends at the next header. */
type Mode = { kind: 'header' } | { kind: 'body'; length: number } | { kind: 'unknown'; why: string };

export class RecoveringMessageReader extends AbstractMessageReader {
  private chunks: Buffer[] = [];
  private size = 0;
  private mode: Mode = { kind: 'header' };
  /** Offset of the first header after the start of a body (-1: none so far). */
  private headerAt = -1;
  private tail: Buffer = Buffer.alloc(0);
  private idleTimer: NodeJS.Timeout | undefined;
  private callback: DataCallback | undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly report: (message: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => {
      this.append(chunk);
      this.read(false);
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      clearTimeout(this.idleTimer);
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('close', onClose);
    });
  }

  private append(chunk: Buffer): void {
    if (this.mode.kind !== 'header' && this.headerAt < 0) {
      // Across the seam with the bytes before, then in the chunk itself.
      const seam = findHeader(Buffer.concat([this.tail, chunk.subarray(0, OVERLAP)]));
      const found = seam >= 0 ? seam - this.tail.length : findHeader(chunk);
      if (found >= 0 || seam >= 0) this.headerAt = this.size + found;
    }
    this.tail = chunk.length >= OVERLAP ? chunk.subarray(-OVERLAP) : Buffer.concat([this.tail, chunk]).subarray(-OVERLAP);
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  private buffered(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  /** Drops `bytes` from the front and enters `mode`, searching what is left for a header if need be. */
  private advance(bytes: number, mode: Mode): void {
    const rest = this.buffered().subarray(bytes);
    this.chunks = rest.length ? [rest] : [];
    this.size = rest.length;
    this.mode = mode;
    this.tail = rest.subarray(-OVERLAP);
    // Bytes taken for no header start with something else: looking past their first byte, the
    // search cannot stop where it started.
    this.headerAt = mode.kind === 'header' ? -1 : findHeader(rest, mode.kind === 'unknown' ? 1 : 0);
  }

  /** Reads every message the buffer holds; `idle` when no byte came for IDLE_MS. */
  private read(idle: boolean): void {
    clearTimeout(this.idleTimer);
    while (this.size > 0 && this.step(idle)) idle = false;
    if (this.size > 0) this.idleTimer = setTimeout(() => this.read(true), IDLE_MS).unref();
  }

  /** One step; false when more bytes are needed. */
  private step(idle: boolean): boolean {
    const mode = this.mode;
    if (mode.kind === 'header') return this.readHeader();
    const inBody = mode.kind === 'body' && (this.headerAt < 0 || this.headerAt >= mode.length);
    if (mode.kind === 'body' && inBody) {
      if (this.size < mode.length) return idle && this.takeAll(`Content-Length said ${mode.length} bytes, but only ${this.size} came`);
      const message = parse(this.buffered().subarray(0, mode.length));
      if (message) this.deliver(message, mode.length, null);
      // Too short, most likely: the body and what follows it up to the next header are the message.
      else this.mode = { kind: 'unknown', why: `the ${mode.length} bytes of its Content-Length are not JSON` };
      return true;
    }
    const why = mode.kind === 'unknown' ? mode.why : `Content-Length said ${mode.length} bytes, but the next header came after ${this.headerAt}`;
    if (this.headerAt < 0) return idle && (this.takeAll(why) || this.dropAll(why));
    const message = parse(this.buffered().subarray(0, this.headerAt));
    if (message) this.deliver(message, this.headerAt, `${why}; read the ${this.headerAt} bytes before it as the message`);
    else this.drop(this.headerAt, why);
    return true;
  }

  private readHeader(): boolean {
    const buffer = this.buffered();
    const end = buffer.subarray(0, MAX_HEADER_BYTES + HEADER_END.length).indexOf(HEADER_END);
    const lines = buffer
      .subarray(0, end < 0 ? MAX_HEADER_BYTES : end)
      .toString('latin1')
      .split('\r\n');
    // The last line may still be arriving when there is no end yet; every finished one must be a header line.
    const finished = end < 0 ? lines.slice(0, -1) : lines;
    const partial = end < 0 ? lines[lines.length - 1] : '';
    const looksLikeHeader = finished.every((line) => HEADER_LINE.test(line)) && (/^[A-Za-z0-9-]*$/.test(partial) || HEADER_LINE.test(partial));
    if (!looksLikeHeader || (end < 0 && buffer.length > MAX_HEADER_BYTES)) {
      // What is left of a message whose length was too short, or noise: skip it up to the next header.
      this.advance(0, { kind: 'unknown', why: 'bytes outside any message' });
      return true;
    }
    if (end < 0) return false;
    const length = lines.find((line) => /^content-length:/i.test(line))?.replace(/^[^:]*:/, '').trim() ?? '';
    this.advance(end + HEADER_END.length, /^\d+$/.test(length) ? { kind: 'body', length: Number(length) } : { kind: 'unknown', why: `Content-Length '${length.slice(0, 40)}' is not a number` });
    return true;
  }

  /** After a pause: the whole buffer, if it is one message. */
  private takeAll(why: string): boolean {
    const message = parse(this.buffered());
    if (!message) return false;
    this.deliver(message, this.size, `${why}; read the ${this.size} bytes as the message`);
    return true;
  }

  private dropAll(why: string): boolean {
    this.drop(this.size, why);
    return true;
  }

  private deliver(message: Message, bytes: number, repair: string | null): void {
    this.advance(bytes, { kind: 'header' });
    if (repair) this.report(`a message was framed wrongly (${repair})`);
    this.callback?.(message);
  }

  private drop(bytes: number, why: string): void {
    this.advance(bytes, { kind: 'header' });
    this.report(`dropped ${bytes} bytes that are not a message (${why})`);
  }
}

/**
 * Offset of the first header at or after `from`, or -1. The search runs natively for the tail of the
 * field name (`ength:` in any usual case), and only its hits are checked with the pattern.
 */
function findHeader(bytes: Buffer, from = 0): number {
  let best = -1;
  for (const needle of NEEDLES) {
    for (let hit = bytes.indexOf(needle, from + NEEDLE_OFFSET); hit >= 0 && (best < 0 || hit - NEEDLE_OFFSET < best); hit = bytes.indexOf(needle, hit + 1)) {
      const start = hit - NEEDLE_OFFSET;
      if (HEADER_START.test(bytes.toString('latin1', start, start + 48))) {
        best = start;
        break;
      }
    }
  }
  return best;
}

/** The body as a JSON-RPC message, or null when it is not a JSON object. */
function parse(body: Buffer): Message | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Message) : null;
  } catch {
    return null;
  }
}
