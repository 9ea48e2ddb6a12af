// The front matter as mirrors and drafters really wrote it (issue 12 §2), each form on a real cable
// copied from an unseen folder (test/fixtures/workspace) or from the corpus: elements run onto one
// another, REF in any case and item style, reasons in their variants, prefixes and doubled texts.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Cable } from '../../../server/src/model/cable';
import { parseCable } from '../../../server/src/parser';
import { fixturesDir, readCorpusCable } from '../../helpers/paths';

function cable(id: string): Cable {
  return parseCable(fs.readFileSync(path.join(fixturesDir, 'workspace', `${id}.txt`), 'utf8'));
}

const subject = (c: Cable) => c.subject?.subject.value;
const references = (c: Cable) => c.references?.items.map((i) => `${i.letter ? `${i.letter.value}. ` : ''}${i.text.value}`);
const classifiedBy = (c: Cable) => c.classifiedBy && [c.classifiedBy.authority?.value, c.classifiedBy.section?.value, c.classifiedBy.reasons.map((r) => r.value).join('')];

describe('parser: elements run onto one another', () => {
  it('ends the SUBJECT at a run-on Classified By, REF, page marker or underline, and reads those', () => {
    const c1103 = cable('07MANAMA1103');
    assert.equal(subject(c1103), 'DEPUTY SECRETARY KIMMITT, COMMERCE MINISTER DISCUSS U.S.-GCC INVESTMENT FORUM');
    assert.deepEqual(classifiedBy(c1103), ['Ambassador Adam Ereli', '1.4', 'bd']);
    const c983 = cable('07MANAMA983');
    assert.equal(subject(c983), 'BAHRAIN: DESIGNATIONS OF IRANIAN ENTITIES AND INDIVIDUALS UNDER U.S. EXECUTIVE ORDERS');
    assert.deepEqual(references(c983), ['STATE 148605']);
    const c442 = cable('08MANAMA442');
    assert.equal(subject(c442), 'GOB SUSPENDS CHARGES AGAINST SIX ARRESTED FOR SECTARIAN WEB POSTINGS');
    assert.deepEqual(references(c442), ['A. MANAMA 420', 'B. MANAMA 430']);
    assert.deepEqual(classifiedBy(c442), ['DCM Christopher Henzel', '1.4', 'bd']);
    assert.equal(subject(cable('07MANAMA1089')), 'CENTRAL BANK GOVERNOR UNDERSCORES COMMITMENT TO DOLLAR REMAINS FIRM');
  });

  it('reads a page marker run into the front matter as a section break, and goes on after it', () => {
    const c371 = cable('09TRIPOLI371');
    assert.deepEqual(classifiedBy(c371), ['Gene A. Cretz, Ambassador', '1.4', 'bd']);
    assert.deepEqual(
      c371.sections.map((s) => [s.origin.value, s.serial.value, s.section.value, s.part]),
      [['TRIPOLI', 371, 1, 2]],
    );
    const c1053 = cable('07TRIPOLI1053');
    assert.deepEqual(references(c1053), ['TRIPOLI 1023']);
    assert.equal(classifiedBy(c1053)?.[1], '1.4');
  });

  it('finds Classified By glued to the subject, and its name glued to `By`', () => {
    const c3126 = cable('07CAIRO3126');
    assert.equal(subject(c3126), 'SCENESETTER FOR AMBASSADOR CROCKER’S VISIT TO CAIRO');
    assert.deepEqual(classifiedBy(c3126), ['DEPUTY CHIEF OF MISSION STUART JONES', '1.4', 'bd']);
    assert.equal(classifiedBy(cable('09CAIRO1571'))?.[0], 'Minister Counselor for Economic and Political Affairs Donald A. Blome');
  });

  it('finds Classified By run onto a line between the front matter and paragraph 1', () => {
    // `BOGOTA 12512 Classified By: …` after a subject broken by blank lines; `MEETING REF: … CLASSIFIED BY: …`.
    assert.deepEqual(classifiedBy(cable('04BOGOTA12829')), ['Ambassador William B. Wood', '1.4', 'bd']);
    assert.deepEqual(classifiedBy(cable('10CAIRO139')), ['Matthew Tueller, DCM, DOS, Embassy Cairo', '1.4', 'bd']);
  });

  it('reads `CLASSIFIED` left at the end of the subject, then `BY: … REASON: 1.4` after a blank line, and the summary run onto it', () => {
    const c = cable('10TRIPOLI100');
    assert.deepEqual(classifiedBy(c), ['Gene A. Cretz, Ambassador, U.S. Embassy Tripoli', '1.4', 'bd']);
    assert.deepEqual(c.blocks.map((b) => [b.kind, b.range.start.line]), [['summary', 19]]);
  });

  it('finds Classified By after `1. CONFIDENTIAL - ENTIRE TEXT.` in paragraph 1', () => {
    // In neither the corpus nor the unseen folder: 90CAPETOWN97 with a Classified By written there.
    const text = readCorpusCable('90CAPETOWN97').replace('¶1.  CONFIDENTIAL - ENTIRE TEXT. ', '¶1.  CONFIDENTIAL - ENTIRE TEXT. CLASSIFIED BY AMBASSADOR W. SWING. REASON: 1.5 (D).');
    assert.deepEqual(classifiedBy(parseCable(text)), ['AMBASSADOR W. SWING', '1.5', 'd']);
  });

  it('takes the subject from below an empty SUBJECT: and a blank line', () => {
    assert.equal(subject(cable('09CAIRO1787')), 'EGIS CHIEF SOLIMAN AND U.S. AFRICA COMMAND DISCUSS SUDAN AND SOMALIA');
    assert.equal(subject(cable('09CAIRO1945')), 'Cooperation and Coordination Busts Fraud Ring');
  });
});

