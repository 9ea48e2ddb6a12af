// The Cable View commands: Open Preview (in the editor's column), Open Preview to the Side, and
// Export as HTML (the same rendering as one file, written where the user says, by default beside
// the cable). One view per document; a REF link in a view opens the cited cable's view.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { baseName, CablePreview, type PreviewState } from './preview';
import { RENDER_METHOD, type RenderResult } from './protocol';

export const OPEN_PREVIEW_COMMAND = 'cable.openPreview';
export const OPEN_PREVIEW_TO_SIDE_COMMAND = 'cable.openPreviewToSide';
export const EXPORT_HTML_COMMAND = 'cable.exportHtml';

export type { PreviewState } from './preview';

export interface PreviewApi {
  /** The open views, in the order they were opened. */
  previews(): PreviewState[];
  /** Fires when a view has shown a new rendering (its webview reports each one). */
  readonly onDidUpdatePreview: vscode.Event<PreviewState>;
}

export function registerPreview(extensionUri: vscode.Uri, client: BaseLanguageClient, ready: () => Promise<void>): PreviewApi & vscode.Disposable {
  const previews = new Map<string, CablePreview>();
  const updated = new vscode.EventEmitter<PreviewState>();
  const localRoot = vscode.Uri.joinPath(extensionUri, 'client', 'dist');
  const host = {
    client,
    ready,
    localRoot,
    script: vscode.Uri.joinPath(localRoot, 'preview.js'),
    changed: (preview: CablePreview) => updated.fire(preview.state()),
    openLink: (from: CablePreview, href: string) => void openLink(from, href),
  };

  const show = (document: vscode.TextDocument, column: vscode.ViewColumn, preserveFocus: boolean): CablePreview => {
    const key = document.uri.toString();
    const open = previews.get(key);
    if (open) {
      open.reveal(column, preserveFocus);
      return open;
    }
    const preview = new CablePreview(host, document, column, preserveFocus);
    previews.set(key, preview);
    preview.onDidDispose(() => previews.delete(key));
    return preview;
  };

  /** The cable the command is about: the argument, the active cable editor's, or the active view's. */
  const sourceDocument = async (uri: unknown): Promise<vscode.TextDocument | undefined> => {
    if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'cable') return editor.document;
    return [...previews.values()].find((preview) => preview.panel.active)?.document;
  };

  const openPreview = async (uri: unknown, toSide: boolean): Promise<PreviewState | undefined> => {
    const document = await sourceDocument(uri);
    if (document === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a cable to preview it.'));
      return undefined;
    }
    return show(document, toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, toSide).state();
  };

  const openLink = async (from: CablePreview, href: string): Promise<void> => {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(href, true);
      show(await vscode.workspace.openTextDocument(uri), from.panel.viewColumn ?? vscode.ViewColumn.Active, false);
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot open {0}.', href));
    }
  };

  const exportHtml = async (target: unknown): Promise<vscode.Uri | undefined> => {
    const document = await sourceDocument(undefined);
    if (document === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a cable to export it.'));
      return undefined;
    }
    const to = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({ defaultUri: besideCable(document), filters: { HTML: ['html'] }, saveLabel: vscode.l10n.t('Export') });
    if (to === undefined) return undefined;
    await ready();
    const result = await client.sendRequest<RenderResult | null>(RENDER_METHOD, {
      textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
      form: 'document',
    });
    if (result === null) return undefined;
    await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(result.html));
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', to.scheme === 'file' ? to.fsPath : to.toString()));
    return to;
  };

  const subscriptions = [
    updated,
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri: unknown) => openPreview(uri, false)),
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, (uri: unknown) => openPreview(uri, true)),
    vscode.commands.registerCommand(EXPORT_HTML_COMMAND, exportHtml),
  ];
  return {
    previews: () => [...previews.values()].map((preview) => preview.state()),
    onDidUpdatePreview: updated.event,
    dispose() {
      [...previews.values()].forEach((preview) => preview.dispose());
      subscriptions.forEach((subscription) => subscription.dispose());
    },
  };
}

/** `07KARACHI861.html` in the cable's folder (the workspace's for an untitled cable). */
function besideCable(document: vscode.TextDocument): vscode.Uri | undefined {
  const name = `${baseName(document.uri).replace(/\.(?:cable|txt)$/i, '')}.html`;
  if (!document.isUntitled) return vscode.Uri.joinPath(document.uri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder === undefined ? undefined : vscode.Uri.joinPath(folder, name);
}
