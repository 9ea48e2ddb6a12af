// Banner, captions, passing lines, E.O., TAGS, SUBJECT, REF and Classified By (§3.1–§3.8).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseCable } from '../../../server/src/parser';
import { readCorpusCable, readFixture, seedCable } from '../../helpers/paths';
import { at, textOf } from './helpers';
import { defined } from '../../helpers/defined';

const seed = parseCable(fs.readFileSync(seedCable, 'utf8'));

describe('parser: banner', () => {
  it('reads the letter-spaced level, SECTION nn OF mm and the message reference', () => {
    const b = defined(seed.banner);
    assert.deepEqual([b.marking.value, b.spaced, b.section?.number.value, b.section?.total.value], ['CONFIDENTIAL', true, 1, 2]);
    assert.deepEqual([b.reference?.origin.text, b.reference?.serial.value], ['KARACHI', 861]);
    assert.deepEqual([at(b.range), at(b.marking.range), at(b.section?.range), at(b.reference?.range)], ['14:0-14:55', '14:0-14:23', '14:24-14:40', '14:41-14:55']);
  });

  it('reads UNCLAS E F T O, plain words, multi-word origins and misspelt levels', () => {
    const efto = defined(parseCable('UNCLAS E F T O SECTION 01 OF 03 NEW DELHI 001234\n').banner);
    assert.deepEqual([efto.marking.value, efto.efto, efto.reference?.origin.text], ['UNCLASSIFIED', true, 'NEW DELHI']);
    const plain = defined(parseCable('SECRET UNVIE VIENNA 000289\n').banner);
    assert.deepEqual([plain.marking.value, plain.spaced], ['SECRET', false]);
    const typo = defined(parseCable('CCONFIDENTIAL SECTION 01 OF 02 PARIS 001007\n').banner);
    assert.equal(typo.marking.value, null);
    assert.equal(typo.marking.text, 'CCONFIDENTIAL');
    assert.equal(parseCable('SECRETARY RICE MET 000123\n').banner, null);
  });

  it('splits a banner line that carries SIPDIS, the E.O. line and TAGS (10STATE284)', () => {
    const c = parseCable(readCorpusCable('10STATE284'));
    assert.equal(textOf(c, defined(c.banner?.range)), 'C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284');
    assert.deepEqual(c.captions.map((x) => x.value), ['SIPDIS']);
    assert.equal(c.executiveOrder?.declassify?.date?.value, '2020-01-04');
    assert.deepEqual(c.tags?.tags.map((t) => t.value), ['MASS', 'MARR', 'MCAP', 'MOPS', 'PARM', 'PGOV']);
    assert.equal(c.tags?.range.start.line, 10);
  });

  it('reads a level spaced unevenly, its last letter glued to the origin, or ended by a backslash of a database dump', () => {
    // From the unseen folder (test/fixtures/workspace).
    const banner = (id: string) => defined(parseCable(readFixture(`workspace/${id}.txt`)).banner);
    const glued = banner('09CAIRO79');
    assert.deepEqual([glued.marking.text, glued.marking.value, glued.reference?.origin.text], ['C O N F I D E N T I A L', 'CONFIDENTIAL', 'CAIRO']);
    assert.deepEqual([banner('06BOGOTA5603').marking.value, banner('06BOGOTA5603').reference?.serial.value], ['CONFIDENTIAL', 5603]);
    const dump = banner('09TRIPOLI417');
    assert.deepEqual([dump.marking.value, dump.reference?.serial.value, dump.range.start.line], ['SECRET', 417, 17]);
    assert.equal(parseCable('SECRETARY RICE MET STATE 000123\n').banner, null);
  });

  it('takes the banner with a reference over a bare printout CONFIDENTIAL line (90CAPETOWN97)', () => {
    const c = parseCable(readCorpusCable('90CAPETOWN97'));
    assert.equal(c.banner?.range.start.line, 20);
    assert.equal(c.banner?.reference?.origin.text, 'CAPE TOWN');
  });
});

