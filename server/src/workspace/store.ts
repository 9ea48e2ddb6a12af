// The workspace index in memory: every indexed cable by document, by reference id (two files may
// claim one: both are kept), and by the ids its REF items may name, so that "who cites this cable"
// is a map lookup. Pure: the host feeds it (node/workspace reads the disk; a browser host could post
// texts), and it never reads anything itself.

import { countAtMost, itself } from './core';
import type { IndexedCable, IndexedRef, IndexEntry } from './types';

/** A REF item of an indexed cable. */
export interface Citation {
  readonly entry: IndexEntry;
  readonly ref: IndexedRef;
}

interface Stored {
  readonly entry: IndexEntry;
  /** Id, post and subject in lower case, for the symbol search. */
  readonly key: string;
  /** The post as ids write it (`SAOPAULO`). */
  readonly post: string;
}

/** A document's cable is about to be set or deleted (`before`: its entry until now); null: the index is cleared. */
export type IndexChangeListener = (change: { readonly uri: string; readonly before: IndexEntry | undefined } | null) => void;

export class WorkspaceIndex {
  private readonly byUri = new Map<string, Stored>();
  private readonly byId = new Map<string, Stored[]>();
  /** Candidate id → cables with a REF item that may name it (arrays: far smaller than sets). */
  private readonly citing = new Map<string, Stored[]>();
  private changes = 0;
  private text: SearchText | null = null;
  private readonly listeners: IndexChangeListener[] = [];

  get size(): number {
    return this.byUri.size;
  }

  /** Grows with every change: what was computed from an older version is stale. */
  get version(): number {
    return this.changes;
  }

  get(uri: string): IndexEntry | undefined {
    return this.byUri.get(uri)?.entry;
  }

  *entries(): IterableIterator<IndexEntry> {
    for (const s of this.byUri.values()) yield s.entry;
  }

  /** Calls `listener` before each change: what views of the index must show again. */
  onChange(listener: IndexChangeListener): void {
    this.listeners.push(listener);
  }

  /** Adds or replaces the cable of `uri`. */
  set(uri: string, cable: IndexedCable): void {
    this.notify(uri);
    this.unlink(uri);
    const entry: IndexEntry = { ...cable, uri };
    const stored: Stored = { entry, key: `${entry.id ?? ''} ${entry.post ?? ''} ${entry.subject ?? ''}`.toLowerCase(), post: entry.post?.toUpperCase().replace(/ /g, '') ?? '' };
    this.byUri.set(uri, stored);
    if (entry.id) push(this.byId, entry.id, stored);
    for (const ref of entry.refs) for (const id of ref.ids) push(this.citing, id, stored);
    this.changes++;
  }

  delete(uri: string): boolean {
    if (!this.byUri.has(uri)) return false;
    this.notify(uri);
    return this.unlink(uri);
  }

  private unlink(uri: string): boolean {
    const stored = this.byUri.get(uri);
    if (!stored) return false;
    this.byUri.delete(uri);
    const { entry } = stored;
    if (entry.id) remove(this.byId, entry.id, stored);
    for (const ref of entry.refs) for (const id of ref.ids) remove(this.citing, id, stored);
    this.changes++;
    return true;
  }

  clear(): void {
    for (const listener of this.listeners) listener(null);
    this.byUri.clear();
    this.byId.clear();
    this.citing.clear();
    this.changes++;
  }

  private notify(uri: string): void {
    const before = this.byUri.get(uri)?.entry;
    for (const listener of this.listeners) listener({ uri, before });
  }

  /** The files that claim a reference id (more than one when it is duplicated). */
  filesOf(id: string): IndexEntry[] {
    return (this.byId.get(id) ?? []).map((s) => s.entry);
  }

  /** How many reference ids more than one file claims. */
  duplicateIds(): number {
    let count = 0;
    for (const files of this.byId.values()) if (files.length > 1) count++;
    return count;
  }

  /** The id a REF item names here: its first candidate that a file claims, or null. */
  resolvedId(ref: IndexedRef): string | null {
    return ref.ids.find((id) => this.byId.has(id)) ?? null;
  }

  /** The cables a REF item names (none when it is not in the workspace). */
  resolve(ref: IndexedRef): IndexEntry[] {
    const id = this.resolvedId(ref);
    return id ? this.filesOf(id) : [];
  }

  /** Every REF item of the workspace that names `id`. */
  citations(id: string): Citation[] {
    const found: Citation[] = [];
    for (const s of new Set(this.citing.get(id))) for (const ref of s.entry.refs) if (this.resolvedId(ref) === id) found.push({ entry: s.entry, ref });
    return found;
  }

  /** How many cables (documents) cite `id`. */
  citingCount(id: string): number {
    return new Set(this.citations(id).map((c) => c.entry.uri)).size;
  }

  /**
   * Cables whose id is the query or starts with it, then those of a post starting with it, then
   * those whose id, post or subject hold every word of it; at most `limit`. Each holds the query's
   * longest word, so only the places of that word in one text of every key are looked at.
   */
  search(query: string, limit: number): IndexEntry[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    const compact = words.join('').toUpperCase();
    const needle = words.reduce((a, b) => (b.length > a.length ? b : a));
    const { text, starts, stored } = this.searchText();
    const ranks: IndexEntry[][] = [[], [], [], []];
    let last = -1;
    for (let at = text.indexOf(needle); at >= 0 && ranks[0].length + ranks[1].length < limit; at = text.indexOf(needle, at + 1)) {
      const k = entryAt(starts, at);
      if (k === last) continue;
      last = k;
      const { entry, key, post } = stored[k];
      const id = entry.id ?? '';
      const rank = id === compact ? 0 : id.startsWith(compact) ? 1 : post.startsWith(compact) ? 2 : words.every((w) => key.includes(w)) ? 3 : -1;
      if (rank >= 0 && ranks[rank].length < limit) ranks[rank].push(entry);
    }
    return ranks.flat().slice(0, limit);
  }

  /** Every key in one text, one a line, made again after a change. */
  private searchText(): SearchText {
    if (this.text?.version !== this.changes) {
      const stored = [...this.byUri.values()];
      const starts = new Int32Array(stored.length);
      let at = 0;
      stored.forEach((s, k) => {
        starts[k] = at;
        at += s.key.length + 1;
      });
      this.text = { version: this.changes, text: stored.map((s) => s.key).join('\n'), starts, stored };
    }
    return this.text;
  }
}

interface SearchText {
  readonly version: number;
  readonly text: string;
  readonly starts: Int32Array;
  readonly stored: readonly Stored[];
}

/** The key whose line holds offset `at`. */
function entryAt(starts: Int32Array, at: number): number {
  return Math.max(0, countAtMost(starts, at, itself) - 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)?.filter((v) => v !== value);
  if (list?.length) map.set(key, list);
  else map.delete(key);
}
