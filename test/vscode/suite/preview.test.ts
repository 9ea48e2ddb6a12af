// The Cable View in the real editor: opened beside the seed, it follows typing, its scroll position
// follows the editor's and the editor's follows the view's, a double-click reveals the line, a REF
// link opens the cited cable's view, and Export as HTML writes the file. The webview is read and
// scrolled by real input in Chromium, through the test shim's driver (scripts/vscode-shim/driver.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXPORT_HTML_COMMAND, OPEN_PREVIEW_COMMAND, OPEN_PREVIEW_TO_SIDE_COMMAND, type PreviewState } from '../../../client/src/preview';
import { activateExtension, EXTENSION_ID, fixtureUri, lineMatching, openCable, whenEvent } from './helpers';

const root = path.join(__dirname, '..', '..', '..', '..');

interface ViewState {
  readonly scrollY: number;
  readonly topLine: number | null;
}

/** Asks the shim's driver to act on the webview showing `document`. */
async function driver<T>(document: vscode.Uri, action: string, extra: Record<string, unknown> = {}): Promise<T> {
  const url = process.env.CABLE_WORKBENCH_DRIVER;
  assert.ok(url, 'CABLE_WORKBENCH_DRIVER is not set: these tests need the code-server shim (npm run test:vscode)');
  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ document: document.toString(), action, ...extra }) });
  const answer = (await response.json()) as { value?: T; error?: string };
  if (!response.ok) throw new Error(`driver ${action}: ${answer.error}`);
  return answer.value as T;
}

/** Polls `check` every 100 ms until it gives a value. */
async function until<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs: number, failure: () => string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function shown(uri: vscode.Uri, version: number): Promise<PreviewState> {
  const api = (await activateExtension()).preview;
  const find = () => api.previews().find((p) => p.documentUri === uri.toString() && p.shownVersion >= version);
  return whenEvent(api.onDidUpdatePreview, find, 20_000, () => `no view of ${uri.path} showed version ${version}: ${JSON.stringify(api.previews())}`);
}

function editorOf(document: vscode.TextDocument): vscode.TextEditor {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  assert.ok(editor, `${document.uri.path} is not in a visible editor`);
  return editor;
}