describe('parser: captions and passing lines', () => {
  it('reads each caption, letter-spaced forms and metadata copies', () => {
    assert.deepEqual(seed.captions.map((c) => `${c.value}@${c.range.start.line}`), ['SIPDIS@16', 'SIPDIS@18']);
    const corrected = parseCable(readCorpusCable('09USEUBRUSSELS948'));
    assert.deepEqual(corrected.captions.map((c) => c.value), ['CORRECTED COPY', 'SENSITIVE', 'SIPDIS']);
    const walkIn = parseCable(readCorpusCable('09STATE119085'));
    assert.deepEqual(walkIn.captions.map((c) => c.value), ['SECRET//NOFORN']);
  });

  it('keeps attention lines apart (00HARARE5461)', () => {
    const c = parseCable(readCorpusCable('00HARARE5461'));
    assert.deepEqual(c.passing.map((p) => p.text), ['NSC FOR SENIOR AFRICA DIRECTOR GAYLE SMITH', 'LONDON FOR CHARLES GURNEY', 'PARIS FOR BISA WILLIAMS', 'PASS USTR FOR ROSA WHITAKER']);
  });
});

describe('parser: E.O. line', () => {
  const eo = (line: string) => defined(parseCable(`UNCLAS STATE 000001\n\n${line}\nTAGS: PGOV\n`).executiveOrder);
  it('reads the order and the DECL date in its written forms', () => {
    const e = defined(seed.executiveOrder);
    assert.deepEqual([e.order?.text, e.declassify?.date?.value, textOf(seed, defined(e.declassify?.date?.range))], ['12958', '2017-12-14', '12/14/2017']);
    assert.equal(eo('EO 12958 DECL: 09/21/10').declassify?.date?.value, '2010-09-21');
    assert.equal(eo('EO 12958 DECL: 2020/01/01').declassify?.date?.value, '2020-01-01');
    assert.equal(eo('E.O.12356: DECL:OADR').declassify?.marking?.value, 'OADR');
  });
  it('reads N/A, exemptions and events as markings', () => {
    assert.equal(eo('E.O. 12958: N/A').declassify?.marking?.value, 'N/A');
    assert.equal(eo('E.O. 12958: n/a').declassify?.marking?.value, 'N/A');
    assert.equal(eo('E.O. 12958: DECL: 25X1-HUMAN').declassify?.marking?.value, '25X1-HUMAN');
    assert.equal(eo('E.O. 12958: DECL: 1.6X6: 5 YEARS AFTER CLOSURE OF ICTY').declassify?.marking?.value, '1.6X6: 5 YEARS AFTER CLOSURE OF ICTY');
    assert.equal(eo('E.O. 12958: DECL: 02/30/2017').declassify?.date, null, 'no such date');
  });
});

describe('parser: TAGS', () => {
  it('reads spaced, comma-separated, colon-less and link forms with exact ranges', () => {
    const t = defined(seed.tags);
    assert.deepEqual(t.tags.map((x) => `${x.value}@${at(x.range)}`), ['PGOV@21:7-21:11', 'PINR@21:17-21:21', 'PREL@21:27-21:31', 'PK@21:37-21:39']);
    const commas = defined(parseCable('UNCLAS ROME 000001\nTAGS PREL, PGOV, PINR, IT\n').tags);
    assert.deepEqual([commas.commas, commas.keyword.text, commas.tags.map((x) => x.value).join(' ')], [true, 'TAGS', 'PREL PGOV PINR IT']);
  });
  it('keeps each comma-separated piece whole, unless it is codes with a comma left out', () => {
    assert.deepEqual(parseCable(readCorpusCable('03SANAA3010')).tags?.tags.map((t) => t.value).slice(-4), ['KICC', 'COUNTER TERRORISM', 'MARITIME SECURITY', 'ECON/COM']);
    assert.deepEqual(parseCable(readCorpusCable('03SANAA491')).tags?.tags.map((t) => t.value), ['SCUL', 'PGOV', 'YM']);
    const wrapped = defined(parseCable(readCorpusCable('06NEWDELHI2587')).tags);
    assert.deepEqual([wrapped.tags.length, wrapped.tags.at(-1)?.value, wrapped.range.end.line - wrapped.range.start.line], [19, 'NE', 1]);
  });

  it('keeps mixed-case free words whole and continues onto the next line', () => {
    const c = parseCable('UNCLAS ADANA 000277\nTAGS: PREL, Ports, Trade, Border Patrol, TU,\nIZ\nSUBJECT: X\n');
    assert.deepEqual(c.tags?.tags.map((x) => x.text), ['PREL', 'Ports', 'Trade', 'Border Patrol', 'TU', 'IZ']);
    assert.equal(c.subject?.subject.value, 'X');
  });
});

