// Cable detection from the first non-blank lines (parser/detect.ts), as the editor and the folder walk
// of `cable lint` use it: every real cable of the corpus, whatever its publisher put before it, and no
// note that merely quotes cable lines.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beginsLikeCable, leadingLines } from '../../../server/src/parser/detect';
import { corpusDir, corpusFiles, fixturesDir, readCorpusCable, readFixture, repoRoot, seedCable } from '../../helpers/paths';

const prefixes = path.join(fixturesDir, 'prefixes');

describe('cable detection', () => {
  it('detects every corpus cable, the variants and the seed (which begins with blank lines)', () => {
    const variants = path.join(repoRoot, 'test', 'corpus', 'variants');
    const files = [...corpusFiles().map((f) => path.join(corpusDir, f)), ...fs.readdirSync(variants).filter((f) => f.endsWith('.txt')).map((f) => path.join(variants, f)), seedCable];
    assert.ok(files.length >= 274);
    assert.deepEqual(files.filter((f) => !beginsLikeCable(fs.readFileSync(f, 'utf8'))).map((f) => path.basename(f)), []);
    assert.match(fs.readFileSync(seedCable, 'utf8'), /^\s*\n\s*\nVZCZC/);
  });

  it('looks past what publishers put first: notices, codes, stamps, exports, e-mail headers', () => {
    const examples: Record<string, RegExp> = {
      // In the corpus: a publisher's code line, a notice glued to the banner, State's database export.
      '09MADRID673': /^TED3146\n/,
      '02HARARE1001': /^This record is a partial extract of the original cable\. The full text of the original cable is not available\.UNCLAS HARARE 001001/,
      '03ABUDHABI2641': /^null\nDiana T Fritz {2}03\/21\/2007 05:47:09 PM {2}From {2}DB\/Inbox:/,
    };
    for (const [id, opening] of Object.entries(examples)) {
      const text = readCorpusCable(id);
      assert.match(text, opening, id);
      assert.ok(beginsLikeCable(text), id);
    }
    // Copied from an unseen folder of real cables (test/fixtures/README.md).
    const copied: Record<string, RegExp> = {
      '05CAIRO8938': /\nCable dated:2005-11-29T14:19:00C O N F I D E N T I A L CAIRO 008938SIPDIS/,
      '08TRIPOLI453': /^TelegramC O N F I D E N T I A L {3}TRIPOLI {3}00000453/,
      '07TRIPOLI641': /^TelegramRestricted by caption\. UNCLASSIFIED/,
      '04BOGOTA3619': /\n070028Z Apr 04\nid: 15777\ndate: 4\/7\/2004 0:28\nrefid: 04BOGOTA3619\n/,
      '05BOGOTA1775': /\n27613,2\/24\/2005 16:09,05BOGOTA1775,/,
      '04BOGOTA11339': /\n22350\t2004-11-02 18:31:00\t04BOGOTA11339\t/,
      '08TRIPOLI540': /^TRIPOLI 00000540 P CO 08-JUL-08 CHEVRON MAY QUIT LIBYA \[7759727\]From: CBPC, /,
      '09TRIPOLI63': /^From: CBPC, EACTAPP\nSent: /,
    };
    for (const [id, opening] of Object.entries(copied)) {
      const text = fs.readFileSync(path.join(prefixes, `${id}.txt`), 'utf8');
      assert.match(text, opening, id);
      assert.ok(beginsLikeCable(text), id);
    }
  });

  it('takes no note, document or e-mail that quotes a header, a banner or an E.O. line for a cable', () => {
    const notes = [
      readFixture('not-a-cable.txt'),
      readFixture('README.md'),
      fs.readFileSync(path.join(repoRoot, 'test', 'corpus', 'IRREGULARITIES.md'), 'utf8'),
      fs.readFileSync(path.join(repoRoot, 'test', 'corpus', 'README.md'), 'utf8'),
      'From: me\nTo: you\nSubject: the cable\n\nHere is the cable I mentioned:\nVZCZCXRO1595\nPP RUEHLH\n',
      'Subject: Re: cables\n\nE.O. 12958 applies to them.\n',
      'SECRET\n\nMy notes on the meeting.\n',
      'UNCLASSIFIED\n\nThis note is unclassified.\n',
      'TO DO: read the cables\n',
      'null\n',
      '\n\n\n',
      '',
    ];
    for (const note of notes) assert.equal(beginsLikeCable(note), false, JSON.stringify(note.slice(0, 60)));
  });

  it('reads the same from a text as from its lines, whatever the line ends and a byte-order mark', () => {
    const seed = fs.readFileSync(seedCable, 'utf8');
    for (const text of [seed, seed.replace(/\n/g, '\r\n'), seed.replace(/\n/g, '\r'), `\ufeff${seed}`]) {
      assert.equal(beginsLikeCable(text), true);
      assert.equal(beginsLikeCable(text.split(/\r\n|\r|\n/)), true);
    }
    assert.deepEqual(leadingLines('a\r\nb\rc\nd', 3), ['a', 'b', 'c']);
    assert.equal(leadingLines(`${'x'.repeat(1000)}\n`.repeat(1000)).length, 40, 'no more lines than it looks at');
  });
});
