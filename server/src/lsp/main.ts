// `cable-language-server --stdio` (or --node-ipc, --socket=N, --pipe=NAME): the language server.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../version';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
const args = process.argv.slice(2);

if (args.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else if (!args.some((a) => TRANSPORTS.some((t) => a.startsWith(t)))) {
  process.stderr.write('usage: cable-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
