// The rendering of a dozen corpus cables, chosen for what each exercises: an indicator and TAGS not
// in the lists, a dual precedence, portion marks with controls, REF items, cables without a header,
// a printout, a media-partner dateline, §1.5 reasons, a ZEN addressee.
import assert from 'node:assert/strict';
import { parseCable } from '../../../server/src/parser';
import { renderCable } from '../../../server/src/render';
import { readCorpusCable } from '../../helpers/paths';
import { all, attr, byClass, classes, parseHtml, text, type Node } from './dom';

function rendered(id: string) {
  const result = renderCable(parseCable(readCorpusCable(id)));
  return { result, root: parseHtml(result.html) };
}

/** The texts of the fields labelled `label`. */
function fields(root: Node, label: string): string[] {
  return byClass(root, 'field')
    .filter((f) => text(all(f, (e) => e.tagName === 'dt')[0]) === label)
    .map((f) => text(all(f, (e) => e.tagName === 'dd')[0]));
}

function field(root: Node, label: string): string {
  const found = fields(root, label);
  assert.ok(found.length > 0, `no field labelled ${label}`);
  return found.join(' | ');
}

function bannerLevel(root: Node): string {
  const [banner] = byClass(root, 'banner-top');
  return `${text(byClass(banner, 'level')[0])} ${classes(banner).find((c) => c.startsWith('lvl-'))}`;
}

