// One Cable View: a webview panel showing one cable document as the server renders it, updated a
// moment after each change, its scroll position kept in step with the document's editors both ways.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PREVIEW_VIEW_TYPE, RENDER_METHOD, UPDATE_DELAY_MS, type FromView, type RenderResult, type ToView } from './protocol';
import { shellHtml } from './shell';

/** What a view shows now, for tests and other extensions. */
/** How long after the view moved the editor the editor's scrolling is taken for an echo. */
const ECHO_MS = 300;

export interface PreviewState {
  readonly documentUri: string;
  /** The document version the webview last showed (it reports each update), or -1 before the first. */
  readonly shownVersion: number;
  readonly title: string;
}

export interface PreviewHost {
  readonly client: BaseLanguageClient;
  readonly script: vscode.Uri;
  readonly localRoot: vscode.Uri;
  ready(): Promise<void>;
  /** The view asked for a link: a REF item's cited cable. */
  openLink(from: CablePreview, href: string): void;
  changed(preview: CablePreview): void;
}

export class CablePreview implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticket = 0;
  private shown = -1;
  private shellSet = false;
  /** When the view last moved the editor: the editor's scrolling just after is an echo, not the user's. */
  private syncedAt = 0;
  /** The line the view last asked the editor to show, and the editor's scroll held back meanwhile. */
  private askedLine = -1;
  private heldScroll: ReturnType<typeof setTimeout> | undefined;
  private readonly disposed = new vscode.EventEmitter<void>();
  private isDisposed = false;
  readonly onDidDispose = this.disposed.event;

  constructor(
    private readonly host: PreviewHost,
    readonly document: vscode.TextDocument,
    column: vscode.ViewColumn,
    preserveFocus: boolean,
  ) {
    this.panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, this.titleText(), { viewColumn: column, preserveFocus }, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [host.localRoot],
    });
    this.subscriptions.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: FromView) => this.received(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document === this.document) this.editorScrolled(e.visibleRanges[0]?.start.line ?? 0);
      }),
    );
    void this.render();
  }

  state(): PreviewState {
    return { documentUri: this.document.uri.toString(), shownVersion: this.shown, title: this.panel.title };
  }

  reveal(column: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(column, preserveFocus);
  }

  private titleText(): string {
    return vscode.l10n.t('Preview {0}', baseName(this.document.uri));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), UPDATE_DELAY_MS);
  }

  private async render(): Promise<void> {
    const ticket = ++this.ticket;
    const version = this.document.version;
    let result: RenderResult | null;
    try {
      await this.host.ready();
      result = await this.host.client.sendRequest<RenderResult | null>(RENDER_METHOD, {
        textDocument: { uri: this.host.client.code2ProtocolConverter.asUri(this.document.uri) },
      });
    } catch (error) {
      // A document changed meanwhile is answered ContentModified; its change schedules a render.
      this.host.client.warn(`${RENDER_METHOD} failed for ${this.document.uri.toString()}`, error, false);
      return;
    }
    if (ticket !== this.ticket || result === null) return;
    if (!this.shellSet) {
      this.shellSet = true;
      const line = this.editors()[0]?.visibleRanges[0]?.start.line ?? 0;
      this.panel.webview.html = shellHtml(this.panel.webview, this.host.script, { style: result.style ?? '', html: result.html, documentUri: this.document.uri, line, version });
    } else {
      this.post({ type: 'update', html: result.html, version });
    }
  }

  private post(message: ToView): void {
    void this.panel.webview.postMessage(message);
  }

  private editors(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => editor.document === this.document);
  }

  private editorScrolled(line: number): void {
    // The editor moving because the view asked it to is not a scroll to send back (it may settle on
    // another line than asked: sticky scroll, the end of the file).
    const echoLeft = ECHO_MS - (Date.now() - this.syncedAt);
    clearTimeout(this.heldScroll);
    if (echoLeft <= 0) {
      this.post({ type: 'scrollToLine', line });
      return;
    }
    // The user's own scroll inside the window is not lost: once the window is over, the editor's
    // top line is sent if it is not the line the view asked for.
    this.heldScroll = setTimeout(() => {
      const top = this.editors()[0]?.visibleRanges[0]?.start.line;
      if (top !== undefined && top !== this.askedLine) this.post({ type: 'scrollToLine', line: top });
    }, echoLeft);
  }

  private received(message: FromView): void {
    switch (message.type) {
      case 'updated':
        this.shown = message.version;
        this.host.changed(this);
        break;
      case 'revealLine':
        this.syncedAt = Date.now();
        this.askedLine = message.line;
        // The view moving the editor now supersedes an editor scroll still held back.
        clearTimeout(this.heldScroll);
        for (const editor of this.editors()) {
          const at = new vscode.Range(message.line, 0, message.line, 0);
          editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
        }
        break;
      case 'openLine':
        void this.openLine(message.line);
        break;
      case 'openLink':
        this.host.openLink(this, message.href);
        break;
    }
  }

  private async openLine(line: number): Promise<void> {
    const shown = this.editors()[0];
    const editor = await vscode.window.showTextDocument(this.document, shown?.viewColumn ?? vscode.ViewColumn.One);
    const at = new vscode.Position(Math.min(line, this.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.heldScroll);
    this.subscriptions.forEach((s) => s.dispose());
    this.panel.dispose();
    this.disposed.fire();
    this.disposed.dispose();
  }
}

/** The last segment of a URI's path (`07KARACHI861.cable`), on any file system: the web has no `path`. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
