// The walkthrough in the real editor: the editor reads its texts from package.nls.json, its
// "open a sample" button opens the shipped sample cable as an untitled Cable copy (the workspace is
// not written to) with the three findings the tour shows, and its hover button shows a TAGS code
// that the server explains.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { OPEN_SAMPLE_COMMAND, SAMPLE_URI, SHOW_TAGS_HOVER_COMMAND } from '../../../client/src/sample';
import { activateExtension, codeOf, EXTENSION_ID, hoverAt, hoverText, openDocument, whenEvent } from './helpers';
import { defined } from '../../helpers/defined';

const root = path.join(__dirname, '..', '..', '..', '..');

async function workspaceFiles(): Promise<string[]> {
  return (await vscode.workspace.findFiles('**/*')).map((uri) => uri.toString()).sort();
}

describe('walkthrough', () => {
  it('is contributed with the texts of package.nls.json, as the editor reads the manifest', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { walkthroughs: Array<{ title: string; steps: Array<{ title: string; media: { markdown: string } }> }>; commands: Array<{ command: string; title: string }> };
    };
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.title, 'Get Started with Cables');
    assert.deepEqual(walkthrough.steps.map((step) => step.title), ['Open a sample cable', 'See lint', 'Hover a TAGS code', 'Open the outline']);
    for (const step of walkthrough.steps) assert.ok(fs.existsSync(path.join(root, step.media.markdown)), `${step.media.markdown} does not exist`);
    assert.equal(manifest.contributes.commands.find((c) => c.command === OPEN_SAMPLE_COMMAND)?.title, 'Open Sample Cable');
  });

  it('shows a TAGS code of the sample with its meaning, opening the sample first', async () => {
    await activateExtension();
    assert.equal(openDocument(SAMPLE_URI), undefined, 'the sample is open already');
    const position = await vscode.commands.executeCommand<vscode.Position | null>(SHOW_TAGS_HOVER_COMMAND);
    assert.ok(position, 'no TAGS line found in the sample');
    const editor = defined(vscode.window.activeTextEditor);
    assert.equal(editor.document.uri.toString(), SAMPLE_URI.toString());
    assert.ok(editor.selection.active.isEqual(position));
    assert.match(editor.document.lineAt(position.line).text.slice(position.character), /^PREL /);
    assert.match(hoverText(await hoverAt(editor.document, position)), /Political Affairs--External Political Relations/);
  });

  it('opens the sample as one untitled Cable copy with the three findings, writing nothing to the workspace', async () => {
    const before = await workspaceFiles();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>(OPEN_SAMPLE_COMMAND);
    const again = await vscode.commands.executeCommand<vscode.TextDocument>(OPEN_SAMPLE_COMMAND);
    assert.equal(again, document, 'opening the sample again shows the same copy');
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'cable');
    assert.equal(document.getText(), fs.readFileSync(path.join(root, 'walkthrough', '09BOGOTA3335-sample.cable'), 'utf8'));
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.uri.toString() === SAMPLE_URI.toString()).length, 1);

    const diagnostics = await whenEvent(
      vscode.languages.onDidChangeDiagnostics,
      () => {
        const found = vscode.languages.getDiagnostics(document.uri);
        return found.length >= 3 ? found : undefined;
      },
      20_000,
      () => `the sample has diagnostics ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map(codeOf))}`,
    );
    assert.deepEqual(diagnostics.map((d) => `${codeOf(d)} ${d.range.start.line + 1}`), ['T2 25', 'C10 59', 'P1 94']);
    assert.deepEqual(await workspaceFiles(), before);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await whenEvent(vscode.workspace.onDidCloseTextDocument, () => (openDocument(SAMPLE_URI) === undefined ? true : undefined), 10_000, () => 'the sample copy is still open');
  });
});
