// `Cable: Lint Workspace` in the real editor: every cable of the workspace (a copy of test/fixtures)
// is linted into the Problems panel, an unopened one included, through the server's workspace
// diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, openDocument } from './helpers';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

describe('Lint Workspace', () => {
  it('puts the problems of a cable that is not open into the Problems panel', async () => {
    const unopened = fixtureUri('workspace/06REYKJAVIK107.txt');
    assert.equal(openDocument(unopened), undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(unopened), [], 'no problems before the command');
    await vscode.commands.executeCommand('cable.lintWorkspace');
    assert.equal(openDocument(unopened), undefined, 'the command opens no cable');
    const diagnostics = vscode.languages.getDiagnostics(unopened);
    assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1} ${codeOf(d)} ${d.source}`).sort(), ['36 C5 cable', '38 P3 cable']);
    assert.equal(diagnostics.find((d) => codeOf(d) === 'C5')?.severity, vscode.DiagnosticSeverity.Information);
  });
});
