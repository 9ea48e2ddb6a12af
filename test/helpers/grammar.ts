// Tokenizing with the project's TextMate grammar the way VS Code does (vscode-textmate and
// vscode-oniguruma), checking that every line is tokenized to its end in time; and the long lines
// that put the grammar where it is most exposed. Shared by the unit and the slow grammar tests.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { repoRoot } from './paths';

export const LINE_LENGTH = 20_000;
/** Per line: vscode-textmate stops a line that runs longer and reports it (stoppedEarly). */
const LINE_DEADLINE_MS = 2_000;

export async function loadGrammar(): Promise<textmate.IGrammar> {
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
export function tokenizeAll(grammar: textmate.IGrammar, lines: readonly string[]): void {
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
export function longLine(unit: string): string {
  return unit.repeat(Math.ceil(LINE_LENGTH / unit.length)).slice(0, LINE_LENGTH);
}

// Each long line follows the lines that put the grammar in the state where it is most exposed.
export const cases: ReadonlyArray<readonly [string, readonly string[], string]> = [
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
