// The Cables explorer's tree: groups, then a group's cables, loaded from the server a page at a time
// when a group is expanded (`cable/workspaceCables`). When the server names the groups a change
// touched (`cable/workspaceCablesChanged`), the groups are asked for again (one small answer) and
// only the groups that changed are shown again; the whole tree only when groups come or go.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  WORKSPACE_CABLES_LIMIT,
  WORKSPACE_CABLES_METHOD,
  type CableGrouping,
  type IndexState,
  type WorkspaceCables,
  type WorkspaceCablesChanged,
  type WorkspaceCablesParams,
} from '../../../server/src/protocol';
import { cableItem, groupItem, moreItem, type CableNode, type CablesNode, type GroupNode, type MoreNode } from './items';

/** Cables of a group loaded at once: enough to fill a tall side bar many times over. */
export const PAGE = 200;

/** What the view shows when it has no rows (package.json's viewsWelcome reads it), or `ready`. */
export type ExplorerState = 'off' | 'indexing' | 'empty' | 'noMatch' | 'ready';

export interface TreeHost {
  readonly client: BaseLanguageClient;
  /** Starts the language server (the first cable opened would). */
  ready(): Promise<void>;
  /** The answer to the groups' request changed what the view says of itself. */
  stateChanged(state: ExplorerState, cables: number, index: IndexState): void;
}

export class CablesTree implements vscode.TreeDataProvider<CablesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CablesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Groups by key, kept across answers so that the view keeps them (and their expansion). */
  private groups = new Map<string, GroupNode>();
  /** The groups as last answered, or undefined when they are to be asked for. */
  private root: { nodes: GroupNode[]; total: number } | undefined;
  private rootWanted = WORKSPACE_CABLES_LIMIT;
  private queue: Promise<unknown> = Promise.resolve();
  /** A change the server told of while the groups were not loaded. */
  private missed = false;

  constructor(
    private readonly host: TreeHost,
    public groupBy: CableGrouping,
    public filter = '',
  ) {}

  /** Shows everything again, as asked afresh: after a new grouping or filter. */
  reload(): void {
    this.groups = new Map();
    this.root = undefined;
    this.rootWanted = WORKSPACE_CABLES_LIMIT;
    this.changed.fire(undefined);
  }

  getTreeItem(node: CablesNode): vscode.TreeItem {
    return node.kind === 'group' ? groupItem(node) : node.kind === 'cable' ? cableItem(node) : moreItem(node);
  }

  getParent(node: CablesNode): CablesNode | undefined {
    return node.kind === 'group' ? undefined : (node.parent ?? undefined);
  }

  async getChildren(node?: CablesNode): Promise<CablesNode[]> {
    if (node === undefined) {
      if (!vscode.workspace.workspaceFolders?.length) return [];
      if (this.root === undefined) {
        this.missed = false;
        const root = await this.askGroups();
        // A change came while the groups were asked for: the answer may be older than it.
        if (this.missed) setTimeout(() => this.reload(), 0);
        this.root = root;
      }
      const { nodes, total } = this.root;
      return nodes.length < total ? [...nodes, { kind: 'more', parent: null, shown: nodes.length, total }] : nodes;
    }
    if (node.kind !== 'group') return [];
    if (node.items === undefined) {
      const answer = await this.ask({ group: node.key, offset: 0, limit: Math.min(node.wanted, WORKSPACE_CABLES_LIMIT) });
      node.items = this.cables(node, answer);
      node.total = answer.total;
    }
    const more: MoreNode[] = node.items.length < node.total ? [{ kind: 'more', parent: node, shown: node.items.length, total: node.total }] : [];
    return [...node.items, ...more];
  }

  /** "Load more…": the next page of a group's cables, or of the groups. */
  async loadMore(node: MoreNode): Promise<void> {
    const { parent } = node;
    if (parent === null) {
      this.rootWanted += WORKSPACE_CABLES_LIMIT;
      this.root = undefined;
      this.changed.fire(undefined);
      return;
    }
    const items = parent.items ?? [];
    const answer = await this.ask({ group: parent.key, offset: items.length, limit: PAGE });
    parent.items = [...items, ...this.cables(parent, answer)];
    parent.total = answer.total;
    parent.wanted = Math.max(parent.wanted, parent.items.length);
    this.changed.fire(parent);
  }

  /** The server's notice of changed groups, handled one at a time in the order they came. */
  serverChanged(params: WorkspaceCablesChanged): Promise<void> {
    const next = this.queue.then(() => this.applyChange(params));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async applyChange({ groups }: WorkspaceCablesChanged): Promise<void> {
    if (this.root === undefined) {
      this.missed = true;
      return;
    }
    if (groups === null) return this.reload();
    const keys = new Set(groups[this.groupBy]);
    for (const key of keys) {
      const node = this.groups.get(key);
      if (node) node.items = undefined;
    }
    const before = this.root.nodes;
    // Asked even when no group of this grouping changed: the answer carries the index's state.
    const root = await this.askGroups();
    this.root = root;
    const same = root.nodes.length === before.length && root.nodes.every((node, k) => node === before[k]);
    if (!same) return this.changed.fire(undefined);
    for (const node of root.nodes) if (keys.has(node.key)) this.changed.fire(node);
  }

  /** The groups, reusing the nodes of groups the view has; a changed count drops a group's cables. */
  private async askGroups(): Promise<{ nodes: GroupNode[]; total: number }> {
    const answer = await this.ask({ offset: 0, limit: this.rootWanted });
    const nodes = (answer.groups ?? []).map(({ key, label, count }) => {
      let node = this.groups.get(key);
      if (node === undefined) {
        node = { kind: 'group', groupBy: this.groupBy, key, label, count, total: count, wanted: PAGE };
        this.groups.set(key, node);
      } else if (node.count !== count) node.items = undefined;
      node.count = count;
      node.label = label;
      return node;
    });
    this.host.stateChanged(stateOf(answer, this.filter), answer.cables, answer.state);
    return { nodes, total: answer.total };
  }

  private async ask(page: Omit<WorkspaceCablesParams, 'groupBy' | 'filter'>): Promise<WorkspaceCables> {
    await this.host.ready();
    const params: WorkspaceCablesParams = { groupBy: this.groupBy, filter: this.filter || undefined, ...page };
    return this.host.client.sendRequest<WorkspaceCables>(WORKSPACE_CABLES_METHOD, params);
  }

  private cables(parent: GroupNode, answer: WorkspaceCables): CableNode[] {
    return (answer.items ?? []).map((cable) => ({ kind: 'cable', cable, parent }));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function stateOf(answer: WorkspaceCables, filter: string): ExplorerState {
  if (answer.state === 'off') return 'off';
  if (answer.cables > 0) return 'ready';
  if (filter) return 'noMatch';
  return answer.state === 'ready' ? 'empty' : 'indexing';
}
