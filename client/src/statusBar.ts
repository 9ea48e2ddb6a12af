// The status bar item of the active cable: its classification in its level's colour (the themable
// cable.classification.* colours) and its reference id; clicking it moves the cursor to the banner.
// The server works both out (`cable/documentInfo`); this file only shows them.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DOCUMENT_INFO_METHOD, type DocumentInfo } from '../../server/src/protocol';
import { classificationColorId } from './levels';

export type { DocumentInfo } from '../../server/src/protocol';

/** Moves the cursor of the active cable editor to its banner; resolves with the document's info. */
export const GO_TO_BANNER_COMMAND = 'cable.goToBanner';
/** Typing pauses shorter than this do not ask the server again. */
const CHANGE_DELAY_MS = 300;

/** What the item shows now, for tests and other extensions. */
export interface StatusBarState {
  /** False while the item is hidden (no cable in the active editor). */
  readonly shown: boolean;
  readonly name: string;
  readonly text: string;
  /** The tooltip's markdown. */
  readonly tooltip: string;
  readonly accessibilityLabel: string;
}

export interface StatusBarApi {
  statusBar(): StatusBarState;
  /** Fires each time the item has been shown with new content or hidden. */
  readonly onDidUpdateStatusBar: vscode.Event<StatusBarState>;
}

/** The item's text, e.g. `$(shield) CONFIDENTIAL  07KARACHI861` (levels are markings: never translated). */
export function statusText(info: DocumentInfo): string {
  return [`$(shield) ${info.classification ?? vscode.l10n.t('No classification')}`, info.referenceId].filter(Boolean).join('  ');
}

function tooltip(info: DocumentInfo): string {
  const level =
    info.classification === null
      ? vscode.l10n.t('The cable states no classification.')
      : info.banner === null
        ? vscode.l10n.t('**{0}** (no banner line; level from the security warning)', info.classification)
        : vscode.l10n.t('**{0}** (banner on line {1})', info.classification, info.banner.start.line + 1);
  const id =
    info.referenceId === null
      ? vscode.l10n.t("No reference id: it needs the banner's message reference and the cable's date.")
      : vscode.l10n.t('Reference id **{0}**', info.referenceId);
  return [level, id, info.banner === null ? '' : vscode.l10n.t('Click to go to the banner.')].filter(Boolean).join('\n\n');
}

function accessibilityLabel(info: DocumentInfo): string {
  const level = info.classification ?? vscode.l10n.t('not stated');
  return info.referenceId === null
    ? vscode.l10n.t('Cable classification {0}', level)
    : vscode.l10n.t('Cable classification {0}, {1}', level, info.referenceId);
}

export function registerStatusBar(client: BaseLanguageClient): StatusBarApi & vscode.Disposable {
  const item = vscode.window.createStatusBarItem('cable.classification', vscode.StatusBarAlignment.Left, 100);
  const name = vscode.l10n.t('Cable Classification');
  item.name = name;
  item.command = GO_TO_BANNER_COMMAND;
  let state: StatusBarState = { shown: false, name, text: '', tooltip: '', accessibilityLabel: '' };
  const updated = new vscode.EventEmitter<StatusBarState>();
  const show = (info: DocumentInfo) => {
    state = { shown: true, name, text: statusText(info), tooltip: tooltip(info), accessibilityLabel: accessibilityLabel(info) };
    item.text = state.text;
    item.color = info.classification === null ? undefined : new vscode.ThemeColor(classificationColorId(info.classification));
    item.tooltip = new vscode.MarkdownString(state.tooltip);
    item.accessibilityInformation = { label: state.accessibilityLabel };
    item.show();
    updated.fire(state);
  };
  const hide = () => {
    item.hide();
    state = { ...state, shown: false };
    updated.fire(state);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
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
    if (editor === undefined) return hide();
    let info: DocumentInfo | null;
    try {
      info = await documentInfo(editor.document);
    } catch (error) {
      // A document changed meanwhile is answered ContentModified; its change schedules an update.
      client.warn(`${DOCUMENT_INFO_METHOD} failed for ${editor.document.uri.toString()}`, error, false);
      return;
    }
    if (ticket !== latest) return;
    if (info === null) return hide();
    show(info);
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
      void vscode.window.showInformationMessage(vscode.l10n.t('This cable has no classification banner.'));
    }
    return info;
  };

  const subscriptions: vscode.Disposable[] = [
    item,
    updated,
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
  return {
    statusBar: () => state,
    onDidUpdateStatusBar: updated.event,
    dispose() {
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.dispose());
    },
  };
}