describe('parser: REF in its written forms', () => {
  it('reads REF labels in any case, with a colon', () => {
    assert.deepEqual(references(cable('08REYKJAVIK28')), ['A. Copenhagen 38', 'B. Evans-Wheeler emails 11/29/07', 'C. 07 Reykjavik 313', 'D. Copenhagen 50']);
    assert.deepEqual(references(cable('07REYKJAVIK313')), ['Reykjavik 203']);
    assert.equal(parseCable('UNCLAS STATE 000001\n\nSUBJECT: X\n\nReference is made to the talks.\n\n1. (U) Text.\n').references, null, 'a sentence is no REF line');
  });

  it('continues a REF block after a blank line with what finishes an item broken there', () => {
    assert.deepEqual(references(cable('06REYKJAVIK51')), ['A. STATE 19851', 'B. 05 Reykjavik 415', 'C. 05 Reykjavik 431']);
    assert.deepEqual(references(cable('05MADRID4026'))?.at(-1), 'C. SECSTATE 36633');
  });

  it('splits items written (A)STATE, separated by semicolons, or lettered in lower case', () => {
    // Its second item is lettered B twice: `(A)STATE 118258, (B)STATE 146306, (B)STATE 178055`.
    assert.deepEqual(references(cable('07REYKJAVIK256')), ['A. STATE 118258', 'B. STATE 146306, (B)STATE 178055']);
    assert.deepEqual(references(cable('07REYKJAVIK82')), ['STATE 37005', 'STATE 36991']);
    assert.deepEqual(references(cable('07REYKJAVIK346')), ['A. Reykjavik 336', 'B. Reykjavik 335']);
  });
});

describe('parser: Classified By reasons in their written forms', () => {
  const reasons = (c: Cable) => classifiedBy(c)?.slice(1);
  it('reads `1. 4`, a reason word broken over two lines, a reason after a blank line', () => {
    assert.deepEqual(reasons(cable('08MANAMA496')), ['1.4', 'bd']);
    assert.deepEqual(reasons(cable('08MADRID580')), ['1.4', 'bd']);
    assert.deepEqual(reasons(cable('08TRIPOLI455')), ['1.4', 'bcd']);
    assert.deepEqual(classifiedBy(cable('09TRIPOLI260')), ['Gene A. Cretz, Ambassador, Embassy Tripoli, Department of State', '1.4', 'bd']);
    assert.deepEqual(reasons(cable('09MADRID1003')), ['1.4', 'bd'], '`for reason s 1.4`');
  });

  it('reads letters written (B/D) and (b+d), and Reason(s):', () => {
    assert.deepEqual(reasons(parseCable(readCorpusCable('04TAIPEI3095'))), ['1.4', 'bd']);
    assert.deepEqual(reasons(parseCable(readCorpusCable('10MAPUTO80'))), ['1.4', 'bd']);
    const text = readCorpusCable('04TAIPEI3095').replace('REASONS 1.4 (B/D)', 'Reason(s): 1.4 (B/D)');
    assert.deepEqual(reasons(parseCable(text)), ['1.4', 'bd']);
  });
});

