// The Cables explorer's side of the server: `cable/workspaceCables` pages through the workspace
// index's cables by group (workspace/explorer.ts), and `cable/workspaceCablesChanged` tells the
// client which groups changed, at most every CHANGES_MS while the index is being built or edited,
// and when the index's state changes (built, turned off), so that it never reloads the whole tree.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import {
  CABLE_GROUPINGS,
  CableExplorer,
  ExplorerChanges,
  WORKSPACE_CABLES_CHANGED_METHOD,
  WORKSPACE_CABLES_METHOD,
  type CableGrouping,
  type WorkspaceCables,
  type WorkspaceCablesChanged,
  type WorkspaceCablesParams,
} from '../index';
import type { ServerContext } from './context';
import { object, optional, string, uinteger, type Check } from './validate';
import type { ServerWorkspace } from './workspaceIndex';

/** Changes are gathered this long before the client hears of them. */
export const CHANGES_MS = 250;

const grouping: Check = (value, name) => (CABLE_GROUPINGS.includes(value as CableGrouping) ? null : `${name} must be one of ${CABLE_GROUPINGS.join(', ')}`);
const cablesParams = object({ groupBy: grouping, group: optional(string), filter: optional(string), offset: optional(uinteger), limit: optional(uinteger) });

export function registerWorkspaceCables({ connection }: ServerContext, workspace: ServerWorkspace): void {
  const explorer = new CableExplorer(workspace.index);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stateChanged = false;
  const send = () => {
    timer = undefined;
    const groups = changes.take();
    if (groups && !stateChanged && CABLE_GROUPINGS.every((by) => groups[by].length === 0)) return;
    stateChanged = false;
    const params: WorkspaceCablesChanged = { state: workspace.state, groups };
    void connection.sendNotification(WORKSPACE_CABLES_CHANGED_METHOD, params).catch(() => undefined);
  };
  const schedule = () => {
    timer ??= setTimeout(send, CHANGES_MS);
  };
  const changes = new ExplorerChanges(workspace.index, schedule);
  workspace.onStateChange(() => {
    stateChanged = true;
    schedule();
  });

  connection.onRequest(WORKSPACE_CABLES_METHOD, (params: WorkspaceCablesParams): WorkspaceCables | ResponseError<void> => {
    const problem = cablesParams(params, '');
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    return { state: workspace.state, ...explorer.list(params) };
  });
}
