// Requests for a document version that has already been replaced are answered with LSP's
// ContentModified error instead of being computed. vscode-jsonrpc handles one queued message per
// event-loop turn, so two turns after a request arrives, a didChange sent right behind it has been
// applied; only then is the version compared.

import { LSPErrorCodes, ResponseError, type CancellationToken, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type DocumentHandler<P, R> = (document: TextDocument, params: P, token: CancellationToken) => R;

export function guarded<P extends { textDocument: { uri: string } }, R>(
  documents: TextDocuments<TextDocument>,
  handler: DocumentHandler<P, R>,
): (params: P, token: CancellationToken) => Promise<R | null | ResponseError<void>> {
  return async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const version = document.version;
    await nextTurn();
    await nextTurn();
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    const current = documents.get(params.textDocument.uri);
    if (!current || current.version !== version) return new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    return handler(current, params, token);
  };
}
