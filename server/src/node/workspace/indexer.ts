// Builds and keeps the workspace index from the disk: walks the folders, reads in worker threads
// only the files the cache does not know as they are, drops what is gone, and saves the cache. Files
// that changed (the client's file watching) are read again one by one. Open documents are the
// editor's business: a file the `isOpen` callback claims is left to it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCache, saveCache, type CachedFile } from './cache';
import { emptyStats, type IndexerEvents, type IndexStats, type WorkspaceIndex, type WorkspaceIndexer, type WorkspaceIndexerFactory } from './core';
import { fileKey, sameKey, type FileKey } from './files';
import { runJobs } from './pool';
import { isCandidate, walkFolder, type WalkOptions } from './walk';
import type { Job, JobResult } from './worker';

/** The options the Node indexer works with: the folders as paths. */
export interface NodeIndexerOptions extends WalkOptions {
  readonly folders: readonly string[];
  /** The client's workspace storage folder, where the cache lives; null keeps the index in memory only. */
  readonly storage: string | null;
  readonly workers?: number;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** The path of a `file:` URI, or null for any other URI. */
export function pathOfUri(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The server's indexer on Node: the folders and the storage folder it can reach, as paths. */
export const nodeWorkspaceIndexer: WorkspaceIndexerFactory = (index, options, isOpen) => {
  // The storage folder comes as a `file:` URI or as a path.
  const storage = options.storage?.startsWith('file:') ? pathOfUri(options.storage) : options.storage;
  const folders = options.folders.flatMap((uri) => pathOfUri(uri) ?? []);
  return new NodeWorkspaceIndexer(index, { ...options, folders, storage: storage || null }, isOpen);
};

const SAVE_DELAY_MS = 2000;
/** Files checked against the cache between two yields. */
const STAT_SLICE = 2000;

function statKey(file: string): FileKey | null {
  try {
    return fileKey(fs.statSync(file));
  } catch {
    return null;
  }
}

export class NodeWorkspaceIndexer implements WorkspaceIndexer {
  /** What is known of each candidate file, cable or not, as the cache stores it. */
  private readonly known = new Map<string, CachedFile>();
  private generation = 0;
  /** Whether the cache is being written. */
  saving = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  stats: IndexStats = emptyStats();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly options: NodeIndexerOptions,
    private readonly isOpen: (uri: string) => boolean = () => false,
  ) {}

  /** Walks every folder and brings the index up to date; a later build (or `stop`) cancels this one. */
  async build(events: IndexerEvents = {}): Promise<IndexStats> {
    const generation = ++this.generation;
    const cancelled = () => generation !== this.generation;
    const started = performance.now();
    const stats = emptyStats();
    const cached = await this.knownBefore(cancelled, events);
    stats.phases.cache = performance.now() - started;
    const files: string[] = [];
    for (const folder of this.options.folders) files.push(...(await walkFolder(folder, this.options, cancelled)));
    stats.phases.walk = performance.now() - started - stats.phases.cache;
    if (cancelled()) return this.stats;
    stats.files = files.length;
    this.dropAllBut(new Set(files));
    let done = 0;
    const fileDone = () => events.progress?.(++done, files.length);
    events.progress?.(0, files.length);
    const jobs = await this.unchanged(files, cached, stats, events, fileDone, cancelled);
    const apply = (job: Job, result: JobResult) => {
      this.apply(job.file, result, undefined, stats, events);
      fileDone();
    };
    await runJobs(jobs, apply, { workers: this.options.workers, cancelled });
    if (cancelled()) return this.stats;
    stats.phases.files = performance.now() - started - stats.phases.cache - stats.phases.walk;
    stats.cables = this.index.size;
    stats.duplicateIds = this.index.duplicateIds();
    stats.ms = performance.now() - started;
    this.stats = stats;
    events.ready?.(stats);
    const saving = performance.now();
    // Nothing read and nothing gone: the cache already says all this.
    if (stats.read > 0 || stats.unreadable > 0 || cached.size !== this.known.size) await this.save();
    stats.phases.save = performance.now() - saving;
    return stats;
  }

  /** What was known of the files before this build: the saved index at the first build (which then answers at once), else the last build's. */
  private async knownBefore(cancelled: () => boolean, events: IndexerEvents): Promise<ReadonlyMap<string, CachedFile>> {
    if (!this.options.storage || this.known.size > 0) return new Map(this.known);
    const cached = await loadCache(this.options.storage);
    if (cached.size) await this.preload(cached, cancelled, events);
    return cached;
  }

  /** Forgets the files (and indexed cables) that are not in `present`, but the open ones. */
  private dropAllBut(present: ReadonlySet<string>): void {
    for (const file of [...this.known.keys()]) if (!present.has(file)) this.forget(file);
    for (const entry of [...this.index.entries()]) {
      const file = pathOfUri(entry.uri);
      if (file !== null && !present.has(file) && !this.isOpen(entry.uri)) this.index.delete(entry.uri);
    }
  }

  /**
   * Takes the files the cache knows as they are (a stat each, in slices, on this thread) and returns
   * the others, for the workers to read.
   */
  private async unchanged(
    files: readonly string[],
    cached: ReadonlyMap<string, CachedFile>,
    stats: IndexStats,
    events: IndexerEvents,
    fileDone: () => void,
    cancelled: () => boolean,
  ): Promise<Job[]> {
    const jobs: Job[] = [];
    for (let k = 0; k < files.length && !cancelled(); k++) {
      if (k % STAT_SLICE === STAT_SLICE - 1) await new Promise((resolve) => setTimeout(resolve, 0));
      const known = cached.get(files[k]);
      const key = known ? statKey(files[k]) : null;
      if (!known || !key || !sameKey(known.key, key)) jobs.push({ file: files[k] });
      else {
        this.apply(files[k], { kind: 'unchanged', key }, known, stats, events);
        fileDone();
      }
    }
    return cancelled() ? [] : jobs;
  }

  /** Files created, changed or deleted on disk (URIs), read again or dropped. */
  async changed(uris: readonly string[], events: IndexerEvents = {}): Promise<void> {
    const jobs: Job[] = [];
    for (const file of uris.flatMap((uri) => pathOfUri(uri) ?? [])) {
      const relative = this.relative(file);
      if (relative === null || !isCandidate(relative, this.options)) continue;
      jobs.push({ file });
    }
    await runJobs(jobs, (job, result) => this.apply(job.file, result, undefined, this.stats, events), { workers: this.options.workers });
    this.stats.cables = this.index.size;
    this.stats.files = this.known.size;
    this.scheduleSave();
  }

  /** Cancels a build under way and any pending save. */
  stop(): void {
    this.generation++;
    clearTimeout(this.saveTimer);
  }

  /** Whether a document is a file under one of the workspace folders. */
  covers(uri: string): boolean {
    const file = pathOfUri(uri);
    return file !== null && this.relative(file) !== null;
  }

  private async preload(cached: ReadonlyMap<string, CachedFile>, cancelled: () => boolean, events: IndexerEvents): Promise<void> {
    let k = 0;
    for (const [file, known] of cached) {
      if (++k % STAT_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled()) return;
      const uri = fileUri(file);
      if (known.cable && !this.isOpen(uri)) this.index.set(uri, known.cable);
    }
    events.cached?.(this.index.size);
  }

  private apply(file: string, result: JobResult | { readonly kind: 'unchanged'; readonly key: FileKey }, cached: CachedFile | undefined, stats: IndexStats, events: IndexerEvents): void {
    const uri = fileUri(file);
    if (result.kind === 'missing') return this.forget(file);
    if (result.kind === 'unreadable') {
      stats.unreadable++;
      events.problem?.(result.message);
      this.forget(file);
      return;
    }
    let known: CachedFile;
    if (result.kind === 'unchanged' && cached) {
      stats.fromCache++;
      known = cached;
    } else if (result.kind === 'cable') {
      stats.read++;
      known = { key: result.key, cable: result.cable };
    } else if (result.kind === 'skipped') {
      stats.read++;
      known = { key: result.key, cable: null, skipped: result.reason };
    } else return;
    if (!known.cable) stats.skipped++;
    this.known.set(file, known);
    if (this.isOpen(uri)) return;
    // Preloaded from the cache as it is: nothing to do.
    if (known.cable && this.index.get(uri)?.refs === known.cable.refs) return;
    if (known.cable) this.index.set(uri, known.cable);
    else this.index.delete(uri);
  }

  private forget(file: string): void {
    this.known.delete(file);
    const uri = fileUri(file);
    if (!this.isOpen(uri)) this.index.delete(uri);
  }

  private relative(file: string): string | null {
    for (const folder of this.options.folders) {
      const relative = path.relative(folder, file);
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
    }
    return null;
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    if (!this.options.storage) return;
    this.saving = true;
    try {
      await saveCache(this.options.storage, this.known);
    } catch {
      // A storage folder that cannot be written: the index stays in memory, as without one.
    } finally {
      this.saving = false;
    }
  }
}
