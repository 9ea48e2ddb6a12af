// Every feature of the language service answers on any input without throwing: arbitrary bytes,
// random mixtures of cable keywords, every prefix of a real cable (typing), at every kind of
// position, including positions past the end of a line or of the document.

import assert from 'node:assert/strict';
import { createLanguageService, type TextDocumentLike } from '../../../server/src/languageService';
import type { Position } from '../../../server/src/model/range';
import { readCorpusCable } from '../../helpers/paths';

const WORDS = ['VZCZC', 'PP ', 'DE ', 'RUEHC', '#', '/', 'ZNY ', 'CCCCC', 'TO ', 'INFO ', 'FM ', '(', ')', '¶', '1.', '2.', 'A. ', 'SECTION', ' OF ', 'E.O.', 'DECL:', 'TAGS:', '[', '](#)', 'SUBJECT:', 'REF:', 'Classified By', 'reasons 1.4', '(c)', 'SUMMARY:', 'END', '\n', '\r\n', '\t', ' ', '\u00a0', '\ufeff', 'C O N F I D E N T I A L', '000861', '140626Z DEC 07', 'KARACHI 00000861 002 OF 002', 'P R '];

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Runs every feature at a sample of positions; fails with the input that made one throw. */
function exercise(text: string, label: string, next: () => number): void {
  const service = createLanguageService();
  const doc: TextDocumentLike = { uri: 'test://doc.cable', version: 1, getText: () => text };
  const lines = text.split(/\r\n|\r|\n/);
  const positions: Position[] = [];
  for (let k = 0; k < 12; k++) {
    const line = Math.floor(next() * (lines.length + 1));
    positions.push({ line, character: Math.floor(next() * ((lines[line]?.length ?? 0) + 3)) });
  }
  try {
    service.documentSymbols(doc);
    service.foldingRanges(doc);
    service.classificationMarks(doc);
    service.documentInfo(doc);
    service.metadata(doc);
    // The engine catches a rule that throws and goes on; here no rule may throw.
    assert.deepEqual(service.lint(doc).failures.map((f) => f.code), []);
    assert.deepEqual(service.fixAll(doc).failures.map((f) => f.code), []);
    service.selectionRanges(doc, positions.filter((p) => p.line < lines.length && p.character <= lines[p.line].length));
    for (const p of positions) {
      service.hover(doc, p);
      service.completions(doc, p, new Date(Date.UTC(2026, 10, 27)));
    }
  } catch (error) {
    if (error instanceof assert.AssertionError) throw new assert.AssertionError({ message: `${label}: ${error.message}\ninput: ${JSON.stringify(text.slice(0, 400))}` });
    assert.fail(`${label}: ${(error as Error).stack}\ninput: ${JSON.stringify(text.slice(0, 400))}`);
  }
}

describe('language service robustness', function () {
  this.timeout(120000);

  it('answers every feature on arbitrary bytes and keyword mixtures', () => {
    const next = random(7);
    for (let round = 0; round < 150; round++) {
      exercise(Buffer.from(Array.from({ length: 300 }, () => Math.floor(next() * 256))).toString('utf8'), `bytes ${round}`, next);
      exercise(Array.from({ length: 120 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(''), `mixture ${round}`, next);
    }
  });

  it('answers every feature on every line prefix of real cables', () => {
    const next = random(11);
    for (const id of ['10STATE284', '00HARARE5461', '03BEIJING13289', '07ACCRA2590']) {
      const text = readCorpusCable(id);
      let at = 0;
      for (const line of text.split('\n')) {
        at += line.length + 1;
        exercise(text.slice(0, at - 1 - (line.length >> 1)), `${id} prefix ${at}`, next);
      }
    }
  });

  it('answers on an empty document and on blank lines only', () => {
    const next = random(3);
    exercise('', 'empty', next);
    exercise('\n\n\n', 'blank lines', next);
  });
});
