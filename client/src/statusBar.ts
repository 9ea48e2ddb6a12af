// The status bar item of the active cable: its classification in its level's colour (the themable
// cable.classification.* colours) and its reference id; clicking it moves the cursor to the banner.
// The server works both out (`cable/documentInfo`); this file only shows them.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { classificationColorId, type Level } from './levels';

interface Position {
  readonly line: number;
  readonly character: number;
}

/** What `cable/documentInfo` answers (server/src/features/documentInfo.ts; LSP ranges). */
export interface DocumentInfo {
  readonly classification: Level | null;
  readonly referenceId: string | null;
  readonly banner: { readonly start: Position; readonly end: Position } | null;
}

/** Moves the cursor of the active cable editor to its banner; resolves with the document's info. */
export const GO_TO_BANNER_COMMAND = 'cable.goToBanner';
const DOCUMENT_INFO_METHOD = 'cable/documentInfo';
/** Typing pauses shorter than this do not ask the server again. */
const CHANGE_DELAY_MS = 300;

/** The item's text, e.g. `$(shield) CONFIDENTIAL  07KARACHI861`. */
export function statusText(info: DocumentInfo): string {
  return [`$(shield) ${info.classification ?? 'No classification'}`, info.referenceId].filter(Boolean).join('  ');
}

function tooltip(info: DocumentInfo): vscode.MarkdownString {
  const where = info.banner === null ? 'no banner line; level from the security warning' : `banner on line ${info.banner.start.line + 1}`;
  const lines = [
    info.classification === null ? 'The cable states no classification.' : `**${info.classification}** (${where})`,
    info.referenceId === null ? 'No reference id: it needs the banner\'s message reference and the cable\'s date.' : `Reference id **${info.referenceId}**`,
    info.banner === null ? '' : 'Click to go to the banner.',
  ];
  return new vscode.MarkdownString(lines.filter(Boolean).join('\n\n'));
}

export function registerStatusBar(client: LanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('cable.classification', vscode.StatusBarAlignment.Left, 100);
  item.name = 'Cable Classification';
  item.command = GO_TO_BANNER_COMMAND;
  let timer: NodeJS.Timeout | undefined;
  /** Answers to older requests are dropped when a newer one has been sent. */
  let latest = 0;

  const documentInfo = (document: vscode.TextDocument): Promise<DocumentInfo | null> =>
    client.sendRequest<DocumentInfo | null>(DOCUMENT_INFO_METHOD, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });

  const activeCable = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'cable' ? editor : undefined;
  };

  const update = async () => {
    const ticket = ++latest;
    const editor = activeCable();
    if (editor === undefined) return item.hide();
    let info: DocumentInfo | null;
    try {
      info = await documentInfo(editor.document);
    } catch (error) {
      // A document changed meanwhile is answered ContentModified; its change schedules an update.
      client.warn(`${DOCUMENT_INFO_METHOD} failed for ${editor.document.uri.toString()}`, error, false);
      return;
    }
    if (ticket !== latest) return;
    if (info === null) return item.hide();
    item.text = statusText(info);
    item.color = info.classification === null ? undefined : new vscode.ThemeColor(classificationColorId(info.classification));
    item.tooltip = tooltip(info);
    item.accessibilityInformation = { label: `Cable classification ${info.classification ?? 'not stated'}${info.referenceId ? `, ${info.referenceId}` : ''}` };
    item.show();
  };

  const goToBanner = async (): Promise<DocumentInfo | null> => {
    const editor = activeCable();
    if (editor === undefined) return null;
    const info = await documentInfo(editor.document);
    if (info?.banner) {
      const start = new vscode.Position(info.banner.start.line, info.banner.start.character);
      editor.selection = new vscode.Selection(start, start);
      editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else {
      void vscode.window.showInformationMessage('This cable has no classification banner.');
    }
    return info;
  };

  const subscriptions: vscode.Disposable[] = [
    item,
    vscode.commands.registerCommand(GO_TO_BANNER_COMMAND, goToBanner),
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument(({ document }) => {
      if (document !== vscode.window.activeTextEditor?.document) return;
      clearTimeout(timer);
      timer = setTimeout(() => void update(), CHANGE_DELAY_MS);
    }),
    // A document whose language is set to cable after it was opened becomes a new document.
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) void update();
    }),
  ];
  void update();
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    subscriptions.forEach((subscription) => subscription.dispose());
  });
}
