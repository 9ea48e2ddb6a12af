// What a client may lend the service beyond LSP (CableInitializationOptions): its files, read by the
// client (`cable/stat`, `cable/readFile`) for the URIs the server's own host cannot reach, and the
// folder of the rule pages. A browser worker has no files at all, and a virtual workspace (github.dev,
// a remote repository) is on no disk the server sees: through the client, `.cablelint.json` is found
// there too. The Node host keeps the `file:` URIs, where it can also check where a link leads.

import type { Connection } from 'vscode-languageserver';
import { READ_FILE_METHOD, STAT_METHOD, type FileRead, type FileStat, type HostFileSystem, type ReadFileParams } from '../index';

/** A URI with a hierarchical path and no query or fragment: `scheme:/path` or `scheme://authority/path`. */
const HIERARCHICAL = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/[^/?#]*)?(\/[^?#]*)$/;
const STAT_TYPES: ReadonlySet<unknown> = new Set(['file', 'directory', 'symbolicLink', 'other']);

function isStat(value: unknown): value is FileStat | null {
  if (value === null) return true;
  const stat = value as Partial<FileStat> | undefined;
  return typeof stat === 'object' && STAT_TYPES.has(stat.type) && typeof stat.size === 'number';
}

function isRead(value: unknown): value is FileRead {
  const read = value as Record<string, unknown> | null;
  return typeof read === 'object' && read !== null && (typeof read.text === 'string' || typeof read.tooLarge === 'number' || read.notAFile === true);
}

export class ClientHost {
  private filesOffered = false;
  private ruleDocs: string | null = null;

  constructor(private readonly connection: Connection) {}

  /** Reads what the client offers from its `initializationOptions` (anything else there is ignored). */
  initialize(options: unknown): void {
    const offered = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
    this.filesOffered = offered.files === true;
    this.ruleDocs = typeof offered.ruleDocs === 'string' && HIERARCHICAL.test(offered.ruleDocs) ? offered.ruleDocs.replace(/\/+$/, '') : null;
  }

  /** The page of a rule in the folder the client named, or null. */
  ruleDocUrl(code: string): string | null {
    return this.ruleDocs === null ? null : `${this.ruleDocs}/${code}.md`;
  }

  /** The host's files where they reach a URI, else the client's. */
  files(host: HostFileSystem | undefined): HostFileSystem {
    const client = this.clientFiles();
    const owner = (uri: string) => (host?.canonicalUri(uri) != null ? host : client);
    return {
      canonicalUri: (uri) => host?.canonicalUri(uri) ?? client.canonicalUri(uri),
      stat: (uri) => owner(uri).stat(uri),
      realUri: (uri) => {
        const files = owner(uri);
        return files.realUri ? files.realUri(uri) : client.realUri(uri);
      },
      readFile: (uri, maxBytes) => owner(uri).readFile(uri, maxBytes),
    };
  }

  private clientFiles(): HostFileSystem & Required<Pick<HostFileSystem, 'realUri'>> {
    return {
      canonicalUri: (uri) => {
        const m = this.filesOffered ? HIERARCHICAL.exec(uri) : null;
        // `memfs:/a` and `memfs:///a` are one location: the folder search needs one spelling.
        return m ? `${m[1]}:${m[2] ?? '//'}${m[3]}` : null;
      },
      stat: (uri) => this.ask(STAT_METHOD, { uri }, isStat),
      // The editor's file system API does not say where a link leads: a link is not followed.
      realUri: () => Promise.reject(new Error('a link, which is followed only on the local disk')),
      readFile: (uri, maxBytes) => this.ask(READ_FILE_METHOD, { uri, maxBytes } satisfies ReadFileParams, isRead),
    };
  }

  /** A request to the client; its error's message is the plain reason the service quotes. */
  private async ask<T>(method: string, params: object, valid: (value: unknown) => value is T): Promise<T> {
    let answer: unknown;
    try {
      answer = await this.connection.sendRequest(method, params);
    } catch (error) {
      throw new Error(error instanceof Error ? error.message : String(error), { cause: error });
    }
    if (!valid(answer)) throw new Error(`the editor answered ${method} with something that is not an answer to it`);
    return answer;
  }
}
