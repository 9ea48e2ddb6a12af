// The webview's page: a strict Content-Security-Policy (a nonce for the one stylesheet and the one
// script, no other source, nothing remote), the editor's stylesheet from the server, the rendering,
// and the script, the only resource loaded, from the extension's own folder.
import * as vscode from 'vscode';

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface ShellContent {
  readonly style: string;
  readonly html: string;
  readonly documentUri: vscode.Uri;
  /** The editor's top line, where the view opens. */
  readonly line: number;
  /** The document version rendered, which the script reports once the page is shown. */
  readonly version: number;
}

export function shellHtml(webview: vscode.Webview, script: vscode.Uri, content: ShellContent): string {
  const n = nonce();
  const csp = [`default-src 'none'`, `style-src 'nonce-${n}'`, `script-src 'nonce-${n}'`, `img-src ${webview.cspSource} data:`, `font-src ${webview.cspSource}`].join('; ');
  // `</style` cannot occur in the server's stylesheet, but the page must not depend on it.
  const style = content.style.replace(/<\/style/gi, '<\\/style');
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<style nonce="${n}">${style}</style>\n</head>\n` +
    `<body data-document="${escapeAttribute(content.documentUri.toString())}" data-initial-line="${content.line}" data-version="${content.version}">\n` +
    `<main id="cable-preview">${content.html}</main>\n` +
    `<script nonce="${n}" src="${escapeAttribute(webview.asWebviewUri(script).toString())}"></script>\n</body>\n</html>\n`
  );
}
