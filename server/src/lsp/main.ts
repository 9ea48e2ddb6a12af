// `cable-language-server --stdio` (or --node-ipc, --socket=N, --pipe=NAME): the language server in
// Node, with the Node host. The one file of the LSP adapter that uses Node and vscode-languageserver/node.

import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { RecoveringMessageReader } from '../node/framing';
import { nodeHost } from '../node/host';
import { nodeWorkspaceIndexer } from '../node/workspace/indexer';
import { VERSION } from '../index';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
const args = process.argv.slice(2);

/**
 * Over stdio, messages are read by a reader that survives a wrong Content-Length. What the library
 * does for its own stdio connection is done here too: console output goes to the client's log (stdout
 * carries the protocol), and the end of stdin ends the process (0 after a shutdown request).
 */
function stdioConnection(): Connection {
  const report = (message: string) => process.stderr.write(`cable-language-server: ${message}\n`);
  const connection = createConnection(ProposedFeatures.all, new RecoveringMessageReader(process.stdin, report), new StreamMessageWriter(process.stdout));
  console.log = console.info = console.debug = (...values: unknown[]) => connection.console.log(format(...values));
  console.warn = (...values: unknown[]) => connection.console.warn(format(...values));
  console.error = (...values: unknown[]) => connection.console.error(format(...values));
  let shutdown = false;
  connection.onShutdown(() => void (shutdown = true));
  process.stdin.on('end', () => process.exit(shutdown ? 0 : 1));
  return connection;
}

if (args.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else if (!args.some((a) => TRANSPORTS.some((t) => a.startsWith(t)))) {
  process.stderr.write('usage: cable-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exitCode = 2;
} else {
  const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  // A promise nobody awaits (a lint started by a notification) must not take the server down.
  process.on('unhandledRejection', (error) => connection.console.error(`Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  startServer(connection, { ...nodeHost, workspaceIndexer: nodeWorkspaceIndexer });
}
