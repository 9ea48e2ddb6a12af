// Cables saved as *.txt: VS Code picks a language by file extension before it looks at a language's
// `firstLine` pattern, so plain-text files never reach the manifest's cable pattern. This switches a
// plain-text document whose first line begins a cable (the manifest's own pattern) to `cable`, once:
// a user who switches it back keeps plain text.
import * as vscode from 'vscode';

export function detectCablesInPlainText(context: vscode.ExtensionContext): vscode.Disposable {
  const languages = (context.extension.packageJSON as { contributes: { languages: Array<{ id: string; firstLine?: string }> } }).contributes.languages;
  const pattern = new RegExp(languages.find((l) => l.id === 'cable')!.firstLine!);
  const switched = new Set<string>();
  const check = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || switched.has(key) || document.lineCount === 0) return;
    if (!pattern.test(document.lineAt(0).text)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, 'cable');
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
