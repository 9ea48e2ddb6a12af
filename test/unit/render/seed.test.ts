// The rendering of the seed cable (07KARACHI861), element by element: what the view shows a reader
// of each decoded part, read back from the HTML as a browser parses it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseCable } from '../../../server/src/parser';
import { renderCable } from '../../../server/src/render';
import { seedCable } from '../../helpers/paths';
import { all, attr, byClass, classes, one, parseHtml, text, type Node } from './dom';

describe('render: the seed cable', () => {
  const rendered = renderCable(parseCable(fs.readFileSync(seedCable, 'utf8')));
  const root: Node = parseHtml(rendered.html);
  const field = (label: string): string => {
    const found = byClass(root, 'field').filter((f) => text(all(f, (e) => e.tagName === 'dt')[0]) === label);
    assert.ok(found.length > 0, `no field labelled ${label}`);
    return found.map(text).join(' | ');
  };

  it('puts the banner at the top and the bottom in the level colour, with the level written out', () => {
    for (const where of ['banner-top', 'banner-bottom']) {
      const [banner] = byClass(root, where);
      assert.ok(classes(banner).includes('lvl-c'), `${where} is not in the CONFIDENTIAL colour`);
      assert.equal(text(byClass(banner, 'level')[0]), 'CONFIDENTIAL');
    }
    assert.equal(rendered.level, 'CONFIDENTIAL');
  });

  it('takes the SUBJECT as the title, with the cable id, the date in words, the post and the precedence', () => {
    assert.equal(text(all(root, (e) => e.tagName === 'h1')[0]), 'MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP');
    assert.equal(rendered.title, 'MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP');
    const facts = text(byClass(root, 'facts')[0]);
    assert.equal(facts, '07KARACHI861 Friday 14 December 2007, 06:26 UTC from AMCONSUL KARACHI PRIORITY SIPDIS');
  });

  it('decodes the routing card: precedence, relay stations, DE line, security line and DTG in words', () => {
    assert.match(field('Routing'), /PP RUEHLH RUEHPW PRIORITY relayed to: RUEHLH AMCONSUL LAHORE RUEHPW AMCONSUL PESHAWAR/);
    assert.match(field('Station (DE)'), /from RUEHKP AMCONSUL KARACHI, station serial 861, section 1, filed on day 348 \(14 December\), at 06:26 UTC/);
    assert.match(field('Security'), /ZNY CCCCC ZZH CONFIDENTIAL message: do not forward unencrypted .*; ZZH: from Department of State offices/);
    assert.match(field('Date-time group'), /P 140626Z DEC 07 PRIORITY Friday 14 December 2007, 06:26 UTC/);
    const [time] = all(byClass(root, 'routing')[0], (e) => e.tagName === 'time');
    assert.match(attr(time, 'datetime') ?? '', /^2007-12-14T06:26/);
    assert.equal(all(root, (e) => classes(e).includes('prec-priority')).length >= 3, true);
  });

  it('lists the TO and INFO addressees with precedence badges, serials and their indicators', () => {
    assert.match(field('To'), /SECSTATE WASHDC PRIORITY serial 0214 via RUEHC/);
    const info = field('Info');
    for (const post of ['AMEMBASSY ISLAMABAD serial 3831 via RUEHIL', 'AMEMBASSY LONDON serial 0207', 'AMCONSUL LAHORE serial 2420', 'AMCONSUL PESHAWAR serial 4294']) {
      assert.ok(info.includes(post), `INFO lacks ${post}: ${info}`);
    }
  });

  it('reads the classification line, the captions, the E.O. line and its declassification in words', () => {
    assert.match(field('Classification'), /CONFIDENTIAL; section 1 of 2; message reference KARACHI 861: cable 07KARACHI861/);
    assert.match(field('Caption'), /SIPDIS SIPRNet distribution/);
    assert.ok(byClass(root, 'caption').length >= 2, 'captions are badges');
    assert.match(field('E.O.'), /E\.O\. 12958 as amended by E\.O\. 13292: Classified National Security Information.*Declassify on Thursday 14 December 2017\./);
  });

  it('shows each TAGS code as a chip with its meaning', () => {
    assert.deepEqual(byClass(root, 'chip').map(text), [
      'PGOV Internal Governmental Affairs',
      'PINR Intelligence',
      'PREL Political Affairs--External Political Relations',
      'PK Pakistan',
    ]);
  });

  it('decodes Classified By: the authority and each reason', () => {
    const classifiedBy = field('Classified by');
    assert.match(classifiedBy, /By Kay Anske, Consul General\./);
    assert.match(classifiedBy, /1\.4 \(c\): intelligence activities, sources, or methods, or cryptology/);
    assert.match(classifiedBy, /1\.4 \(d\): foreign relations or foreign activities of the United States/);
  });

  it('renders the nine paragraphs with their portion marks coloured by level and named', () => {
    const paragraphs = byClass(root, 'para');
    assert.equal(paragraphs.length, 9);
    const marks = byClass(root, 'pm').map((m) => `${text(m)} ${classes(m).find((c) => c.startsWith('lvl-'))} ${attr(m, 'title')}`);
    assert.deepEqual(marks, [
      '(C) lvl-c Portion mark: CONFIDENTIAL',
      '(U) lvl-u Portion mark: UNCLASSIFIED',
      '(SBU) lvl-u Portion mark: UNCLASSIFIED',
      '(C) lvl-c Portion mark: CONFIDENTIAL',
      '(C) lvl-c Portion mark: CONFIDENTIAL',
      '(C) lvl-c Portion mark: CONFIDENTIAL',
      '(SBU) lvl-u Portion mark: UNCLASSIFIED',
      '(SBU) lvl-u Portion mark: UNCLASSIFIED',
      '(C) lvl-c Portion mark: CONFIDENTIAL',
    ]);
    assert.deepEqual(byClass(root, 'num').map(text), ['¶1.', '¶2.', '¶3.', '¶4.', '¶5.', '¶6.', '¶7.', '¶8.', '¶9.']);
  });

  it('sets the SUMMARY and the COMMENT apart, marks the section break, and ends with the signature', () => {
    const [summary] = byClass(root, 'block-summary');
    assert.match(text(summary), /^Summary ¶1\. \(C\) SUMMARY: Muttahida .* END SUMMARY\.$/);
    const [comment] = byClass(root, 'block-comment');
    assert.match(text(comment), /^Comment ¶9\. \(C\) COMMENT: The leaders/);
    assert.equal(one(root, 'break', /KARACHI/), 'KARACHI 00000861 002 OF 002 Continuation: section 2 of 2 of KARACHI 861 begins.');
    assert.equal(text(byClass(root, 'signature')[0]), 'ANSKE');
  });

  it('gives every block its source lines, in order, for scroll sync', () => {
    const lines = all(root, (e) => attr(e, 'data-line') !== undefined).map((e) => Number(attr(e, 'data-line')));
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'data-line values are in document order');
    assert.ok(lines.includes(27), 'paragraph 1 (line 28) has a block');
    for (const block of rendered.blocks) assert.ok(block.endLine >= block.line);
    assert.equal(new Set(rendered.blocks.map((b) => b.id)).size, rendered.blocks.length);
  });
});
