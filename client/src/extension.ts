// The extension in the Node extension host (package.json's `main`): the language server is
// server/dist/server.js in a Node process of its own, over IPC.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateCable, deactivateCable, type CableExtensionApi } from './activate';

export type { CableExtensionApi } from './activate';

export function activate(context: vscode.ExtensionContext): CableExtensionApi {
  const serverModule = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  return activateCable(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
}

export const deactivate = deactivateCable;
