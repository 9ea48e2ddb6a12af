// Wires the language service to an LSP connection. Everything cable-specific lives in the service;
// the feature groups listed here only adapt documents, requests and notifications.

import { TextDocuments, TextDocumentSyncKind, type Connection, type ServerCapabilities } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { VERSION } from '../version';
import type { FeatureRegistration, ServerContext } from './context';
import { registerCompletion } from './completion';
import { registerDocumentFeatures } from './documentFeatures';
import { registerDocumentInfo } from './documentInfo';
import { registerHover } from './hover';
import { registerLint } from './lint';

const features: readonly FeatureRegistration[] = [registerDocumentFeatures, registerLint, registerHover, registerCompletion, registerDocumentInfo];

export function startServer(connection: Connection): void {
  const context: ServerContext = { connection, documents: new TextDocuments(TextDocument), service: createLanguageService() };
  const capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true } };
  for (const register of features) Object.assign(capabilities, register(context));

  connection.onInitialize(() => ({ capabilities, serverInfo: { name: 'cable-language-server', version: VERSION } }));
  context.documents.onDidClose((e) => context.service.forget(e.document.uri));
  context.documents.listen(connection);
  connection.listen();
}
