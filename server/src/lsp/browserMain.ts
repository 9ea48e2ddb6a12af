// The language server in a browser: in a dedicated Web Worker, or run by the web client on one port
// of a MessageChannel in its own worker (client/src/browser/serverTransport.ts), where `self` is that
// port. Its host gives no files and no rule pages: the client lends both (clientHost.ts). The one
// file of the LSP adapter that uses vscode-languageserver/browser; nothing it imports uses Node
// (the architecture test follows its imports).

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './server';

/** The worker's scope, or the port the client gave in its place: what carries the messages. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { close(): void };

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// A browser has no exit code: the worker ending (or the port closing) is the end a client sees.
connection.onExit(() => self.close());
startServer(connection);
