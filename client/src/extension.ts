import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerClassificationDecorations, type ClassificationDecorationsApi } from './decorations';
import { registerStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ClassificationDecorationsApi> {
  const serverModule = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'cable' }],
    // The server re-reads a .cablelint.json when one changes (it is found from each cable's folder up).
    synchronize: { configurationSection: 'cable', fileEvents: vscode.workspace.createFileSystemWatcher('**/.cablelint.json') },
  };
  client = new LanguageClient('cable', 'Cable Language Server', serverOptions, clientOptions);
  await client.start();
  const decorations = registerClassificationDecorations(client);
  context.subscriptions.push(decorations);
  context.subscriptions.push(registerStatusBar(client));
  return decorations;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
