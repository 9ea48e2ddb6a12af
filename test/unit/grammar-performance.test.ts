// The TextMate grammar must never freeze the editor: no pattern may backtrack badly. Each input here
// is tokenized with vscode-textmate and vscode-oniguruma (the engine VS Code runs grammars with), and
// every line must be tokenized to its end without the engine giving up on it. A linear grammar needs
// tens of milliseconds for a 20,000-character line; the deadline fails a line that needs seconds,
// as one does when a pattern's cost grows with the line at every token. (Oniguruma itself cuts off a
// single runaway search after a fraction of a second and reports no match.)

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { corpusDir, corpusFiles, repoRoot } from '../helpers/paths';

const LINE_LENGTH = 20_000;
const FILE_SIZE = 5 * 1024 * 1024;
/** Per line: vscode-textmate stops a line that runs longer and reports it (stoppedEarly). */
const LINE_DEADLINE_MS = 2_000;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => {
      const file = path.join(repoRoot, 'syntaxes', 'cable.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('text.cable');
  assert.ok(grammar, 'text.cable grammar not loaded');
  return grammar;
}

/** Tokenizes `lines` in order and checks that each one was tokenized to its end. */
function tokenizeAll(grammar: textmate.IGrammar, lines: readonly string[]): void {
  let state = textmate.INITIAL;
  lines.forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state, LINE_DEADLINE_MS);
    assert.equal(result.stoppedEarly, false, `line ${index + 1} (${line.slice(0, 40)}...) was not tokenized within ${LINE_DEADLINE_MS} ms`);
    const last = result.tokens[result.tokens.length - 1];
    assert.ok(last.endIndex >= line.length, `line ${index + 1} tokenized only up to ${last.endIndex} of ${line.length}`);
    state = result.ruleStack;
  });
}

/** `unit` repeated to exactly LINE_LENGTH characters. */
function longLine(unit: string): string {
  return unit.repeat(Math.ceil(LINE_LENGTH / unit.length)).slice(0, LINE_LENGTH);
}

// Each long line follows the lines that put the grammar in the state where it is most exposed.
const cases: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['parentheses', [], '('],
  ['pilcrows', [], '¶'],
  ['slashes', [], '/'],
  ['digits', [], '7'],
  ['dashes', [], '-'],
  ['blanks', [], ' '],
  ['capitals', [], 'A'],
  ['capital words', [], 'NEW DELHI '],
  ['unclosed portion marks', [], '(S//NF'],
  ['paragraph numbers', [], '¶1. (C) '],
  ['a banner word over and over', [], 'SECRET '],
  ['letter-spaced banner', [], 'C O N F I D E N T I A L SECTION 01 OF '],
  ['a routing line', [], 'PP RUEHAB '],
  ['addressees', ['O 011502Z JAN 10'], 'RUEHFL/AMCONSUL FLORENCE IMMEDIATE '],
  ['front matter', ['UNCLAS SECTION 01 OF 02 BEIJING 011971', ''], 'NSC FOR '],
  ['captions', ['S E C R E T CAIRO 002543', ''], 'NOFORN SIPDIS '],
  ['TAGS', [], 'TAGS: PGOV, (#)[PREL'],
  ['SUBJECT', [], 'SUBJECT: (C) '],
  ['REF items', [], 'REF: ¶B. 07 KARACHI 123 (NOTAL) '],
  ['reasons', [], 'Classified By: X, reasons 1.4 (b), (d) and '],
  ['E.O. line', [], 'E.O. 12958: DECL: 12/14/2017 N/A '],
  ['section continuation', [], 'KARACHI 00000861 002 OF '],
  ['SUMMARY markers', [], 'END SUMMARY. SUMMARY: '],
];

describe('grammar performance (pathological input)', function () {
  this.timeout(60_000);
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  for (const [name, context, unit] of cases) {
    it(`tokenizes a ${LINE_LENGTH}-character line of ${name}`, () => {
      tokenizeAll(grammar, [...context, longLine(unit), longLine(unit)]);
    });
  }

  it('tokenizes a 5 MB file of real cables with long lines between them', function () {
    this.timeout(120_000);
    const cables = corpusFiles().map((file) => fs.readFileSync(path.join(corpusDir, file), 'utf8'));
    const lines: string[] = [];
    let size = 0;
    for (let k = 0; size < FILE_SIZE; k++) {
      const text = `${cables[k % cables.length]}\n${longLine(cases[k % cases.length][2])}\n`;
      lines.push(...text.split(/\r?\n/));
      size += text.length;
    }
    tokenizeAll(grammar, lines);
  });
});