describe('parser: SUBJECT, REF, Classified By', () => {
  it('reads a subject over two lines with white space folded', () => {
    assert.equal(seed.subject?.subject.value, 'MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP');
    assert.equal(at(seed.subject?.range), '22:0-23:21');
  });
  it('splits lettered REF items over lines and gives cable ids for items with a year', () => {
    const c = parseCable(readCorpusCable('09STATE119085'));
    const items = defined(c.references?.items);
    assert.equal(items.length, 8);
    assert.deepEqual([items[0].letter?.value, items[0].text.value, items[0].cableId], ['A', '08 STATE 061194', '08STATE61194']);
    assert.deepEqual([items[1].text.value, items[1].cableId], ['7 FAM 180', null]);    const lagos = parseCable('UNCLAS LAGOS 001204\n\nSUBJECT: X\n\nREF: A. 2003 LAGOS 2434 B. EMAIL OF JUNE 5\n\n1. (U) x\n');
    assert.deepEqual(lagos.references?.items.map((i) => i.cableId), ['03LAGOS2434', null]);
  });
  it('reads a Classified By paragraph run onto the REF line', () => {
    const c = parseCable('C O N F I D E N T I A L HAVANA 000100\n\nE.O. 12958: DECL: 01/01/2017\nTAGS: PGOV CU\nSUBJECT: TEST\n\nREF: HAVANA 77 Classified By: COM Michael Parmly, reasons 1.4 (b) and (d)\n\n1. (C) Text.\n');
    assert.deepEqual(c.references?.items.map((i) => i.text.value), ['HAVANA 77']);
    const cb = defined(c.classifiedBy);
    assert.deepEqual([cb.authority?.value, cb.section?.value, cb.reasons.map((r) => r.value).join()], ['COM Michael Parmly', '1.4', 'b,d']);
    assert.equal(at(cb.keyword.range), '6:15-6:28');
  });
  it('reads reasons in their written variants', () => {
    const cb = (text: string) => defined(parseCable(`S E C R E T STATE 000001\n\n${text}\n\n1. (S) X.\n`).classifiedBy);
    assert.deepEqual(seed.classifiedBy?.reasons.map((r) => `${r.value}@${at(r.range)}`), ['c@25:55-25:56', 'd@25:60-25:61']);
    assert.deepEqual(cb('CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).').reasons.map((r) => r.value), ['b', 'd']);
    assert.equal(cb('CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).').authority?.value, 'DCM EARL IRVING');
    assert.deepEqual(cb('Classified By: DCM Gerald M. Feierstein, Reasons 1.4 (b)/(d)').reasons.map((r) => r.value), ['b', 'd']);
    assert.deepEqual(cb('Classified By: DEPUTY TROY FITRELL FOR REASONS 1.4 (\nb, d)').reasons.map((r) => r.value), ['b', 'd']);
    const wrapped = cb('Classified By: Political Minister Counselor Susan Elliott for reasons 1 .4 (b) and (d).');
    assert.deepEqual([wrapped.section?.value, wrapped.reasons.length], ['1.4', 2]);
  });
  it('finds Classified By in paragraph 1 of older cables', () => {
    const c = parseCable(readCorpusCable('01VATICAN3507'));
    assert.deepEqual([c.classifiedBy?.authority?.value, c.classifiedBy?.section?.value], ['CDA JOSEPH MERANTE', '1.5']);
  });
});
