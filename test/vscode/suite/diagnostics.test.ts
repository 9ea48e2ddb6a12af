// Lint in the real editor: a cable with a portion mark removed shows the C10 diagnostic, and its
// preferred quick fix, asked for through the code action provider, applies with applyEdit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, documentInLanguage, fixtureUri, waitForDiagnostics } from './helpers';

describe('lint diagnostics', () => {
  it('shows C10 for an unmarked paragraph and fixes it with the preferred quick fix', async () => {
    const seed = Buffer.from(await vscode.workspace.fs.readFile(fixtureUri('07KARACHI861.cable'))).toString('utf8');
    const uri = fixtureUri('lint-unmarked.cable');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(seed.replace('¶2. (U) ', '¶2. '), 'utf8'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const document = await documentInLanguage(uri, 'cable');
    await activateExtension();

    const [c10] = (await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'C10'))).filter((d) => codeOf(d) === 'C10');
    assert.equal(c10.message, 'Paragraph 2 has no portion mark');
    assert.ok(typeof c10.code === 'object' && c10.code.target.path.endsWith('/docs/rules/C10.md'), 'the code links to the rule page');
    assert.equal(c10.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(c10.range), '2.');

    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, c10.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepEqual(preferred.map((a) => a.title), ['Mark paragraph 2 (C)']);
    assert.ok(actions.some((a) => a.title === 'Disable rule C10 in .cablelint.json'));
    assert.ok(preferred[0].edit, 'the quick fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit));

    assert.equal(document.getText(), seed.replace('¶2. (U) ', '¶2. (C) '));
    await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'C10'));
  });
});
