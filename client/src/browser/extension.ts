// The extension in the browser's web worker extension host (package.json's `browser`: vscode.dev,
// github.dev, code-server): the language server is server/dist/browserServer.js, in a Web Worker
// where one can be made (serverTransport.ts). The files it needs come through the client
// (files.ts), the workspace index of a Node host is absent.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateCable, deactivateCable, type CableExtensionApi } from '../activate';
import { startServerTransport, type ServerTransport, type TransportInfo } from './serverTransport';

/** The web extension's API: the Node extension's, and how its server was started. */
export type CableWebExtensionApi = CableExtensionApi & { serverTransport(): TransportInfo | undefined };

let transport: ServerTransport | undefined;

export function activate(context: vscode.ExtensionContext): CableWebExtensionApi {
  const bundle = vscode.Uri.joinPath(context.extensionUri, 'server', 'dist', 'browserServer.js');
  // Called by each start of the client (a restart included): the server before is gone by then.
  const serverOptions = async () => {
    transport?.dispose();
    transport = await startServerTransport(bundle, vscode.workspace.getConfiguration('cable.web').get('serverTransport'));
    if (transport.failures.length > 0) console.info(`Cable Language Server: in ${transport.mode} (${transport.failures.join('; ')})`);
    return transport.transports;
  };
  const api = activateCable(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
  return { ...api, serverTransport: () => transport && { mode: transport.mode, failures: transport.failures } };
}

export async function deactivate(): Promise<void> {
  await deactivateCable();
  transport?.dispose();
  transport = undefined;
}