describe('render: corpus cables', () => {
  it('06JERUSALEM4511: an indicator not in the lists is shown as written and marked unknown; UUUUU in words', () => {
    const { root } = rendered('06JERUSALEM4511');
    assert.equal(bannerLevel(root), 'UNCLASSIFIED lvl-u');
    assert.match(field(root, 'Routing'), /^OO RUEHWEB IMMEDIATE relayed to: RUEHWEB not in the reference lists$/);
    assert.ok(byClass(byClass(root, 'routing')[0], 'unknown').length >= 1);
    assert.match(field(root, 'Security'), /unclassified or off-line encrypted message/);
    assert.match(field(root, 'Caption'), /SENSITIVE SENSITIVE Sensitive But Unclassified \(SBU\)/);
  });

  it('09TRIPOLI475: a dual precedence reads as the action and the info precedence; SECRET in red', () => {
    const { root, result } = rendered('09TRIPOLI475');
    assert.equal(bannerLevel(root), 'SECRET lvl-s');
    assert.equal(result.level, 'SECRET');
    assert.match(field(root, 'Date-time group'), /^O P 161408Z JUN 09 action IMMEDIATE info PRIORITY Tuesday 16 June 2009, 14:08 UTC$/);
    assert.match(field(root, 'E.O.'), /Declassify on Sunday 16 June 2019\./);
  });

  it('09STATE106750: portion marks with controls keep their level; REF items without a year stay as written', () => {
    const { root } = rendered('09STATE106750');
    const marks = byClass(root, 'pm').map((m) => `${text(m)}=${attr(m, 'title')}`);
    assert.ok(marks.includes('(C/NF)=Portion mark: CONFIDENTIAL; NF: NOFORN: no foreign distribution'), marks.join());
    assert.ok(marks.includes('(U)=Portion mark: UNCLASSIFIED'), marks.join());
    assert.deepEqual(byClass(root, 'refs').flatMap((list) => all(list, (e) => e.tagName === 'li').map(text)), [
      'A MADRID 001205',
      'B MADRID 000071',
      'C MADRID 000360',
      'D MADRID 000375',
      'E MADRID 000552',
    ]);
    assert.match(field(root, 'Classified by'), /1\.4 \(c\): intelligence activities/);
  });

  it('03HALIFAX27: a TAGS token in no list is a chip marked unknown; no header, so no routing card', () => {
    const { root } = rendered('03HALIFAX27');
    const chip = byClass(root, 'chip').map(text).find((t) => t.startsWith('BORDER PATROL'));
    assert.equal(chip, 'BORDER PATROL not in the reference lists');
    assert.equal(byClass(root, 'routing').length, 0);
    assert.match(field(root, 'Caption'), /SENSITIVE BUT UNCLASSIFIED Sensitive But Unclassified \(SBU\)/);
  });

  it('04LAGOS1204: a REF item with a four-digit year names its cable; a DECL marking not in the lists is marked', () => {
    const { root } = rendered('04LAGOS1204');
    assert.ok(byClass(root, 'refs').some((list) => /F 2003 LAGOS 2434: cable 03LAGOS2434/.test(text(list))));
    assert.match(field(root, 'E.O.'), /Declassification X1: an event or a marking not in the reference lists\./);
    assert.equal(bannerLevel(root), 'SECRET lvl-s');
    assert.ok(byClass(root, 'pm').some((m) => text(m) === '(S/NF)' && classes(m).includes('lvl-s')));
  });

  it('03BEIJING13289: §1.5 reasons read in the order of the cable, and a ZEN addressee', () => {
    const { root } = rendered('03BEIJING13289');
    assert.match(field(root, 'Classified by'), /1\.5 \(b\)/);
    assert.ok(fields(root, 'Info').some((f) => /AMCONSUL CHENGDU \(ZEN: served by other means\)/.test(f)), fields(root, 'Info').join(' / '));
  });

  it('00HARARE6677: the partial-extract notice and the printout lines are shown as written', () => {
    const { root } = rendered('00HARARE6677');
    assert.match(text(byClass(root, 'preamble')[0]), /This record is a partial extract of the original cable/);
    assert.match(field(root, 'Printout'), /PAGE 01 HARARE 06677 01 OF 03 291400Z/);
  });

  it('02BRASILIA4227: a letter-spaced banner without header or subject still has banner, fields and paragraphs', () => {
    const { root, result } = rendered('02BRASILIA4227');
    assert.equal(bannerLevel(root), 'CONFIDENTIAL lvl-c');
    assert.equal(result.title, null);
    assert.equal(text(all(root, (e) => e.tagName === 'h1')[0]), 'Cable');
    assert.match(field(root, 'Classification'), /section 1 of 4; message reference BRASILIA 4227/);
    assert.match(field(root, 'Classified by'), /1\.5 \(d\): foreign relations/);
    assert.ok(byClass(root, 'para').length > 3);
  });

  it('01BEIJING11971: UNCLAS with E.O. N/A read as "not applicable", a TAGS code without a meaning', () => {
    const { root } = rendered('01BEIJING11971');
    assert.match(field(root, 'E.O.'), /Declassification N\/A: not applicable/);
    assert.deepEqual(byClass(root, 'chip').map(text), ['PTER subject TAGS; meaning not in the reference lists', 'CH China']);
  });

  it('06KABUL3934: routing indicators of three relay stations decoded', () => {
    const { root } = rendered('06KABUL3934');
    assert.match(field(root, 'Routing'), /RUEHDBU AMEMBASSY DUSHANBE RUEHIK AMCONSUL THESSALONIKI RUEHYG AMCONSUL YEKATERINBURG/);
    assert.match(field(root, 'Station (DE)'), /from RUEHBUL AMEMBASSY KABUL/);
  });

  it('09ABUDHABI862: the ACS distribution printout and a DTG-FM-TO header', () => {
    const { root } = rendered('09ABUDHABI862');
    assert.ok(fields(root, 'From').length === 1, 'an FM row');
    assert.ok(byClass(root, 'routing').length === 1);
    assert.ok(byClass(root, 'para').length > 0);
  });

  it('03ZAGREB470: printout page lines mark breaks; a letter-spaced caption reads as its caption', () => {
    const { root } = rendered('03ZAGREB470');
    const breaks = byClass(root, 'break').map(text);
    assert.ok(breaks.includes('PAGE 02 ZAGREB 00470 01 OF 03 052218Z Printout page: section 1 of 3, part 2 of ZAGREB 470 begins.'), breaks.join(' / '));
    assert.match(field(root, 'Caption'), /C O R R E C T E D COPY \(ADDING PRISTINA\) CORRECTED COPY re-issued \(corrected\) text/);
    assert.match(field(root, 'E.O.'), /Declassification 1\.6X6: 5 YEARS AFTER CLOSURE OF ICTY: an event or a marking not in the reference lists\./);
  });
});
