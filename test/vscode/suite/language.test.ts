// Which files the editor opens as cables: by extension, and .txt files by their first non-blank lines.
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

  it('opens the seed cable, a .md.txt that begins with blank lines, as a cable', async () => {
    const document = await openFixture('07KARACHI861.md.txt');
    assert.equal(document.lineAt(0).text.trim(), '');
    assert.match(document.lineAt(2).text, /^VZCZC/);
    await documentInLanguage(document.uri, 'cable');
  });

  it('opens a .txt cable behind a publisher notice and a glued `Cable dated:` stamp as a cable', async () => {
    const document = await openFixture('prefixes/05CAIRO8938.txt');
    assert.match(document.lineAt(0).text, /^This record is a partial extract/);
    assert.match(document.lineAt(1).text, /^Cable dated:2005-11-29T14:19:00C O N F I D E N T I A L/);
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
