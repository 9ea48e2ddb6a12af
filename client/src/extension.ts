import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerClassificationDecorations, type ClassificationDecorationsApi } from './decorations';
import { detectCablesInPlainText } from './detectLanguage';
import { registerCablesExplorer, type CablesExplorerApi } from './explorer';
import { registerPreview, type PreviewApi } from './preview';
import { registerSample } from './sample';
import { registerStatusBar, type StatusBarApi } from './statusBar';
import { indexWatchers, initializationOptions, lensMiddleware, registerShowReferences } from './workspaceIndex';

/** Returned by activate(), for tests and other extensions. */
export type CableExtensionApi = ClassificationDecorationsApi & StatusBarApi & { readonly preview: PreviewApi; readonly cables: CablesExplorerApi };

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CableExtensionApi> {
  context.subscriptions.push(detectCablesInPlainText());
  const serverModule = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const watchers = [vscode.workspace.createFileSystemWatcher('**/.cablelint.json'), ...indexWatchers()];
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'cable' }],
    // The server re-reads a .cablelint.json when one changes (it is found from each cable's folder up),
    // and indexes cable files again as they change.
    synchronize: { configurationSection: 'cable', fileEvents: watchers },
    initializationOptions: initializationOptions(context),
    middleware: lensMiddleware,
  };
  const languageClient = new LanguageClient('cable', vscode.l10n.t('Cable Language Server'), serverOptions, clientOptions);
  client = languageClient;
  context.subscriptions.push(registerShowReferences(languageClient));
  // Starting is idempotent: a second start() waits for the first.
  context.subscriptions.push(registerSample(context.extensionUri, () => languageClient.start()));
  // The extension also wakes up for plain-text files (to spot cables saved as .txt); the server
  // starts with the first cable.
  const started = startWithFirstCable(client);
  context.subscriptions.push(started);
  const decorations = registerClassificationDecorations(client);
  const statusBar = registerStatusBar(client);
  const preview = registerPreview(context.extensionUri, languageClient, () => languageClient.start());
  // The Cables view starts the server when it is first shown.
  const cables = registerCablesExplorer(context, languageClient, () => languageClient.start());
  context.subscriptions.push(decorations, statusBar, preview, cables);
  return {
    classificationDecorations: (uri) => decorations.classificationDecorations(uri),
    onDidUpdateClassificationDecorations: decorations.onDidUpdateClassificationDecorations,
    statusBar: () => statusBar.statusBar(),
    onDidUpdateStatusBar: statusBar.onDidUpdateStatusBar,
    preview,
    cables,
  };
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
