// Cables saved as *.txt: VS Code picks a language by file extension before it looks at a language's
// `firstLine` pattern, so plain-text files never reach the manifest's cable pattern, and that pattern
// sees only line 0 (the seed cable begins with blank lines; others with a publisher's notice). This
// switches a plain-text document whose first non-blank lines begin a cable (the language service's
// own test, bundled from the server's pure parser module) to `cable`, once: a user who switches it
// back keeps plain text.
import * as vscode from 'vscode';
import { beginsLikeCable, DETECT_LINES } from '../../server/src/parser/detect';

export function detectCablesInPlainText(): vscode.Disposable {
  const switched = new Set<string>();
  const check = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || switched.has(key) || document.lineCount === 0) return;
    const lines = Array.from({ length: Math.min(document.lineCount, DETECT_LINES) }, (_, i) => document.lineAt(i).text);
    if (!beginsLikeCable(lines)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, 'cable');
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
