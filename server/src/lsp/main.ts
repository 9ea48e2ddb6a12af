import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

// Placeholder until the language service lands: answers initialize and syncs documents.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, documentSymbolProvider: true },
}));
connection.onDocumentSymbol(() => []);
documents.listen(connection);
connection.listen();
