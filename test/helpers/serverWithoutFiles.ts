// The language server with a host that has no files and no indexer, as a browser worker starts it:
// the same startServer as server/src/lsp/main.ts, over stdio for the test client.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';

startServer(createConnection(ProposedFeatures.all), {});
