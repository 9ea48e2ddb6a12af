// The Outline view's content for the seed cable, through VS Code's document symbol command (the
// same path the Outline view and breadcrumbs take).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineMatching, openCable } from './helpers';

interface Outline {
  readonly name: string;
  readonly children: readonly Outline[];
}

const leaf = (name: string): Outline => ({ name, children: [] });

async function documentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  );
  // VS Code's command answers undefined, not [], when no provider gives a symbol.
  if (symbols === undefined) return [];
  assert.ok(
    symbols.every((symbol) => 'children' in symbol),
    'the outline must be hierarchical (DocumentSymbol), not flat SymbolInformation',
  );
  return symbols as vscode.DocumentSymbol[];
}

const outline = (symbol: vscode.DocumentSymbol): Outline => ({ name: symbol.name, children: symbol.children.map(outline) });

describe('outline', () => {
  it('lists header, banner, subject, paragraphs and section break of the seed cable in document order', async () => {
    const symbols = await documentSymbols(await openCable('07KARACHI861.cable'));
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      [
        'Header',
        'C O N F I D E N T I A L SECTION 01 OF 02 KARACHI 000861',
        'SUBJECT: MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP',
        '1. (C) SUMMARY: Muttahida Quami Movement...',
        '2. (U) Muttahida Quami Movement (MQM)...',
        '3. (SBU) The party is trying...',
        '4. (C) Dr. Sattar said the...',
        '5. (C) The MQM has reached...',
        '6. (C) Dr. Sattar said they...',
        '7. (SBU) The MQM leaders were...',
        '8. (SBU) Dr. Sattar said their...',
        'Section 2 of 2',
        '9. (C) COMMENT: The leaders, electoral...',
      ],
    );
  });

  it('nests the originator and the addressees under the header', async () => {
    const symbols = await documentSymbols(await openCable('07KARACHI861.cable'));
    const header = symbols.find((symbol) => symbol.name === 'Header');
    assert.ok(header, `no Header symbol among ${JSON.stringify(symbols.map((symbol) => symbol.name))}`);
    assert.deepEqual(outline(header), {
      name: 'Header',
      children: [
        leaf('FM AMCONSUL KARACHI'),
        { name: 'TO', children: [leaf('RUEHC/SECSTATE WASHDC')] },
        {
          name: 'INFO',
          children: [
            leaf('RUEHIL/AMEMBASSY ISLAMABAD'),
            leaf('RUEHLO/AMEMBASSY LONDON'),
            leaf('RUEHLH/AMCONSUL LAHORE'),
            leaf('RUEHPW/AMCONSUL PESHAWAR'),
          ],
        },
      ],
    });
  });

  it('places each paragraph symbol on its paragraph, so that clicking it reveals the paragraph', async () => {
    const document = await openCable('07KARACHI861.cable');
    const paragraphs = (await documentSymbols(document)).filter((symbol) => /^\d+\. /.test(symbol.name));
    assert.equal(paragraphs.length, 9, `paragraph symbols: ${JSON.stringify(paragraphs.map((symbol) => symbol.name))}`);
    for (const symbol of paragraphs) {
      const number = /^\d+/.exec(symbol.name)?.[0];
      const line = lineMatching(document, new RegExp(`^\u00b6?${number}\\. `));
      assert.equal(symbol.selectionRange.start.line, line, `${symbol.name} selects line ${symbol.selectionRange.start.line}`);
      assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: range does not contain its selection range`);
    }
  });
});
