// The client's messages go through vscode.l10n: the English bundle l10n/bundle.l10n.json holds
// exactly the messages of its l10n.t calls (`npm run build` rewrites it), and no string literal
// reaches the user without l10n.t. Both are read from the sources by scripts/l10n.ts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleText, L10N_BUNDLE_PATH, scanClient, scanSource } from '../../../scripts/l10n';
import { repoRoot } from '../../helpers/paths';
import { manifest } from './manifest';

describe('client strings (vscode.l10n)', () => {
  it(`${L10N_BUNDLE_PATH} holds exactly the client's l10n.t messages`, () => {
    assert.equal(fs.readFileSync(path.join(repoRoot, L10N_BUNDLE_PATH), 'utf8'), bundleText(repoRoot), 'run npm run build and commit the bundle');
    assert.equal(path.posix.normalize(manifest.l10n as string), path.dirname(L10N_BUNDLE_PATH), 'the manifest names the bundle folder');
  });

  it('hands the user no string literal without l10n.t, and gives l10n.t only literal messages', () => {
    const scan = scanClient(repoRoot);
    assert.ok(scan.messages.length >= 10, `only ${scan.messages.length} messages found`);
    assert.deepEqual(scan.bare, []);
    assert.deepEqual(scan.unextractable, []);
  });

  it('finds literals in the places the user reads them, and lets l10n.t calls, codicons and ids through', () => {
    const source = [
      "import * as vscode from 'vscode';",
      "void vscode.window.showWarningMessage('Banner missing', 'Open');",
      "item.text = open ? `$(shield) ${level}` : 'No cable';",
      'item.tooltip = new vscode.MarkdownString(`Reference id **${id}**`);',
      "item.accessibilityInformation = { label: 'Cable classification ' + level };",
      "const client = new LanguageClient('cable', 'Cable Language Server', options);",
      "item.name = vscode.l10n.t('Cable Classification');",
      "void vscode.window.showInformationMessage(vscode.l10n.t('Reference id {0}', id));",
      "const item = vscode.window.createStatusBarItem('cable.classification', 1, 100);",
      'void vscode.window.showErrorMessage(vscode.l10n.t(message));',
    ].join('\n');
    const scan = scanSource('planted.ts', source);
    assert.deepEqual(
      scan.bare.map((finding) => `${finding.line}: ${finding.text}`),
      ["2: 'Banner missing'", "2: 'Open'", "3: 'No cable'", '4: `Reference id **${id}**`', "5: 'Cable classification '", "6: 'Cable Language Server'"],
    );
    assert.deepEqual(scan.messages, ['Cable Classification', 'Reference id {0}']);
    assert.deepEqual(scan.unextractable.map((finding) => finding.line), [10]);
  });
});
