// Wires the language service to an LSP connection. Everything cable-specific lives in the service;
// this file only adapts documents, requests and notifications.

import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { VERSION } from '../version';
import { guarded } from './staleGuard';

export function startServer(connection: Connection): void {
  const service = createLanguageService();
  const documents = new TextDocuments(TextDocument);

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Cable' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
      },
      serverInfo: { name: 'cable-language-server', version: VERSION },
    }),
  );

  connection.onDocumentSymbol(guarded(documents, (doc) => service.documentSymbols(doc)));
  connection.onFoldingRanges(guarded(documents, (doc) => service.foldingRanges(doc)));
  connection.onSelectionRanges(guarded(documents, (doc, params) => service.selectionRanges(doc, params.positions)));

  documents.onDidClose((e) => service.forget(e.document.uri));
  documents.listen(connection);
  connection.listen();
}
