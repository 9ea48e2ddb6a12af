// The parser keeps its own small tables of codes so that parsing reads no reference table; each must
// say what the sourced tables of server/data say. A code added to one and not the other fails here.

import assert from 'node:assert/strict';
import { captions, letterSpaced } from '../../../server/src/parser/captions.json';
import { LETTERS, PROSIGNS, WARNINGS } from '../../../server/src/parser/header';
import { parseCable } from '../../../server/src/parser';
import { LEVEL_WORDS, LIMITED_OFFICIAL_USE, PORTION_LEVELS } from '../../../server/src/model/levels';
import { listCaptions, listPortionMarks, listPrecedences, listSecurityWarnings } from '../../../server/src/reference';

const sorted = (values: Iterable<string>) => [...values].sort();

describe('parser tables against the reference data', () => {
  it('reads the precedence prosigns and letters of precedence.tsv, and no others', () => {
    const prosigns = listPrecedences('prosign');
    const letters = listPrecedences('letter');
    assert.deepEqual(sorted(Object.keys(PROSIGNS)), sorted(prosigns.map((r) => r.code)));
    assert.deepEqual(sorted(Object.keys(LETTERS)), sorted(letters.map((r) => r.code)));
    for (const record of prosigns) assert.equal(PROSIGNS[record.code], record.precedence, record.code);
    for (const record of letters) assert.equal(LETTERS[record.code], record.precedence, record.code);
  });

  it('reads each warning group of security-warnings.tsv as the level it stands for', () => {
    const warnings = listSecurityWarnings('warning');
    const groups = warnings.map((r) => r.code.split(' ')[1]);
    assert.deepEqual(Object.keys(WARNINGS).filter((group) => !groups.includes(group)), []);
    for (const record of warnings) {
      const header = parseCable(`VZCZCXRO1595\nPP RUEHLH\nDE RUEHKP #0861/01 3480626\n${record.code} ZZH\nP 140626Z DEC 07\n`).header;
      assert.equal(header?.security?.level, record.level, record.code);
      assert.equal(header?.security?.efto, record.efto, record.code);
    }
  });

  it('reads each level mark of portion-marks.tsv as its level, and knows no abbreviation the table lacks but LOU', () => {
    const levels = listPortionMarks().filter((r) => r.kind === 'level');
    for (const record of levels) {
      const cable = parseCable(`1. (${record.code}) A paragraph.\n`);
      assert.equal(cable.paragraphs[0]?.mark?.level, record.level, record.code);
    }
    const listed = new Set(levels.map((r) => r.code));
    // LOU: Limited Official Use, a 1970s control (captions.tsv lists LIMITED OFFICIAL USE).
    const extra = Object.keys(PORTION_LEVELS).filter((code) => !listed.has(code) && !(code in LEVEL_WORDS));
    assert.deepEqual(extra, ['LOU']);
  });

  it('reads the captions of captions.tsv, each before any caption it begins with', () => {
    const listed = listCaptions().map((r) => r.code);
    // REL is read with its countries by a pattern, NOTAL only after a REF item, LIMITED OFFICIAL USE
    // beside the list (the grammar colours it as a banner); SPECAT is read, and captions.tsv does not
    // list it: the sources read give it no meaning as a caption.
    assert.deepEqual(sorted(listed.filter((code) => !captions.includes(code))), ['LIMITED OFFICIAL USE', 'NOTAL', 'REL']);
    assert.deepEqual(captions.filter((code) => !listed.includes(code)), ['SPECAT']);
    assert.ok(listed.includes(LIMITED_OFFICIAL_USE));
    assert.deepEqual(letterSpaced.filter((code) => !captions.includes(code)), []);
    captions.forEach((caption, index) =>
      assert.deepEqual(captions.slice(0, index).filter((earlier) => caption.startsWith(`${earlier} `)), [], `${caption} comes after a caption it begins with`),
    );
  });
});
