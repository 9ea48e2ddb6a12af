// The Cables view in the Explorer side bar: the workspace's cables from the server's workspace index,
// grouped by year, post or classification (remembered per workspace), narrowed by a filter, with
// "Open Preview" on each cable. Empty states are package.json's viewsWelcome, keyed on the context
// key `cable.cables.state`; the filter is shown in the view's description and message.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CABLE_GROUPINGS, WORKSPACE_CABLES_CHANGED_METHOD, type CableGrouping, type IndexState, type WorkspaceCablesChanged } from '../../../server/src/protocol';
import { OPEN_PREVIEW_COMMAND } from '../preview';
import { LOAD_MORE_COMMAND, type CablesNode, type MoreNode } from './items';
import { CablesTree, type ExplorerState } from './tree';

export const CABLES_VIEW = 'cable.cables';
export const GROUP_BY_COMMAND = 'cable.cables.groupBy';
export const FILTER_COMMAND = 'cable.cables.filter';
export const CLEAR_FILTER_COMMAND = 'cable.cables.clearFilter';
export const OPEN_CABLE_PREVIEW_COMMAND = 'cable.cables.openPreview';
const GROUP_BY_KEY = 'cable.cables.groupBy';

export type { CablesNode } from './items';

export interface CablesExplorerApi {
  readonly view: vscode.TreeView<CablesNode>;
  readonly tree: vscode.TreeDataProvider<CablesNode>;
  /** The view's state as its welcome and message show it. */
  state(): ExplorerState | undefined;
  /** Fires when an answer of the server has changed what the view shows. */
  readonly onDidLoad: vscode.Event<ExplorerState>;
}

export function registerCablesExplorer(context: vscode.ExtensionContext, client: BaseLanguageClient, ready: () => Promise<void>): CablesExplorerApi & vscode.Disposable {
  const stored = context.workspaceState.get<string>(GROUP_BY_KEY);
  const loaded = new vscode.EventEmitter<ExplorerState>();
  let current: ExplorerState | undefined;
  let cables = 0;
  let index: IndexState = 'waiting';
  const tree = new CablesTree(
    {
      client,
      ready,
      stateChanged: (state, count, indexState) => {
        current = state;
        cables = count;
        index = indexState;
        void vscode.commands.executeCommand('setContext', 'cable.cables.state', state);
        describe();
        loaded.fire(state);
      },
    },
    CABLE_GROUPINGS.includes(stored as CableGrouping) ? (stored as CableGrouping) : 'year',
  );
  const view = vscode.window.createTreeView(CABLES_VIEW, { treeDataProvider: tree, showCollapseAll: true });

  const describe = () => {
    const { filter } = tree;
    view.description = filter ? vscode.l10n.t('“{0}”', filter) : undefined;
    // Empty, the view says so in its welcome; with rows, here.
    if (!filter) view.message = current === 'ready' && index !== 'ready' ? vscode.l10n.t('Indexing the workspace’s cables…') : undefined;
    else if (current === 'noMatch') view.message = vscode.l10n.t('No cable matches “{0}” (id, TAGS code or subject words).', filter);
    else view.message = cables === 1 ? vscode.l10n.t('1 cable matches “{0}”.', filter) : vscode.l10n.t('{0} cables match “{1}”.', cables.toLocaleString(), filter);
  };

  const setFilter = async (filter: string) => {
    tree.filter = filter.trim();
    await vscode.commands.executeCommand('setContext', 'cable.cables.filtered', tree.filter !== '');
    describe();
    tree.reload();
  };

  const groupBy = async (grouping: unknown): Promise<void> => {
    let chosen = CABLE_GROUPINGS.includes(grouping as CableGrouping) ? (grouping as CableGrouping) : undefined;
    if (chosen === undefined) {
      const names: Record<CableGrouping, string> = { year: vscode.l10n.t('Year'), post: vscode.l10n.t('Post'), classification: vscode.l10n.t('Classification') };
      const picks = CABLE_GROUPINGS.map((g) => ({ label: names[g], grouping: g, description: g === tree.groupBy ? vscode.l10n.t('current') : undefined }));
      chosen = (await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Group the cables by') }))?.grouping;
    }
    if (chosen === undefined || chosen === tree.groupBy) return;
    tree.groupBy = chosen;
    await context.workspaceState.update(GROUP_BY_KEY, chosen);
    tree.reload();
  };

  const filter = async (text: unknown): Promise<void> => {
    const value =
      typeof text === 'string'
        ? text
        : await vscode.window.showInputBox({
            value: tree.filter,
            prompt: vscode.l10n.t('Cables whose id holds each word, or with it as a TAGS code, or with a subject word starting with it'),
            placeHolder: vscode.l10n.t('e.g. 08MANAMA, PGOV, election'),
          });
    if (value !== undefined) await setFilter(value);
  };

  /** The context menu's "Open Preview": the Cable View's command, with the cable's uri. */
  const openPreview = (node: CablesNode | undefined) =>
    node?.kind === 'cable' ? vscode.commands.executeCommand(OPEN_PREVIEW_COMMAND, vscode.Uri.parse(node.cable.uri)) : undefined;

  const subscriptions = [
    loaded,
    tree,
    view,
    client.onNotification(WORKSPACE_CABLES_CHANGED_METHOD, (params: WorkspaceCablesChanged) => void tree.serverChanged(params)),
    vscode.commands.registerCommand(GROUP_BY_COMMAND, groupBy),
    vscode.commands.registerCommand(FILTER_COMMAND, filter),
    vscode.commands.registerCommand(CLEAR_FILTER_COMMAND, () => setFilter('')),
    vscode.commands.registerCommand(LOAD_MORE_COMMAND, (node: MoreNode) => tree.loadMore(node)),
    vscode.commands.registerCommand(OPEN_CABLE_PREVIEW_COMMAND, openPreview),
  ];
  return {
    view,
    tree,
    state: () => current,
    onDidLoad: loaded.event,
    dispose: () => subscriptions.forEach((s) => s.dispose()),
  };
}
