// Paragraphs, portion marks, sub-paragraphs, SUMMARY/COMMENT, section breaks and the signature.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseCable } from '../../../server/src/parser';
import { readCorpusCable, readFixture, seedCable } from '../../helpers/paths';
import { at, textOf } from './helpers';
import { defined } from '../../helpers/defined';

const seed = parseCable(fs.readFileSync(seedCable, 'utf8'));

describe('parser: paragraphs and portion marks', () => {
  it('numbers the seed paragraphs from their ¶ and reads their marks', () => {
    assert.deepEqual(seed.paragraphs.map((p) => `${p.number.value}${p.mark?.text}@${p.range.start.line}`), [
      '1C@27', '2U@29', '3SBU@31', '4C@33', '5C@35', '6C@39', '7SBU@41', '8SBU@43', '9C@47',
    ]);
    const p1 = seed.paragraphs[0];
    assert.deepEqual([at(p1.pilcrow), at(p1.number.range), at(p1.mark?.range), p1.mark?.level], ['27:0-27:1', '27:1-27:2', '27:4-27:7', 'CONFIDENTIAL']);
    // Paragraph 5 wraps over a blank line; paragraph 9 ends before the signature.
    assert.equal(at(seed.paragraphs[4].range), '35:0-37:10');
    assert.equal(seed.paragraphs[8].range.end.line, 47);
  });

  it('does not take ¶2007. (a year the publisher marked) for paragraph 2007', () => {
    const c = parseCable('C O N F I D E N T I A L PARIS 000001\n\n¶1. (C) On December 13,\n¶2007. the party met.\n\n¶2. (C) Next.\n');
    assert.deepEqual(c.paragraphs.map((p) => p.number.value), [1, 2]);
    assert.equal(at(c.paragraphs[0].range), '2:0-3:21');
  });

  it('reads `1.(U)`, plain `1.` numbering and numbers far out of sequence', () => {
    assert.deepEqual(parseCable(readCorpusCable('10STATE284')).paragraphs.map((p) => `${p.number.value}${p.mark?.text}`), ['1U', '2C', '3C', '4C', '5C/REL LIBYA']);
    const c = parseCable('UNCLAS STATE 000001\n\n1. Text.\n\n2. More.\n\n150. Not a paragraph.\n');
    assert.deepEqual(c.paragraphs.map((p) => p.number.value), [1, 2]);
  });

  it('parses levels and controls of marks, and malformed marks', () => {
    const marks = (text: string) => parseCable(`S E C R E T STATE 000001\n\n1. ${text} x\n`).paragraphs[0].mark;
    assert.deepEqual([marks('(S//NF)')?.level, marks('(S//NF)')?.controls], ['SECRET', ['NF']]);
    assert.deepEqual([marks('(C/REL UK)')?.level, marks('(C/REL UK)')?.controls], ['CONFIDENTIAL', ['REL UK']]);
    assert.deepEqual([marks('(SBU-N)')?.level, marks('(SBU-N)')?.controls], ['UNCLASSIFIED', ['N']]);
    assert.deepEqual([marks('(S Summary')?.closed, marks('(S Summary')?.open, marks('(S Summary')?.text], [false, true, 'S']);
    assert.deepEqual([marks('C) Summary')?.open, marks('C) Summary')?.closed], [false, true]);
    assert.equal(marks('(CNF)')?.level, null);
    assert.equal(marks('(Note: lower case)'), null);
    assert.equal(marks('(C - ENTIRE TEXT)')?.level, 'CONFIDENTIAL');
  });

  it('reads lettered sub-paragraphs with their own marks', () => {
    const c = parseCable('S E C R E T STATE 000001\n\n1. (S) Points:\n\nA. (C) First point\nmore text.\n\nB. (S) Second.\n\n2. (U) Next.\n');
    const subs = c.paragraphs[0].subparagraphs;
    assert.deepEqual(subs.map((s) => `${s.label.value}${s.mark?.text}@${at(s.range)}`), ['AC@4:0-5:10', 'BS@7:0-7:14']);
    assert.equal(at(c.paragraphs[0].range), '2:0-7:14');
  });
});

