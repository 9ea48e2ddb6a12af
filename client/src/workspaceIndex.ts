// The client's part of the workspace index: the server is told where to keep its cache (the
// workspace storage folder) and of every cable file created, changed or deleted, and the "cited by"
// lens it puts on a banner opens the references it lists, under a title in the user's language.
import * as vscode from 'vscode';
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient';

/** The command the server's "cited by" lens runs (server/src/lsp/workspace.ts). */
export const SHOW_REFERENCES_COMMAND = 'cable.showReferences';

/** What the server needs at start: the storage folder, absent in an empty window. */
export function initializationOptions(context: vscode.ExtensionContext): { storageFolder?: string } {
  return context.storageUri?.scheme === 'file' ? { storageFolder: context.storageUri.fsPath } : {};
}

/** Watchers for the files the index may hold: `*.cable`, `*.txt` and names mapped to cable. */
export function indexWatchers(): vscode.FileSystemWatcher[] {
  const associations = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
  const mapped = Object.entries(associations).filter(([, language]) => language === 'cable').map(([glob]) => (glob.includes('/') ? glob : `**/${glob}`));
  return ['**/*.{cable,txt}', ...mapped].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
}

/** The lens title in the user's language (the server writes it in English for other editors). */
export const lensMiddleware: Middleware = {
  provideCodeLenses: async (document, token, next) => {
    const lenses = await next(document, token);
    for (const lens of lenses ?? []) {
      if (lens.command?.command !== SHOW_REFERENCES_COMMAND) continue;
      const locations = (lens.command.arguments?.[2] as unknown[] | undefined) ?? [];
      const citing = new Set(locations.map((l) => (l as { uri?: string }).uri)).size;
      lens.command.title = citing === 1 ? vscode.l10n.t('cited by 1 cable') : vscode.l10n.t('cited by {0} cables', citing.toLocaleString());
    }
    return lenses;
  },
};

/** Runs the lens: the references view at the banner, with the citing REF items. */
export function registerShowReferences(client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, async (uri: string, position: unknown, locations: unknown[]) => {
    const convert = client.protocol2CodeConverter;
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      vscode.Uri.parse(uri),
      convert.asPosition(position as Parameters<typeof convert.asPosition>[0]),
      locations.map((l) => convert.asLocation(l as Parameters<typeof convert.asLocation>[0])),
    );
  });
}

