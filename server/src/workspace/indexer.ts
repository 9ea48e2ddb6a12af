// What the server asks of the program that feeds the workspace index from its files: the Node host
// (server/src/node/workspace) walks the folders and reads them in worker threads; a host without
// files (a browser worker) has none, and the index then holds the open cables only. Files are named
// by URI on this side: turning them into paths is the host's business.

import type { WorkspaceIndex } from './store';

export interface IndexerOptions {
  /** The workspace folders (URIs); a host takes those it can reach. */
  readonly folders: readonly string[];
  /** Globs of `cable.workspace.exclude`, relative to a folder. */
  readonly exclude: readonly string[];
  /** Globs of `files.associations` that map names to cable. */
  readonly associations: readonly string[];
  /** The client's workspace storage folder (URI or path), where the index is saved; null keeps it in memory only. */
  readonly storage: string | null;
}

export interface IndexStats {
  /** Candidate files found by the walk (or watched since). */
  files: number;
  /** Cables in the index. */
  cables: number;
  /** Files whose cached entry was taken as it was. */
  fromCache: number;
  /** Files read and scanned. */
  read: number;
  skipped: number;
  unreadable: number;
  /** Reference ids claimed by more than one file. */
  duplicateIds: number;
  ms: number;
  /** Where the time went: the walk, loading the cache, reading (or checking) the files, saving. */
  phases: { walk: number; cache: number; files: number; save: number };
}

export interface IndexerEvents {
  progress?(done: number, total: number): void;
  /** The index is complete; the cache is saved after this. */
  ready?(stats: IndexStats): void;
  /** The saved index is loaded and answers, before it is checked against the files. */
  cached?(cables: number): void;
  /** A file that could not be read, with the reason. */
  problem?(message: string): void;
}

/** Keeps a WorkspaceIndex filled from the files of the workspace folders. */
export interface WorkspaceIndexer {
  readonly stats: IndexStats;
  /** Whether the saved index is being written. */
  readonly saving: boolean;
  /** Walks every folder and brings the index up to date; a later build (or `stop`) cancels this one. */
  build(events?: IndexerEvents): Promise<IndexStats>;
  /** Files created, changed or deleted (URIs), read again or dropped. */
  changed(uris: readonly string[], events?: IndexerEvents): Promise<void>;
  /** Cancels a build under way and any pending save. */
  stop(): void;
  /** Whether a document (URI) is a file under one of the workspace folders. */
  covers(uri: string): boolean;
}

/** Makes the indexer of a host; `isOpen` says which cables (URIs) the editor speaks for. */
export type WorkspaceIndexerFactory = (index: WorkspaceIndex, options: IndexerOptions, isOpen: (uri: string) => boolean) => WorkspaceIndexer;

export function emptyStats(): IndexStats {
  return { files: 0, cables: 0, fromCache: 0, read: 0, skipped: 0, unreadable: 0, duplicateIds: 0, ms: 0, phases: { walk: 0, cache: 0, files: 0, save: 0 } };
}
