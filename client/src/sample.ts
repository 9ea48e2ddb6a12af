// The walkthrough's sample cable (walkthrough/09BOGOTA3335-sample.cable: a real cable with three
// mistakes put in). It opens as an untitled copy named like the file, so that the user can try the
// quick fixes while neither the workspace nor the installed extension is written to; opening it
// again shows the same copy. Read through the workspace file system, which works on the web too.
import * as vscode from 'vscode';

export const OPEN_SAMPLE_COMMAND = 'cable.openSample';
/** Opens the sample if need be, puts the cursor on its first TAGS code and shows that code's hover. */
export const SHOW_TAGS_HOVER_COMMAND = 'cable.walkthrough.showTagsHover';
const SAMPLE_FILE = ['walkthrough', '09BOGOTA3335-sample.cable'] as const;
/** The `.cable` ending gives the copy its language. */
export const SAMPLE_URI = vscode.Uri.from({ scheme: 'untitled', path: SAMPLE_FILE[1] });
const TAGS_LINE = /^TAGS:?[ \t]+/m;

/** `serverReady` settles once the language server answers requests (it starts with the first cable). */
export function registerSample(extensionUri: vscode.Uri, serverReady: () => Promise<void>): vscode.Disposable {
  const openSample = async (): Promise<vscode.TextEditor> => {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === SAMPLE_URI.toString());
    if (open !== undefined) return vscode.window.showTextDocument(open);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_FILE));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(SAMPLE_URI));
    // An untitled document with a name opens empty: the copy is its first edit.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), new TextDecoder().decode(bytes)));
    const start = new vscode.Position(0, 0);
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, start));
    return editor;
  };

  const showTagsHover = async (): Promise<vscode.Position | null> => {
    const editor = await openSample();
    const text = editor.document.getText();
    const tags = TAGS_LINE.exec(text);
    if (tags === null) return null;
    const position = editor.document.positionAt(tags.index + tags[0].length);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // Without the server the hover would be empty when the sample has only just opened.
    await serverReady();
    await vscode.commands.executeCommand('editor.action.showHover');
    return position;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => (await openSample()).document),
    vscode.commands.registerCommand(SHOW_TAGS_HOVER_COMMAND, showTagsHover),
  );
}