describe('parser: blocks, section breaks, headings and signature', () => {
  it('pairs SUMMARY and COMMENT markers with their ends', () => {
    // The comment of paragraph 9 is never closed: it runs to the end of its paragraph.
    assert.deepEqual(seed.blocks.map((b) => `${b.kind}@${at(b.range)}:${b.end ? 'closed' : 'open'}`), [
      'summary@27:8-27:737:closed',
      `comment@47:8-47:${seed.paragraphs[8].range.end.character}:open`,
    ]);
    assert.equal(textOf(seed, seed.blocks[0].start.range), 'SUMMARY:');
    assert.equal(textOf(seed, defined(seed.blocks[0].end?.range)), 'END SUMMARY');
    const c = parseCable('UNCLAS X 000001\n\n1. (U) Text. (Comment: a view. End Comment.) Text.\n\n2. (U) NO COMMENT. The summary of it.\n');
    assert.deepEqual(c.blocks.map((b) => `${b.kind}:${textOf(c, b.range)}`), ['comment:Comment: a view. End Comment']);
  });

  it('reads continuation lines, decimal page markers and printout page lines', () => {
    assert.deepEqual(seed.sections.map((s) => `${s.kind} ${s.section.value}/${s.total?.value}@${at(s.range)}`), ['continuation 2/2@45:0-45:27']);
    const accra = parseCable(readCorpusCable('07ACCRA2590'));
    assert.deepEqual(accra.sections.map((s) => `${s.section.value}.${s.part}`), ['1.2', '2.2', '3.2']);
    const harare = parseCable(readCorpusCable('00HARARE5461'));
    assert.ok(harare.sections.every((s) => s.kind === 'page'));
    assert.deepEqual(harare.sections.slice(0, 2).map((s) => `${s.section.value}:${s.part}`), ['1:2', '1:3']);
  });

  it('reads a section marker run onto the end of a heading as the heading and the marker (08TRIPOLI166)', () => {
    const c = parseCable(readFixture('workspace/08TRIPOLI166.txt'));
    const brk = defined(c.sections.find((s) => s.range.start.line === 59));
    assert.deepEqual([brk.origin.text, brk.section.value, brk.part, at(brk.range)], ['TRIPOLI', 3, 2, '59:23-59:52']);
    assert.ok(c.headings.some((h) => h.text === 'HANDICAPPING THE FIELD' && h.range.start.line === 59));
  });

  it('reads the signature in capitals or capitalised, and text-closing lines', () => {
    assert.deepEqual([seed.signature?.text, at(seed.signature?.range)], ['ANSKE', '48:0-48:5']);
    assert.equal(parseCable(readCorpusCable('03RANGOON773')).signature?.text, 'Martinez');
    const harare = parseCable(readCorpusCable('00HARARE5461'));
    assert.deepEqual([harare.signature?.text, harare.trailer.map((t) => t.text)], ['MCDONALD', ['CONFIDENTIAL', '>']]);
    const ended = parseCable('UNCLAS X 000001\n\n1. (U) Text.\n\nSMITH\nBT\n#0001\nNNNN\n');
    assert.deepEqual([ended.signature?.text, ended.trailer.map((t) => t.text)], ['SMITH', ['BT', '#0001', 'NNNN']]);
  });

  it('reads a marked paragraph number after a few blanks or with a blank before its dot', () => {
    // ` 1. (C) Summary:` in 03SANAA3010 (and 03YEREVAN2883, 04BOGOTA2313, 04TAIPEI3495).
    const sanaa = parseCable(readCorpusCable('03SANAA3010'));
    assert.deepEqual(sanaa.paragraphs.slice(0, 2).map((p) => [p.number.value, p.mark?.text, at(p.number.range)]), [[1, 'C', '18:1-18:2'], [2, 'C', '45:0-45:1']]);
    // `2 . (U)`: in neither the corpus nor the unseen folder; 03SANAA3010 with its paragraph 2 written so.
    const spaced = parseCable(readCorpusCable('03SANAA3010').replace('\n2. (C) PM Senior', '\n2 . (C) PM Senior'));
    assert.deepEqual(spaced.paragraphs[1].number.value, 2);
    // Indented numbers without a mark stay sub-items, and a mark needs its level.
    assert.deepEqual(parseCable('UNCLAS X 000001\n\n1. (U) One.\n   2. Item.\n 3 . (see below)\n').paragraphs.map((p) => p.number.value), [1]);
  });

  it('reads a signature run onto the last sentence, with a particle or a stamp, before page footers', () => {
    // From the unseen folder (test/fixtures): `… ******** ERELI`, `van Voorst`, `STEVENS 0 12/23/2007`,
    // and WOOD before `=======================CABLE ENDS============================`.
    const fixture = (name: string) => parseCable(readFixture(name));
    assert.equal(fixture('workspace/08MANAMA442.txt').signature?.text, 'ERELI');
    assert.equal(fixture('workspace/06REYKJAVIK107.txt').signature?.text, 'van Voorst');
    assert.equal(fixture('workspace/07TRIPOLI1055.txt').signature?.text, 'STEVENS');
    const wood = fixture('prefixes/04BOGOTA3619.txt');
    assert.deepEqual([wood.signature?.text, wood.trailer.at(-1)?.text], ['WOOD', '=======================CABLE ENDS============================']);
    const lou = parseCable('LIMITED OFFICIAL USE STATE 000001\n\n1. (U) Text ends here.\n\nSMITH\n\nLIMITED OFFICIAL USE\n\nNNNN\n');
    assert.deepEqual([lou.signature?.text, lou.trailer.map((t) => t.text)], ['SMITH', ['LIMITED OFFICIAL USE', 'NNNN']]);
    assert.equal(parseCable('UNCLAS X 000001\n\n1. (U) We met XXXXXXXXXXXX. XXXXXXXXXXXX\n').signature, null, 'a redaction is no signature');
  });

  it('reads headings underlined with dashes', () => {
    const c = parseCable(readCorpusCable('10ROME1'));
    assert.equal(c.headings[0].text, 'The Recuperating Prime Minister');
  });
});
