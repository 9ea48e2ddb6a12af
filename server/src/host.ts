// What the language service asks of the program it runs in: file access for `.cablelint.json`, the
// workspace folders and settings, where the rule pages are, and where to tell the user of a problem.
// Each host supplies what it has: the Node host (server/src/node) the file system, the LSP adapter
// the client's folders and settings, a browser host the client's files. All of it is optional: a
// service without a host lints with the rules' default levels and reads no file.

import type { ConfigFile } from './rules/config/file';
import type { RuleFailure } from './rules/engine';
import type { FileRead, FileStat } from './protocol';

export type { FileRead, FileStat } from './protocol';

/** Whether the caller no longer wants the answer: LSP's CancellationToken has this shape. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** The token of a caller that never cancels. */
export const NOT_CANCELLED: CancellationToken = Object.freeze({ isCancellationRequested: false });

/** Thrown by a service method whose token was cancelled; the caller answers "cancelled". */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Files by URI. Methods reject with an Error whose message is the plain reason (`no such file or
 * directory`, `permission denied`), which the service quotes.
 */
export interface HostFileSystem {
  /** `uri` as this host writes it (the same file, the same text), or null when its files cannot be reached through it. */
  canonicalUri(uri: string): string | null;
  /** What is at `uri`, a link not followed; null when nothing is. */
  stat(uri: string): Promise<FileStat | null>;
  /** Where a link leads, every link resolved. Without it a link is never followed where links are checked. */
  realUri?(uri: string): Promise<string>;
  /** The UTF-8 text of the regular file at `uri` (a link followed), read only if at most `maxBytes` long. */
  readFile(uri: string, maxBytes: number): Promise<FileRead>;
}

export interface LanguageServiceHost {
  /** Without files, no `.cablelint.json` is read. */
  readonly files?: HostFileSystem;
  /** A rule's page (`docs/rules/<CODE>.md`) as a URL the user's editor opens, or null when there is none. */
  ruleDocUrl?(code: string): string | null;
  /**
   * The workspace folders (URIs). The search for `.cablelint.json` stops at the folder holding the
   * cable (outside every folder, at the cable's own folder) and a link is followed only into them.
   * Without it the search goes up to the top and links are followed: a command line run by the user
   * on their own files.
   */
  workspaceFolders?(): Promise<readonly unknown[]>;
  /** The `cable.lint` settings of a document's scope, as the user wrote them (checked by the service). */
  lintSettings?(uri: string): Promise<unknown>;
  /** A `.cablelint.json` used for every document instead of the nearest (`cable lint --config`). */
  readonly configFile?: string;
  /** A problem of the settings, to show the user; each message is given once. */
  showWarning?(message: string): void;
  /** A `.cablelint.json` was read (the first time, or again after `configFilesChanged`): its problems, to show on it. */
  configFileRead?(file: ConfigFile): void;
  /** A rule threw and was skipped (told once per rule). */
  ruleFailed?(failure: RuleFailure): void;
}
