// What the extension does once activated, in the Node extension host (extension.ts) and in the
// browser's (browser/extension.ts) alike: only how the language server is started differs.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { CableInitializationOptions } from '../../server/src/protocol';
import { registerClassificationDecorations, type ClassificationDecorationsApi } from './decorations';
import { detectCablesInPlainText } from './detectLanguage';
import { registerCablesExplorer, type CablesExplorerApi } from './explorer';
import { answerFileRequests } from './files';
import { registerLintWorkspace, WorkspaceLint } from './lintWorkspace';
import { registerPreview, type PreviewApi } from './preview';
import { registerSample } from './sample';
import { registerStatusBar, type StatusBarApi } from './statusBar';
import { indexWatchers, initializationOptions as indexOptions, lensMiddleware, registerShowReferences } from './workspaceIndex';

/** Returned by activate(), for tests and other extensions. */
export type CableExtensionApi = ClassificationDecorationsApi & StatusBarApi & { readonly preview: PreviewApi; readonly cables: CablesExplorerApi };

/** Makes the runtime's LanguageClient, with its way of starting the server. */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

let client: BaseLanguageClient | undefined;

export function activateCable(context: vscode.ExtensionContext, createClient: ClientFactory): CableExtensionApi {
  context.subscriptions.push(detectCablesInPlainText());
  const initializationOptions: CableInitializationOptions = {
    files: true,
    ruleDocs: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
    ...indexOptions(context),
  };
  const workspaceLint = new WorkspaceLint();
  const watchers = [vscode.workspace.createFileSystemWatcher('**/.cablelint.json'), ...indexWatchers()];
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'cable' }],
    initializationOptions,
    // The server re-reads a .cablelint.json when one changes (it is found from each cable's folder up),
    // and indexes cable files again as they change.
    synchronize: { configurationSection: 'cable', fileEvents: watchers },
    middleware: { ...lensMiddleware, ...workspaceLint.middleware },
  };
  const languageClient = createClient('cable', vscode.l10n.t('Cable Language Server'), clientOptions);
  client = languageClient;
  context.subscriptions.push(answerFileRequests(languageClient), registerShowReferences(languageClient), registerLintWorkspace(workspaceLint, languageClient));
  // Starting is idempotent: a second start() waits for the first.
  context.subscriptions.push(registerSample(context.extensionUri, () => languageClient.start()));
  // The extension also wakes up for plain-text files (to spot cables saved as .txt); the server
  // starts with the first cable.
  context.subscriptions.push(startWithFirstCable(languageClient));
  const decorations = registerClassificationDecorations(languageClient);
  const statusBar = registerStatusBar(languageClient);
  const preview = registerPreview(context.extensionUri, languageClient, () => languageClient.start());
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

function startWithFirstCable(languageClient: BaseLanguageClient): vscode.Disposable {
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

export async function deactivateCable(): Promise<void> {
  await client?.stop();
  client = undefined;
}
