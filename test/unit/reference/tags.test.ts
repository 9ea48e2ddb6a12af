import assert from 'node:assert/strict';
import { listTags, lookupTag, referenceTables, unloadReferenceTables } from '../../../server/src/reference';
import { rawRows } from './dataFiles';

describe('TAGS', () => {
  it('lists every code once', () => {
    const codes = rawRows('tags.tsv').map((row) => row.code);
    assert.equal(new Set(codes).size, codes.length);
  });

  it('decodes subject and program TAGS with their source', () => {
    const pgov = lookupTag('PGOV');
    assert.equal(pgov.kind, 'subject');
    assert.equal(pgov.meaning, 'Internal Governmental Affairs');
    assert.equal(pgov.source, '5FAH-3-H-111(2020)');
    assert.deepEqual(
      pgov.otherMeanings.map((other) => other.source),
      ['WikiLeaks-PlusD', 'TAGS-1974-handbook'],
    );
    assert.equal(pgov.eraNote, null);
    const kpao = lookupTag('kpao');
    assert.equal(kpao.kind, 'program');
    assert.equal(kpao.meaning, 'Public Affairs Office');
  });

  it('reads two-letter codes of cables up to 2010 as FIPS 10-4', () => {
    const pk = lookupTag('PK', 2007);
    assert.equal(pk.kind, 'geographic');
    assert.equal(pk.meaning, 'Pakistan');
    const china = lookupTag('CH', 2007);
    assert.equal(china.meaning, 'China');
    assert.equal(china.list, 'fips');
    assert.match(china.eraNote ?? '', /FIPS 10-4/);
    assert.match(china.eraNote ?? '', /2024 list .* reads CH as Switzerland/);
    const switzerland = lookupTag('SZ');
    assert.equal(switzerland.meaning, 'Switzerland');
    assert.match(switzerland.eraNote ?? '', /reads SZ as Swaziland/);
  });

  it('reads two-letter codes with the 2024 list from 2024 on, keeping the FIPS reading', () => {
    const switzerland = lookupTag('CH', 2024);
    assert.equal(switzerland.meaning, 'Switzerland');
    assert.equal(switzerland.list, '2024');
    assert.ok(switzerland.otherMeanings.some((other) => other.text === 'China'));
  });

  it('says what a code read with the 2024 list meant in cables up to 2010', () => {
    assert.match(lookupTag('CH', 2024).eraNote ?? '', /up to 2010 CH is the FIPS 10-4 code for China/);
    const kosovo = lookupTag('XK', 2025);
    assert.equal(kosovo.kind, 'geographic');
    assert.match(kosovo.eraNote ?? '', /up to 2010 XK is the 1974 region code for Central America/);
    const germany = lookupTag('DE', 2025);
    assert.equal(germany.meaning, 'Germany');
    assert.match(germany.eraNote ?? '', /up to 2010 DE is not a FIPS 10-4 code/);
  });

  it('says when the era of a cable between the lists is not known', () => {
    assert.match(lookupTag('CH', 2015).eraNote ?? '', /do not say which list was in force in 2015/);
    assert.equal(lookupTag('CH', 2015).meaning, 'China');
  });

  it('does not mix the 2024 reading into a code the FIPS list agrees with', () => {
    const pakistan = lookupTag('PK', 2007);
    assert.ok(pakistan.otherMeanings.every((other) => !other.source.includes('H-414')));
    assert.doesNotMatch(pakistan.eraNote ?? '', /2024/);
  });

  it('flags an ISO-looking code of another era without giving it a meaning', () => {
    const germany = lookupTag('DE', 2008);
    assert.equal(germany.listed, false);
    assert.equal(germany.kind, 'geographic');
    assert.equal(germany.meaning, null);
    assert.match(germany.eraNote ?? '', /2024 list .* reads DE as Germany/);
  });

  it('gives an unknown code a kind from its shape and no meaning', () => {
    for (const [code, kind] of [
      ['QQQQ', 'organization'],
      ['PXYZ', 'subject'],
      ['KXYZ', 'program'],
      ['CLINTON, HILLARY', 'person'],
      ['9-X', 'unknown'],
    ] as const) {
      const info = lookupTag(code);
      assert.equal(info.kind, kind, code);
      assert.equal(info.listed, false);
      assert.equal(info.kindCertain, false);
      assert.equal(info.meaning, null);
      assert.equal(info.source, null);
      assert.deepEqual(info.otherMeanings, []);
    }
  });

  it('keeps listed codes without a sourced meaning meaningless', () => {
    const pter = lookupTag('PTER');
    assert.equal(pter.listed, true);
    assert.equal(pter.kind, 'subject');
    assert.equal(pter.meaning, null);
    assert.equal(pter.source, 'list:cablemap-subject-tags');
    assert.match(pter.notes ?? '', /No sourced definition/);
    const of = lookupTag('OF');
    assert.equal(of.kind, 'artifact');
  });

  it('marks the kinds the list only guesses', () => {
    const ru = lookupTag('RU', 2009);
    assert.equal(ru.kind, 'geographic');
    assert.equal(ru.kindCertain, false);
    assert.equal(ru.meaning, null);
  });

  it('tells 1974 region codes from 2024 ones', () => {
    assert.equal(lookupTag('XK', 2008).meaning, 'Central America');
    assert.match(lookupTag('XK', 2008).eraNote ?? '', /1974/);
    const africa = lookupTag('1A', 2008);
    assert.equal(africa.kind, 'region');
    assert.equal(africa.list, '2024');
    assert.match(africa.eraNote ?? '', /cables up to 2010 use the 1974 region codes/);
  });

  it('lists codes by kind, leaving the 2024 regions out of cables up to 2010', () => {
    const all = listTags();
    const regions2008 = listTags({ kind: 'region', year: 2008 });
    assert.ok(regions2008.length > 0);
    assert.ok(regions2008.every((tag) => tag.kind === 'region' && tag.list === '1974'));
    assert.ok(listTags({ kind: 'region', year: 2024 }).some((tag) => tag.code === '1A'));
    assert.equal(
      listTags({ kind: 'subject' }).length,
      all.filter((tag) => tag.kind === 'subject').length,
    );
  });

  it('reads only the TAGS tables for a TAGS lookup', () => {
    unloadReferenceTables();
    lookupTag('PGOV');
    assert.deepEqual(
      referenceTables().filter((table) => table.loaded).map((table) => table.file),
      ['tags.tsv'],
    );
    lookupTag('CH');
    assert.deepEqual(
      referenceTables().filter((table) => table.loaded).map((table) => table.file).sort(),
      ['geo-tags-2024.tsv', 'tags.tsv'],
    );
  });
});
