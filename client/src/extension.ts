import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerClassificationDecorations, type ClassificationDecorationsApi } from './decorations';
import { detectCablesInPlainText } from './detectLanguage';
import { registerStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ClassificationDecorationsApi> {
  context.subscriptions.push(detectCablesInPlainText());
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
  // The extension also wakes up for plain-text files (to spot cables saved as .txt); the server
  // starts with the first cable.
  const started = startWithFirstCable(client);
  context.subscriptions.push(started);
  const decorations = registerClassificationDecorations(client);
  context.subscriptions.push(decorations);
  context.subscriptions.push(registerStatusBar(client));
  return decorations;
}

function startWithFirstCable(languageClient: LanguageClient): vscode.Disposable {
  const isCable = (d: vscode.TextDocument) => d.languageId === 'cable';
  if (vscode.workspace.textDocuments.some(isCable)) {
    void languageClient.start();
    return new vscode.Disposable(() => undefined);
  }
  const listener = vscode.workspace.onDidOpenTextDocument((d) => {
    if (!isCable(d)) return;
    listener.dispose();
    void languageClient.start();
  });
  return listener;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
