// The connection takes one handler per notification method; lint (a `.cablelint.json` changed, the
// settings changed) and the workspace index (cables created, changed or deleted) both need the
// file-watching and configuration notifications. This view of the connection lets each feature add
// its own handler: all of them run, in the order they were added.

import type { Connection } from 'vscode-languageserver';

type Handler = (params: never) => unknown;

const SHARED = ['onDidChangeWatchedFiles', 'onDidChangeConfiguration', 'onInitialized'] as const;

export function sharingNotifications(connection: Connection): Connection {
  const shared = Object.create(connection) as Connection & Record<string, unknown>;
  for (const event of SHARED) {
    const handlers: Handler[] = [];
    const register = (connection[event] as (handler: (params: unknown) => void) => unknown).bind(connection);
    shared[event] = (handler: Handler) => {
      if (handlers.push(handler) === 1) register((params: unknown) => handlers.forEach((h) => h(params as never)));
      return { dispose: () => handlers.splice(handlers.indexOf(handler), 1) };
    };
  }
  return shared;
}
