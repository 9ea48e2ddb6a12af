// Wires the language service to an LSP connection. Everything cable-specific lives in the service;
// the feature groups listed here only adapt documents, requests and notifications. Only LSP's common
// API is used here, so that the same server runs over stdio (main.ts, with the Node host) and in a
// browser worker (with a host whose files come from the client).

import { TextDocuments, TextDocumentSyncKind, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageServiceHost, VERSION } from '../index';
import type { FeatureRegistration, ServerContext } from './context';
import { registerCompletion } from './completion';
import { ClientConfiguration } from './configuration';
import { registerDocumentFeatures } from './documentFeatures';
import { registerDocumentInfo } from './documentInfo';
import { registerHover } from './hover';
import { LimitNotice } from './limitNotice';
import { registerLint } from './lint';
import { sharingNotifications } from './sharedNotifications';
import { registerRender } from './render';
import { notifications } from './validate';
import { registerWorkspace } from './workspace';

const features: readonly FeatureRegistration[] = [registerDocumentFeatures, registerLint, registerHover, registerCompletion, registerDocumentInfo, registerRender, registerWorkspace];

/** The text synchronisation events TextDocuments listens to, and their methods. */
const SYNC_EVENTS = {
  onDidOpenTextDocument: 'textDocument/didOpen',
  onDidChangeTextDocument: 'textDocument/didChange',
  onDidCloseTextDocument: 'textDocument/didClose',
  onDidSaveTextDocument: 'textDocument/didSave',
  onWillSaveTextDocument: 'textDocument/willSave',
} as const;

/**
 * The connection as TextDocuments sees it: a text synchronisation notification that does not fit
 * its shape (a `text` that is not a string, a fractional line…) is logged and dropped, rather than
 * stored in a document that would break every feature after it.
 */
function checkedSync(connection: Connection): Connection {
  const checked = Object.create(connection) as Connection & Record<string, unknown>;
  for (const [event, method] of Object.entries(SYNC_EVENTS)) {
    const register = (connection[event as keyof typeof SYNC_EVENTS] as (handler: (params: unknown) => void) => unknown).bind(connection);
    checked[event] = (handler: (params: unknown) => void) =>
      register((params: unknown) => {
        const problem = notifications[method](params, '');
        if (problem) connection.console.warn(`Ignored ${method}: ${problem}`);
        else handler(params);
      });
  }
  return checked;
}

/** What the program the server runs in gives it: files (for `.cablelint.json`) and the rule pages. */
export type ServerHost = Pick<LanguageServiceHost, 'files' | 'ruleDocUrl'>;

export function startServer(connection: Connection, host: ServerHost = {}): void {
  const clientConfiguration = new ClientConfiguration(connection);
  const service = createLanguageService({
    ...host,
    ...clientConfiguration.host(),
    ruleFailed: ({ code, error }) =>
      connection.console.error(`Rule ${code} failed and was skipped (reported once): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  const context: ServerContext = {
    connection: sharingNotifications(connection),
    documents: new TextDocuments(TextDocument),
    service,
    files: host.files,
    limits: new LimitNotice(connection),
    clientConfiguration,
    clientCapabilities: {},
  };
  const capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true } };
  for (const register of features) Object.assign(capabilities, register(context));

  connection.onInitialize((params) => {
    context.clientCapabilities = params?.capabilities ?? {};
    context.initializeParams = params;
    return { capabilities, serverInfo: { name: 'cable-language-server', version: VERSION } };
  });
  context.documents.onDidClose((e) => {
    context.service.forget(e.document.uri);
    context.limits.forget(e.document.uri);
  });
  context.documents.listen(checkedSync(connection));
  connection.listen();
}
