// The Cables explorer over the workspace index: the cables grouped by year, post or classification,
// narrowed by a filter, a page at a time (`cable/workspaceCables`), and which groups a change of the
// index touches (`cable/workspaceCablesChanged`), so that a client shows again only those.
//
// With 100,000 cables a listing walks every entry once: the grouping of a (grouping, filter) pair
// is kept until the index changes, a group's cables are sorted when first asked for, and what the
// filter reads of an entry (its words) is worked out once per entry.

import { CABLE_GROUPINGS, LEVEL_RANK, WORKSPACE_CABLES_LIMIT, type CableGroup, type CableGrouping, type CableListItem, type WorkspaceCables, type WorkspaceCablesParams } from './core';
import type { WorkspaceIndex } from './store';
import type { IndexEntry } from './types';

/** Groupings kept at once: a client switches between a few (filtered and not, two groupings). */
const KEPT = 4;

/** What the filter and the sort read of an entry. */
interface Prepared {
  readonly id: string;
  readonly tags: readonly string[];
  readonly words: readonly string[];
  /** Date, then id with its serial padded (`08MANAMA00000420`), then uri: the order of a group's cables. */
  readonly order: string;
}

interface Grouping {
  readonly groups: Map<string, IndexEntry[]>;
  readonly order: readonly CableGroup[];
  readonly sorted: Set<string>;
  readonly cables: number;
}

export type ExplorerAnswer = Omit<WorkspaceCables, 'state'>;

/** The group an entry is in: '' when the cable states no date, post or level. */
export function groupOf(entry: IndexEntry, grouping: CableGrouping): string {
  if (grouping === 'year') return entry.date?.slice(0, 4) ?? '';
  if (grouping === 'post') return writtenPost(entry)?.replace(/ /g, '') ?? '';
  return entry.classification ?? '';
}

/** The post as the banner writes it, in capitals, spaces folded. */
function writtenPost(entry: IndexEntry): string | null {
  return entry.post?.toUpperCase().replace(/\s+/g, ' ').trim() || null;
}

/** A group's name: of a post's forms (an id writes `NEWDELHI`, a banner `NEW DELHI`), the one with spaces. */
function betterLabel(a: string, b: string | undefined): boolean {
  return b === undefined || (a.includes(' ') ? !b.includes(' ') || a < b : !b.includes(' ') && a < b);
}

