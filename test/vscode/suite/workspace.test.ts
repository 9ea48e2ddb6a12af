// Navigation between cables in the real editor, on the fixture workspace of real cables that cite
// each other (test/fixtures/workspace, copied with the rest of test/fixtures into the editor's
// workspace): Go to Definition on a REF item opens the cited cable, Find References on a banner
// lists the citing cables, the "cited by" lens, and Go to Symbol in Workspace finds a cable by id.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { defined } from '../../helpers/defined';
import { lineMatching, openCable } from './helpers';

const base = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** Asks until the index answers (it is built after the server starts); the last answer otherwise. */
async function untilAnswered<T>(ask: () => Thenable<T[] | undefined>, timeoutMs = 30_000): Promise<T[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const answer = (await ask()) ?? [];
    if (answer.length || Date.now() > end) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('workspace of cables', () => {
  it('opens the cited cable on Go to Definition on a REF item', async () => {
    const document = await openCable('workspace/08MANAMA49.txt');
    const line = lineMatching(document, /A\. 07 MANAMA 1118/);
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('1118'));
    await untilAnswered(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', document.uri, position));
    const editor = defined(vscode.window.activeTextEditor, 'an active editor');
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const opened = defined(vscode.window.activeTextEditor, 'the opened editor');
    assert.equal(base(opened.document.uri), '07MANAMA1118.txt');
    assert.match(opened.document.lineAt(opened.selection.active.line).text, /MANAMA 001118/);
  });

  it('lists the citing cables on Find References on a banner, and shows their count on the banner', async () => {
    const document = await openCable('workspace/07MANAMA1110.txt');
    const banner = lineMatching(document, /^C O N F I D E N T I A L/);
    const position = new vscode.Position(banner, document.lineAt(banner).text.indexOf('MANAMA'));
    const locations = await untilAnswered(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position));
    // Find References includes the declaration: the banner itself.
    assert.deepEqual(locations.map((l) => base(l.uri)).sort(), ['07MANAMA1110.txt', '07MANAMA1112.txt', '07MANAMA1113.txt', '07MANAMA1118.txt', '08MANAMA2.txt', '08MANAMA49.txt', '08MANAMA51.txt']);
    const lenses = await untilAnswered(() => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri));
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command?.title, 'cited by 6 cables');
    assert.equal(lenses[0].range.start.line, banner);
    const command = defined(lenses[0].command, "the lens's command");
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  });

  it('finds a cable by its id with Go to Symbol in Workspace', async () => {
    await openCable('workspace/08MANAMA430.txt');
    const symbols = await untilAnswered(() => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '09BOGOTA569'));
    const found = symbols.find((s) => s.name.startsWith('09BOGOTA569 — '));
    assert.ok(found, `no 09BOGOTA569 among ${symbols.map((s) => s.name).join('; ')}`);
    assert.equal(base(found.location.uri), '09BOGOTA569.txt');
    assert.equal(found.containerName, '2009-02-23 · BOGOTA · CONFIDENTIAL');
  });
});
