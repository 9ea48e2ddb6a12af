// The parser never throws, keeps every range inside the document, and tolerates what real and
// half-typed input contains: every corpus cable, CRLF, a BOM, tabs, arbitrary bytes and pathological
// lines. Every prefix of a dozen cables is parsed in the slow suite (test/slow/parserPrefixes.test.ts).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Cable } from '../../../server/src/model/cable';
import { parseCable } from '../../../server/src/parser';
import { lintCable } from '../../../server/src/rules/engine';
import { pathologicalInputs } from '../../helpers/pathological';
import { assertRangesInside } from '../../helpers/ranges';
import { corpusDir, corpusFiles, readCorpusCable, repoRoot, seedCable } from '../../helpers/paths';

function withoutLines(cable: Cable): string {
  const { lines: _lines, ...rest } = cable;
  return JSON.stringify(rest);
}

describe('parser robustness', function () {
  this.timeout(60000);

  it('parses every cable of the corpus, the variants and the seed with ranges inside the text', () => {
    const files = corpusFiles().map((f) => path.join(corpusDir, f));
    const variants = path.join(repoRoot, 'test', 'corpus', 'variants');
    files.push(...fs.readdirSync(variants).filter((f) => f.endsWith('.txt')).map((f) => path.join(variants, f)), seedCable);
    assert.ok(files.length >= 270);
    for (const file of files) assertRangesInside(parseCable(fs.readFileSync(file, 'utf8')), path.basename(file));
  });

  it('gives the same model for CRLF, CR and LF line ends', () => {
    const lf = fs.readFileSync(seedCable, 'utf8').replace(/\r\n/g, '\n');
    const expected = withoutLines(parseCable(lf));
    assert.equal(withoutLines(parseCable(lf.replace(/\n/g, '\r\n'))), expected);
    assert.equal(withoutLines(parseCable(lf.replace(/\n/g, '\r'))), expected);
  });

  it('keeps columns right after a byte-order mark', () => {
    const text = readCorpusCable('10STATE284');
    const c = parseCable('\ufeff' + text);
    assert.equal(c.header?.transmission?.prefix.range.start.character, 1);
    assert.equal(c.banner?.marking.value, 'CONFIDENTIAL');
    assert.equal(c.lines[0].length, text.split(/\r?\n/)[0].length + 1);
  });

  it('reads elements separated by tabs', () => {
    const c = parseCable('UNCLAS\tSTATE 000001\n\nE.O.\t12958:\tN/A\nTAGS:\tPGOV\tPREL\nSUBJECT:\tA TEST\n\n1.\t(U)\tText.\n');
    assert.equal(c.executiveOrder?.declassify?.marking?.value, 'N/A');
    assert.deepEqual(c.tags?.tags.map((t) => t.value), ['PGOV', 'PREL']);
    assert.equal(c.subject?.subject.value, 'A TEST');
    assert.equal(c.paragraphs[0].mark?.text, 'U');
  });

  it('never throws on arbitrary bytes or random mixtures of cable keywords', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const words = ['VZCZC', 'PP ', 'DE ', 'RUEHC', '#', '/', 'ZNY ', 'CCCCC', 'TO ', 'INFO ', 'FM ', '(', ')', '¶', '1.', 'SECTION', ' OF ', 'E.O.', 'DECL:', 'TAGS:', '[', '](#)', 'SUBJECT:', 'REF:', 'A.', 'Classified By', 'reasons 1.4', '(c)', 'SUMMARY:', 'END', '\n', '\r\n', '\t', ' ', '\u00a0', '\ufeff', 'C O N F I D E N T I A L', '000861', '140626Z DEC 07'];
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.from(Array.from({ length: 400 }, () => Math.floor(random() * 256)));
      assertRangesInside(parseCable(bytes.toString('utf8')), `bytes ${round}`);
      const mix = Array.from({ length: 200 }, () => words[Math.floor(random() * words.length)]).join('');
      assertRangesInside(parseCable(mix), `mixture ${round}`);
    }
  });

  it('finishes on pathological lines (a backtracking pattern would not)', () => {
    const long = (s: string) => s.repeat(Math.ceil(20000 / s.length));
    const lines = ['(', '¶', '/', '1', ' ', 'A ', 'RUEHABCD ', 'A,', '1.4 (', 'SECTION 01 OF ', 'ZNY CCCCC ', 'Classified by ', '[A](', 'C O N F I D E N T I A L ', 'REF: A. ', 'SUMMARY: ', 'END SUMMARY '].map(long);
    for (const line of lines) {
      for (const text of [line, `UNCLAS STATE 000001\n\n${line}`, `TO ${line}x`, `TAGS: ${line}x`, `E.O. 12958: ${line}`, `1. (${line}`, `VZCZCXRO1\nPP RUEHC\n${line}x\nDE RUEHC #1 0010000`]) {
        assertRangesInside(parseCable(text), `pathological ${JSON.stringify(line.slice(0, 12))}`);
      }
    }
    assert.equal(parseCable('').paragraphs.length, 0);
    assert.equal(parseCable('\n\n\n').header, null);
  });

  it('parses and lints every keyword repeated in long lines and many lines, with ranges inside the text', () => {
    // Timed on 1 MB inputs by `npm run bench` (pathological.bench); here each is kept small.
    let inputs = 0;
    for (const { label, text } of pathologicalInputs(20_000)) {
      const cable = parseCable(text);
      assertRangesInside(cable, label);
      assert.deepEqual(lintCable(cable).failures, [], label);
      inputs++;
    }
    assert.ok(inputs > 600);
  });

  it('still finds a banner run onto the end of a long line', () => {
    // `…COLLECTIVEUNCLAS DUBAI 000181` (05DUBAI181), on a line thousands of characters long.
    const c = parseCable(`${'RUEHZM/GULF COOPERATION COUNCIL '.repeat(3000)}COLLECTIVEUNCLAS DUBAI 000181\n\nSUBJECT: X\n`);
    assert.equal(c.banner?.marking.value, 'UNCLASSIFIED');
    assert.equal(c.banner?.reference?.serial.value, 181);
  });
});
