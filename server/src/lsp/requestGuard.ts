// Every request about a document goes through `guarded`: its params are checked first (InvalidParams
// names the field at fault), a document the server does not have gets null, and the handler runs on
// the document as it is when the request is read, which is the version the client sent it against
// (messages are handled in order). Only a handler that waits (for the settings, say) can see the
// document change under it; its answer is then ContentModified. A handler that throws is logged
// with its stack, and the client gets a plain InternalError rather than the exception's text.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, type Position } from '../index';
import type { ServerContext } from './context';
import type { Check } from './validate';

export type DocumentHandler<P, R> = (document: TextDocument, params: P, token: CancellationToken) => R | Promise<R>;

export function guarded<P extends { textDocument: { uri: string } }, R>(
  { connection, documents }: Pick<ServerContext, 'connection' | 'documents'>,
  check: Check,
  handler: DocumentHandler<P, R>,
): (params: P, token: CancellationToken) => Promise<R | null | ResponseError<void>> {
  return async (params, token) => {
    const problem = check(params, '');
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    // TextDocuments updates a document in place: keep the version the handler started on.
    const version = document.version;
    let result: R;
    try {
      result = await handler(document, params, token);
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<void>;
      if (error instanceof CancelledError) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      connection.console.error(`A request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return new ResponseError(ErrorCodes.InternalError, 'the cable language server could not answer this request (its log has the details)');
    }
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    if (documents.get(params.textDocument.uri)?.version !== version) return new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    return result;
  };
}

/**
 * A position of the document: a character past the end of its line is that end (as LSP says); a
 * line past the last one is InvalidParams, since no answer could contain it.
 */
export function documentPosition(document: TextDocument, position: Position): Position {
  if (position.line >= document.lineCount) {
    throw new ResponseError(ErrorCodes.InvalidParams, `position line ${position.line} is past the end of the document (${document.lineCount} lines)`);
  }
  return document.positionAt(document.offsetAt(position));
}
