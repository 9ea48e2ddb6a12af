// Shared by the real-editor tests: open fixtures from the workspace (a temporary copy of
// test/fixtures) and wait, on events rather than sleeps, for languages and the language server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CableExtensionApi } from '../../../client/src/extension';
import { whenEvent } from './waiting';

export { codeOf, waitForDiagnostics, whenEvent } from './waiting';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
  publisher: string;
  name: string;
};
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder: the runner opens a copy of test/fixtures');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The document open at `uri` now: one whose language changed was reopened as a new object. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/**
 * The document at `uri` once its language is `languageId`. A language may be assigned after opening
 * (`setTextDocumentLanguage` closes and reopens the document), so this also waits on open events.
 */
export function documentInLanguage(uri: vscode.Uri, languageId: string, timeoutMs = 10_000): Promise<vscode.TextDocument> {
  return whenEvent(
    vscode.workspace.onDidOpenTextDocument,
    () => {
      const document = openDocument(uri);
      return document?.languageId === languageId ? document : undefined;
    },
    timeoutMs,
    () => `${uri.path} is open as ${openDocument(uri)?.languageId ?? 'nothing'}, not ${languageId}, after ${timeoutMs} ms`,
  );
}

/** The extension's API (what its activate() returns), once it is active. */
export async function activateExtension(): Promise<CableExtensionApi> {
  const extension = vscode.extensions.getExtension<CableExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  // Settles when the extension's activate() does, which awaits the language client's start (the
  // initialize handshake); the client then sends didOpen ahead of any request for a document.
  return extension.activate();
}

/** Opens a fixture that must be a cable, once the language server is up and knows the document. */
export async function openCable(name: string): Promise<vscode.TextDocument> {
  const document = await documentInLanguage((await openFixture(name)).uri, 'cable');
  await activateExtension();
  return document;
}

/** The index of the one line of `document` that `pattern` matches. */
export function lineMatching(document: vscode.TextDocument, pattern: RegExp): number {
  const lines = document.getText().split(/\r?\n/).flatMap((text, index) => (pattern.test(text) ? [index] : []));
  assert.equal(lines.length, 1, `expected one line matching ${pattern} in ${document.uri.path}, found ${lines.length}`);
  return lines[0];
}

/** The hovers the editor's hover providers give at `position`, as VS Code's hover widget asks for them. */
export async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