/** A filter's words: letters and digits, lower case. */
function filterWords(filter: string | undefined): string[] {
  return filter ? wordsOf(filter) : [];
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export class CableExplorer {
  private readonly prepared = new WeakMap<IndexEntry, Prepared>();
  private readonly groupings = new Map<string, Grouping>();
  private version = -1;

  constructor(private readonly index: WorkspaceIndex) {}

  /** The groups, or one group's cables, from `offset`, at most `limit` (WORKSPACE_CABLES_LIMIT). */
  list(params: WorkspaceCablesParams): ExplorerAnswer {
    const grouping = this.grouping(params.groupBy, filterWords(params.filter));
    const offset = Math.max(0, params.offset ?? 0);
    const end = offset + Math.min(params.limit ?? WORKSPACE_CABLES_LIMIT, WORKSPACE_CABLES_LIMIT);
    if (params.group === undefined) return { total: grouping.order.length, cables: grouping.cables, offset, groups: grouping.order.slice(offset, end) };
    const members = grouping.groups.get(params.group) ?? [];
    if (!grouping.sorted.has(params.group)) {
      members.sort((a, b) => compare(this.prepare(a).order, this.prepare(b).order));
      grouping.sorted.add(params.group);
    }
    return { total: members.length, cables: grouping.cables, offset, items: members.slice(offset, end).map(item) };
  }

  private grouping(by: CableGrouping, words: readonly string[]): Grouping {
    if (this.version !== this.index.version) {
      this.groupings.clear();
      this.version = this.index.version;
    }
    const key = `${by}\n${words.join(' ')}`;
    const kept = this.groupings.get(key);
    if (kept) return kept;
    const groups = new Map<string, IndexEntry[]>();
    const labels = new Map<string, string>();
    let cables = 0;
    for (const entry of this.index.entries()) {
      if (words.length && !this.matches(entry, words)) continue;
      cables++;
      const group = groupOf(entry, by);
      const members = groups.get(group);
      if (members) members.push(entry);
      else groups.set(group, [entry]);
      const written = by === 'post' ? writtenPost(entry) : null;
      if (written && betterLabel(written, labels.get(group))) labels.set(group, written);
    }
    const order = [...groups]
      .map(([k, members]) => ({ key: k, label: labels.get(k) ?? k, count: members.length }))
      .sort((a, b) => compareGroups(by, a.label, b.label));
    const made: Grouping = { groups, order, sorted: new Set(), cables };
    const oldest = this.groupings.keys().next();
    if (this.groupings.size >= KEPT && !oldest.done) this.groupings.delete(oldest.value);
    this.groupings.set(key, made);
    return made;
  }

  /** Every word names a part of the id, a TAGS code, or the start of a word of the subject. */
  private matches(entry: IndexEntry, words: readonly string[]): boolean {
    const p = this.prepare(entry);
    return words.every((w) => p.id.includes(w) || p.tags.includes(w) || p.words.some((s) => s.startsWith(w)));
  }

  private prepare(entry: IndexEntry): Prepared {
    let p = this.prepared.get(entry);
    if (!p) {
      const id = entry.id?.toLowerCase() ?? '';
      const serial = id.replace(/\d+$/, (digits) => digits.padStart(8, '0'));
      p = { id, tags: entry.tags.map((t) => t.toLowerCase()), words: wordsOf(entry.subject ?? ''), order: `${entry.date ?? '~'}\n${serial}\n${entry.uri}` };
      this.prepared.set(entry, p);
    }
    return p;
  }
}

function item(entry: IndexEntry): CableListItem {
  const { uri, id, date, subject, post, classification, tags, summary } = entry;
  return { uri, id, date, subject, post, classification, tags, summary };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Years and posts ascending, levels by rank then others by name, '' (none stated) last. */
function compareGroups(by: CableGrouping, a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  if (by !== 'classification') return compare(a, b);
  const rank = (level: string) => LEVEL_RANK[level as keyof typeof LEVEL_RANK] ?? Number.MAX_SAFE_INTEGER;
  return rank(a) - rank(b) || compare(a, b);
}

/** What the explorer shows of an entry: a change to anything else (its REF items) moves no row. */
function sameRow(a: IndexEntry, b: IndexEntry): boolean {
  return a.id === b.id && a.date === b.date && a.subject === b.subject && a.post === b.post && a.classification === b.classification && a.summary === b.summary && a.tags.join(' ') === b.tags.join(' ');
}

export type ChangedGroups = { [G in CableGrouping]: string[] };

/**
 * Collects the changes of the index between two `take`s: for each document, the entry it had at
 * the first change, compared at `take` with the one it has then, so that a cable edited ten times
 * counts once and one indexed again as it was not at all.
 */
export class ExplorerChanges {
  private readonly before = new Map<string, IndexEntry | undefined>();
  private cleared = false;

  /** `pending` is called on each change (the host schedules a `take`). */
  constructor(
    private readonly index: WorkspaceIndex,
    pending: () => void,
  ) {
    index.onChange((change) => {
      if (change === null) {
        this.cleared = true;
        this.before.clear();
      } else if (!this.cleared && !this.before.has(change.uri)) this.before.set(change.uri, change.before);
      pending();
    });
  }

  /** The groups whose rows changed since the last call, by grouping; null when every group may have. */
  take(): ChangedGroups | null {
    const cleared = this.cleared;
    this.cleared = false;
    const changed = { year: new Set<string>(), post: new Set<string>(), classification: new Set<string>() };
    for (const [uri, before] of this.before) {
      const after = this.index.get(uri);
      if (before && after && sameRow(before, after)) continue;
      for (const entry of [before, after]) {
        if (!entry) continue;
        for (const by of CABLE_GROUPINGS) changed[by].add(groupOf(entry, by));
      }
    }
    this.before.clear();
    return cleared ? null : { year: [...changed.year], post: [...changed.post], classification: [...changed.classification] };
  }
}
