// Which files the editor opens as cables: by extension, and .txt files by their first line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, documentInLanguage, fixtureUri, openDocument, openFixture } from './helpers';

describe('language', () => {
  it('opens a .cable file as a cable', async () => {
    const document = await openFixture('07KARACHI861.cable');
    assert.equal(document.languageId, 'cable');
  });

  it('opens a .txt cable whose first line is a VZCZC transmission line as a cable', async () => {
    const document = await openFixture('06KABUL3934.txt');
    assert.match(document.lineAt(0).text, /^VZCZC/);
    await documentInLanguage(document.uri, 'cable');
  });

  it('opens a .txt cable whose first line is a letter-spaced banner as a cable', async () => {
    const document = await openFixture('02BRASILIA4227.txt');
    assert.match(document.lineAt(0).text, /^C O N F I D E N T I A L /);
    await documentInLanguage(document.uri, 'cable');
  });

  it('leaves a .txt file that only quotes cable lines after its first line as plain text', async () => {
    await activateExtension();
    const plain = await openFixture('not-a-cable.txt');
    assert.match(plain.getText(), /^VZCZC/m);
    // A language may be assigned after opening, in the order files open: once a cable opened after
    // this file has become `cable`, this file has had its turn too. The copy is new, so it opens now.
    const later = fixtureUri('06KABUL3934-opened-later.txt');
    await vscode.workspace.fs.copy(fixtureUri('06KABUL3934.txt'), later, { overwrite: true });
    await documentInLanguage((await vscode.workspace.openTextDocument(later)).uri, 'cable').catch((error: Error) => {
      throw new Error(`cannot tell whether ${plain.uri.path} keeps its language: ${error.message}`);
    });
    assert.equal(openDocument(plain.uri)?.languageId, 'plaintext');
  });
});