describe('Cable View', () => {
  let document: vscode.TextDocument;
  const copy = fixtureUri('07KARACHI861-preview.cable');

  before(async () => {
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(fixtureUri('07KARACHI861.cable')));
    document = await openCable('07KARACHI861-preview.cable');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is contributed with its commands, the editor-title button and the keybindings', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { commands: Array<{ command: string; title: string }>; keybindings: Array<{ command: string; key: string; when: string }>; menus: Record<string, Array<{ command: string; when?: string }>> };
    };
    const title = (command: string) => manifest.contributes.commands.find((c) => c.command === command)?.title;
    assert.equal(title(OPEN_PREVIEW_COMMAND), 'Open Preview');
    assert.equal(title(OPEN_PREVIEW_TO_SIDE_COMMAND), 'Open Preview to the Side');
    assert.equal(title(EXPORT_HTML_COMMAND), 'Export as HTML');
    const keys = manifest.contributes.keybindings.map((k) => `${k.command} ${k.key} ${k.when.startsWith('editorLangId == cable')}`);
    assert.deepEqual(keys, [`${OPEN_PREVIEW_COMMAND} ctrl+shift+v true`, `${OPEN_PREVIEW_TO_SIDE_COMMAND} ctrl+k v true`]);
    assert.deepEqual(manifest.contributes.menus['editor/title'].map((m) => m.command), [OPEN_PREVIEW_TO_SIDE_COMMAND]);
  });

  it('opens beside the cable and shows it decoded', async () => {
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const state = await vscode.commands.executeCommand<PreviewState>(OPEN_PREVIEW_TO_SIDE_COMMAND);
    assert.equal(state.title, 'Preview 07KARACHI861-preview.cable');
    await shown(document.uri, document.version);
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the editor keeps the focus');
    assert.equal(await driver<string>(document.uri, 'text', { selector: 'h1' }), 'MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP');
    assert.match(await driver<string>(document.uri, 'text', { selector: '.routing' }), /RUEHKP\s+AMCONSUL KARACHI/);
  });

  it('follows typing in the editor', async () => {
    const editor = editorOf(document);
    const line = lineMatching(document, /^RELATIONSHIP WITH PPP/);
    const end = document.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.window.showTextDocument(document, editor.viewColumn);
    for (const text of [' ', 'A', 'N', 'D', ' ', 'M', 'O', 'R', 'E']) await vscode.commands.executeCommand('type', { text });
    assert.equal(document.lineAt(line).text, 'RELATIONSHIP WITH PPP AND MORE');
    await shown(document.uri, document.version);
    assert.equal(await driver<string>(document.uri, 'text', { selector: 'h1' }), 'MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP AND MORE');
  });

  // The editor's top line is the first line it reports visible, which sticky scroll may cover: the
  // view shows the block of that line at its top, give or take the blank line between paragraphs.
  const near = (view: ViewState, line: number): boolean => view.topLine !== null && Math.abs(view.topLine - line) <= 2;

  it('scrolls the view with the editor', async () => {
    const editor = editorOf(document);
    for (const pattern of [/^¶6\. /, /^VZCZC/, /^¶2\. /]) {
      const target = lineMatching(document, pattern);
      const before = editor.visibleRanges[0].start.line;
      editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
      // The editor stops short of a line it cannot bring to the top (the end of the file).
      const line = await until(() => (editor.visibleRanges[0].start.line !== before ? editor.visibleRanges[0].start.line : undefined), 5_000, () => `the editor did not scroll to line ${target}`);
      let last: ViewState | undefined;
      await until(
        async () => {
          last = await driver<ViewState>(document.uri, 'view');
          return near(last, line) ? last : undefined;
        },
        10_000,
        () => `the view's top block is not at the editor's top line ${line}: ${JSON.stringify(last)}`,
      );
    }
  });

  it('scrolls the editor with the view', async () => {
    const editor = editorOf(document);
    const top = lineMatching(document, /^VZCZC/);
    editor.revealRange(new vscode.Range(top, 0, top, 0), vscode.TextEditorRevealType.AtTop);
    await until(async () => (near(await driver<ViewState>(document.uri, 'view'), editor.visibleRanges[0].start.line) ? true : undefined), 10_000, () => 'the view did not follow the editor to the top');
    const before = editor.visibleRanges[0].start.line;
    await driver(document.uri, 'wheel', { deltaY: 1500 });
    let last: ViewState | undefined;
    const line = await until(
      async () => {
        last = await driver<ViewState>(document.uri, 'view');
        const line = editor.visibleRanges[0].start.line;
        // Revealed at the top, the view's line may sit under the editor's sticky scroll lines.
        return last.topLine !== null && line > before + 10 && line <= last.topLine && last.topLine - line <= 8 ? line : undefined;
      },
      10_000,
      () => `the editor is at line ${editor.visibleRanges[0].start.line} (from ${before}) after the view scrolled to ${JSON.stringify(last)}`,
    );
    assert.ok(last!.scrollY > 1000, `the view scrolled only to ${last!.scrollY} (editor at ${line})`);
  });

  it('reveals the line of a paragraph double-clicked in the view', async () => {
    const target = lineMatching(document, /^¶4\. /);
    await driver(document.uri, 'dblclick', { selector: `.para[data-line="${target}"] .num` });
    const editor = await until(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === document && active.selection.active.line === target ? active : undefined;
      },
      10_000,
      () => `the cursor is on line ${vscode.window.activeTextEditor?.selection.active.line}, not ${target}`,
    );
    const visible = editor.visibleRanges[0];
    assert.ok(visible.start.line <= target && target <= visible.end.line, 'the line is in view');
  });

  it('opens the view of a cited cable from its REF link', async () => {
    const cited = await openCable(path.join('workspace', '07MANAMA1118.txt'));
    const citing = await openCable(path.join('workspace', '08MANAMA49.txt'));
    await vscode.commands.executeCommand<PreviewState>(OPEN_PREVIEW_COMMAND, citing.uri);
    await shown(citing.uri, citing.version);
    const links = await driver<string>(citing.uri, 'text', { selector: 'a.ref-link' });
    assert.equal(links, 'cable 07MANAMA1118');
    await driver(citing.uri, 'click', { selector: 'a.ref-link' });
    await shown(cited.uri, cited.version);
    assert.match(await driver<string>(cited.uri, 'text', { selector: '.facts' }), /07MANAMA1118/);
  });

  it('exports the cable as one HTML file', async () => {
    await vscode.window.showTextDocument(document);
    const target = fixtureUri('07KARACHI861-preview.html');
    const written = await vscode.commands.executeCommand<vscode.Uri>(EXPORT_HTML_COMMAND, target);
    assert.equal(written?.toString(), target.toString());
    const html = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<title>MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP AND MORE<\/title>/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /<script/);
    assert.ok(fs.existsSync(path.join(root, 'client', 'dist', 'preview.js')));
  });
});
