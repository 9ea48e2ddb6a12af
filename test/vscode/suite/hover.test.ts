// Hover, completion, snippets and the status bar in the real editor: through VS Code's hover and
// completion commands (the paths the editor's widgets take), a new cable inserted from the server's
// snippet, and the status bar's texts and its command that goes to the banner.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { classificationColorId } from '../../../client/src/levels';
import { GO_TO_BANNER_COMMAND, statusText, type DocumentInfo } from '../../../client/src/statusBar';
import { activateExtension, documentInLanguage, hoverAt, hoverText, lineMatching, openCable, whenEvent } from './helpers';
import { tenYearsOn } from '../../helpers/dates';
import { defined } from '../../helpers/defined';

async function completionsAt(document: vscode.TextDocument, position: vscode.Position, resolve = 0): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, undefined, resolve);
  return list?.items ?? [];
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const documentation = (item: vscode.CompletionItem | undefined) => {
  const doc = item?.documentation;
  return typeof doc === 'string' ? doc : doc?.value ?? '';
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Friday 14 December 2007`: the UTC date of `at`. */
function longDate(at: Date): string {
  return `${WEEKDAYS[at.getUTCDay()]} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}


describe('hover and completion', () => {
  it('decodes the DTG, a routing indicator and a TAGS code of the seed cable', async () => {
    const document = await openCable('07KARACHI861.cable');
    const dtgLine = lineMatching(document, /^P 140626Z DEC 07/);
    const dtg = await hoverAt(document, new vscode.Position(dtgLine, 5));
    assert.match(hoverText(dtg), /Friday 14 December 2007, 06:26 UTC/);
    assert.ok(dtg[0].range?.isEqual(new vscode.Range(dtgLine, 2, dtgLine, 16)), `DTG hover range ${JSON.stringify(dtg[0].range)}`);

    const toLine = lineMatching(document, /^TO RUEHC\//);
    assert.match(hoverText(await hoverAt(document, new vscode.Position(toLine, 4))), /SECSTATE WASHDC[\s\S]*Agrees with the written address/);
    const tagsLine = lineMatching(document, /^TAGS:/);
    const pk = document.lineAt(tagsLine).text.indexOf('PK');
    assert.match(hoverText(await hoverAt(document, new vscode.Position(tagsLine, pk))), /Pakistan[\s\S]*FIPS 10-4/);
  });

  it('completes TAGS with their meanings, the documentation resolved by the server', async () => {
    const seed = await openCable('07KARACHI861.cable');
    // An untitled copy with `EC` typed at the end of the TAGS line.
    const document = await vscode.workspace.openTextDocument({ language: 'cable', content: seed.getText().replace('[PK](#)  ', '[PK](#) EC') });
    await vscode.window.showTextDocument(document);
    const tagsLine = lineMatching(document, /^TAGS:/);
    const items = await completionsAt(document, document.lineAt(tagsLine).range.end, 30);
    const econ = items.find((item) => label(item) === 'ECON');
    assert.ok(econ, `no ECON among ${items.map(label).join(' ')}`);
    assert.equal(econ.detail, 'Economic Conditions');
    assert.match(documentation(econ), /subject TAGS[\s\S]*Source: 5FAH-3-H-011\.1\(2022\)/);
    assert.ok(!items.some((item) => label(item) === 'PGOV'), 'PGOV is already on the line');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts a new cable from the server snippet, dated today, which the server then reads', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'cable', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await activateExtension();
    await documentInLanguage(document.uri, 'cable');
    const before = new Date();
    const items = await completionsAt(document, new vscode.Position(0, 0));
    const after = new Date();
    const classifiedBy = items.find((item) => item.insertText instanceof vscode.SnippetString && item.insertText.value.startsWith('Classified By: '));
    assert.ok(classifiedBy, 'the static snippets of snippets/cable.json are offered beside the server\'s');
    const skeleton = items.find((item) => label(item) === 'cable (CONFIDENTIAL)');
    assert.ok(skeleton?.insertText instanceof vscode.SnippetString, `no snippet among ${items.map(label).join(', ')}`);
    assert.ok(await editor.insertSnippet(skeleton.insertText, new vscode.Position(0, 0)));
    const text = document.getText();
    assert.match(text, /^RR RUEHC$/m, 'the prosign doubles the precedence letter');
    assert.match(text, /^TO RUEHC\/SECSTATE WASHDC ROUTINE 0001$/m, 'the TO line has a precedence word');
    assert.match(text, /^C O N F I D E N T I A L post 000001$/m);
    const decl = /^E\.O\. 13526: DECL: (\S+)$/m.exec(text)?.[1];
    assert.ok(decl === tenYearsOn(before) || decl === tenYearsOn(after), `DECL ${decl}`);

    await vscode.commands.executeCommand('leaveSnippet');
    const dtgLine = lineMatching(document, /^R \d{6}Z /);
    const today = [before, after].map(longDate);
    const dtg = hoverText(await hoverAt(document, new vscode.Position(dtgLine, 4)));
    assert.ok(today.some((day) => dtg.includes(day)), `${dtg} is not dated ${today.join(' or ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('status bar', () => {
  it('goes to the banner and answers the classification and reference id', async () => {
    const document = await openCable('07KARACHI861.cable');
    const editor = defined(vscode.window.activeTextEditor);
    const last = document.lineCount - 1;
    editor.selection = new vscode.Selection(last, 0, last, 0);
    const info = await vscode.commands.executeCommand<DocumentInfo>(GO_TO_BANNER_COMMAND);
    const banner = lineMatching(document, /^C O N F I D E N T I A L SECTION 01 OF 02/);
    assert.deepEqual(info, {
      classification: 'CONFIDENTIAL',
      referenceId: '07KARACHI861',
      banner: { start: { line: banner, character: 0 }, end: { line: banner, character: document.lineAt(banner).text.trimEnd().length } },
    });
    assert.ok(editor.selection.active.isEqual(new vscode.Position(banner, 0)), `cursor at ${JSON.stringify(editor.selection.active)}`);
    assert.equal(statusText(info), '$(shield) CONFIDENTIAL  07KARACHI861');
  });

  it('shows the level and reference id in its texts, from vscode.l10n with their values filled in', async () => {
    const document = await openCable('07KARACHI861.cable');
    const api = await activateExtension();
    const banner = lineMatching(document, /^C O N F I D E N T I A L SECTION 01 OF 02/);
    const expected = {
      shown: true,
      name: 'Cable Classification',
      text: '$(shield) CONFIDENTIAL  07KARACHI861',
      tooltip: `**CONFIDENTIAL** (banner on line ${banner + 1})\n\nReference id **07KARACHI861**\n\nClick to go to the banner.`,
      accessibilityLabel: 'Cable classification CONFIDENTIAL, 07KARACHI861',
    };
    await whenEvent(
      api.onDidUpdateStatusBar,
      () => (vscode.window.activeTextEditor?.document === document && JSON.stringify(api.statusBar()) === JSON.stringify(expected) ? true : undefined),
      20_000,
      () => `the status bar shows ${JSON.stringify(api.statusBar())}, not ${JSON.stringify(expected)}`,
    );
  });

  it('colours each level with a colour the extension contributes', () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'cable-language-support');
    assert.ok(extension);
    const contributed = (extension.packageJSON.contributes.colors as { id: string }[]).map((color) => color.id);
    for (const level of ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const) {
      assert.ok(contributed.includes(classificationColorId(level)), `${classificationColorId(level)} is not contributed`);
    }
  });
});
