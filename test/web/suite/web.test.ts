// The web extension in code-server's web worker extension host (run.ts forces it there with the
// user setting `remote.extensionKind`): its browser entry activates, starts the server bundle in a
// worker made from a blob (code-server refuses one from the extension's own URL), and gives
// diagnostics at the level a `.cablelint.json` read through vscode.workspace.fs sets, with the rule
// page linked, the outline, and a new level once the file changes. The same bundle also serves on a
// MessageChannel in the host's own thread, the last way the client tries. No Node here.
import * as vscode from 'vscode';
import { createProtocolConnection } from 'vscode-languageclient/browser';
import type { CableWebExtensionApi } from '../../../client/src/browser/extension';
import { startServerTransport } from '../../../client/src/browser/serverTransport';
import manifest from '../../../package.json';
import { codeOf, waitForDiagnostics } from '../../vscode/suite/waiting';

const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
/** Written by run.ts: the seed cable with a paragraph's portion mark taken out (C10). */
export const CABLE = 'unmarked.cable';
export const CONFIG = '.cablelint.json';

function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}
function equal<T>(actual: T, expected: T, message: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${message}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

const c10 = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.find((d) => codeOf(d) === 'C10');
const writeConfig = (text: string) => vscode.workspace.fs.writeFile(workspaceFile(CONFIG), new TextEncoder().encode(text));

describe('the web extension in the web worker extension host', () => {
  let api: CableWebExtensionApi;
  let extension: vscode.Extension<CableWebExtensionApi>;
  const cable = () => workspaceFile(CABLE);

  before(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(cable()));
    const found = vscode.extensions.getExtension<CableWebExtensionApi>(EXTENSION_ID);
    ok(found, `${EXTENSION_ID} is not loaded`);
    extension = found;
    api = await extension.activate();
  });

  it('runs its browser entry in a worker with no Node, the server in a blob worker', async () => {
    const scope = globalThis as { process?: { versions?: { node?: string } }; WorkerGlobalScope?: unknown };
    ok(scope.process?.versions?.node === undefined && scope.WorkerGlobalScope !== undefined, 'not the web worker extension host');
    ok(typeof api.serverTransport === 'function', 'the Node entry activated, not the browser one');
    await waitForDiagnostics(cable(), (d) => d.length > 0);
    const transport = api.serverTransport();
    equal(transport?.mode, 'blobWorker', 'how the server was started');
    ok(/^worker: .*Creating workers from remote extensions is currently not supported/.test(transport?.failures[0] ?? ''), `why not from its URL: ${transport?.failures.join('; ')}`);
  });

  it('lints at the level .cablelint.json sets, read through vscode.workspace.fs, and links the rule page', async () => {
    const diagnostic = c10(await waitForDiagnostics(cable(), (d) => c10(d) !== undefined));
    equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error, 'C10 is a warning unless the file is read');
    const target = typeof diagnostic?.code === 'object' ? diagnostic.code.target : undefined;
    equal(target?.toString(), vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'C10.md').toString(), 'the rule page');
  });

  it('gives the outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', cable());
    equal(symbols?.[0]?.name, 'Header', 'the first item');
    ok(symbols.some((s) => s.name.startsWith('SUBJECT')) && symbols.length > 5, `outline: ${symbols.map((s) => s.name).join(', ')}`);
  });

  it('lints at the new level once .cablelint.json changes', async () => {
    try {
      await writeConfig('{"C10": "hint"}');
      await waitForDiagnostics(cable(), (d) => c10(d)?.severity === vscode.DiagnosticSeverity.Hint);
      await writeConfig('{"C10": "off"}');
      await waitForDiagnostics(cable(), (d) => c10(d) === undefined);
    } finally {
      await writeConfig('{"C10": "error"}');
    }
  });

  it('serves the same bundle in the host’s own thread, on a MessageChannel', async () => {
    const bundle = vscode.Uri.joinPath(extension.extensionUri, 'server', 'dist', 'browserServer.js');
    const transport = await startServerTransport(bundle, 'inThread');
    const connection = createProtocolConnection(transport.transports.reader, transport.transports.writer);
    connection.listen();
    try {
      equal(transport.mode, 'inThread', 'mode');
      const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', { processId: null, rootUri: null, capabilities: {} });
      equal(result.serverInfo?.name, 'cable-language-server', 'the server answers');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(cable()));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'memfs:/a.cable', languageId: 'cable', version: 1, text } });
      const symbols = await connection.sendRequest<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri: 'memfs:/a.cable' } });
      equal(symbols[0]?.name, 'Header', 'its outline');
      await connection.sendRequest('shutdown');
    } finally {
      connection.dispose();
      transport.dispose();
    }
  });
});