describe('parser: E.O. and TAGS run on, glued, wrapped or in lower case', () => {
  it('reads an E.O. line glued to the end of a passing line', () => {
    const c544 = cable('09CAIRO544');
    assert.equal(c544.passing[0].value, 'FOR NEA/ELA AND DRL/NESCA NSC FOR PASCUAL AND KUCHTA-HELBLING LONDON FOR SREEBNY');
    assert.equal(c544.executiveOrder?.declassify?.date?.value, '2029-03-29');
  });

  it('reads TAGS glued to the DECL date, and TAGS after an E.O. marking wrapped onto the next line', () => {
    const c680 = cable('09MANAMA680');
    assert.equal(c680.executiveOrder?.declassify?.date?.value, '2019-12-02');
    assert.deepEqual(c680.tags?.tags.map((t) => t.value), ['OVIP', 'PGOV', 'PREL', 'KDEM', 'MARR', 'BA']);
    assert.deepEqual(cable('10TRIPOLI167').tags?.tags.map((t) => t.value), ['PREL', 'MARR', 'MCAP', 'MNUC', 'PARM', 'LY']);
  });

  it('reads E.O. and TAGS run onto a passing line after a line of prose (a cancelled cable)', () => {
    const c1639 = cable('09CAIRO1639');
    assert.equal(c1639.executiveOrder?.declassify?.marking?.value, 'N/A');
    assert.equal(c1639.tags?.tags.length, 9);
  });

  it('reads the lower-case labels `E.o. 12958: decl:` and `tags:`', () => {
    // In neither the corpus nor the unseen folder: 06NEWDELHI5238 with its labels written so.
    const text = readCorpusCable('06NEWDELHI5238').replace('E.O. 12958: DECL: 07/26/2016', 'E.o. 12958: decl: 07/26/2016').replace('TAGS: PGOV', 'tags: PGOV');
    const c = parseCable(text);
    assert.equal(c.executiveOrder?.declassify?.date?.value, '2016-07-26');
    assert.deepEqual(c.tags?.tags.map((t) => t.value), ['PGOV', 'PREL', 'IN', 'AF']);
  });
});

describe('parser: publishers\' prefixes and doubled texts', () => {
  it('reads the banner, E.O. and TAGS after a glued `Cable dated:` stamp, and dates the cable by it', () => {
    const c = parseCable(fs.readFileSync(path.join(fixturesDir, 'prefixes', '05CAIRO8938.txt'), 'utf8'));
    assert.equal(c.dateline?.value, '2005-11-29');
    assert.equal(c.banner?.reference?.serial.value, 8938);
    assert.deepEqual(c.captions.map((x) => x.value), ['SIPDIS']);
    assert.equal(c.executiveOrder?.declassify?.date?.value, '2015-11-28');
    assert.deepEqual(c.tags?.tags.map((t) => t.value), ['PTER', 'KCRM', 'PREL', 'EG', 'OVIP']);
  });

  it('takes what a truncated extract lacks from the full text the publisher put after it', () => {
    assert.deepEqual(classifiedBy(cable('09CAIRO290')), ['DCM Matt Tueller per', '1.4', 'bd']);
    const c897 = cable('08MADRID897');
    assert.equal(subject(c897), 'SPAIN FOLLOWS EU LEAD ON GEORGIA CRISIS');
    assert.deepEqual(c897.tags?.tags.map((t) => t.value), ['MOPS', 'PREL', 'PHUM', 'OSCE', 'UN', 'GG', 'RS', 'SP']);
  });
});
