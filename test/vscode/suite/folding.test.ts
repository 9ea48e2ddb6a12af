// Folding of the seed cable through VS Code's folding command, which merges the providers' ranges
// the way the editor's gutter does (ranges of a single line are dropped).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineMatching, openCable } from './helpers';

async function foldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
  return (await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', document.uri)) ?? [];
}

const show = (ranges: readonly vscode.FoldingRange[]): string => JSON.stringify(ranges.map((range) => [range.start, range.end]));

describe('folding', () => {
  it('folds the transmission header from its VZCZC line to its last INFO addressee', async () => {
    const document = await openCable('07KARACHI861.cable');
    const ranges = await foldingRanges(document);
    const start = lineMatching(document, /^VZCZC/);
    const end = lineMatching(document, /^RUEHPW\/AMCONSUL PESHAWAR /);
    assert.ok(
      ranges.some((range) => range.start === start && range.end === end),
      `no folding range ${start}-${end} among ${show(ranges)}`,
    );
  });

  it('folds each paragraph on its own', async () => {
    const document = await openCable('07KARACHI861.cable');
    const ranges = await foldingRanges(document);
    const lines = document.getText().split(/\r?\n/);
    const paragraphs = lines.flatMap((text, index) => (/^\u00b6?\d+\. /.test(text) ? [index] : []));
    assert.equal(paragraphs.length, 9, 'the seed cable has nine numbered paragraphs');
    // A paragraph's fold runs to the line before whatever follows it: the next paragraph, the section
    // break or the signature. Paragraph 9 is one line followed at once by the signature: nothing to fold.
    const sectionBreak = lineMatching(document, /^KARACHI 0+861 002 OF 002$/);
    const signature = lineMatching(document, /^ANSKE$/);
    const boundaries = [...paragraphs, sectionBreak, signature].sort((a, b) => a - b);
    const foldable = paragraphs.filter((start) => boundaries[boundaries.indexOf(start) + 1] - 1 > start);
    assert.equal(foldable.length, 8);
    for (const start of foldable) {
      const next = boundaries[boundaries.indexOf(start) + 1];
      assert.ok(
        ranges.some((range) => range.start === start && range.end === next - 1),
        `no folding range from paragraph line ${start} to line ${next - 1} among ${show(ranges)}`,
      );
    }
    assert.ok(!ranges.some((range) => range.start === paragraphs[8]), 'the one-line paragraph 9 does not fold into the signature');
  });
});
