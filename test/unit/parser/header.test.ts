// The transmission header (§2): values and exact ranges of every format line.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseCable } from '../../../server/src/parser';
import { readCorpusCable, readFixture, seedCable } from '../../helpers/paths';
import { at, textOf } from './helpers';
import { defined } from '../../helpers/defined';

describe('parser: transmission header', () => {
  const seed = parseCable(fs.readFileSync(seedCable, 'utf8'));
  const h = defined(seed.header);

  it('reads FL1 to FL5 of the seed cable with their parts', () => {
    assert.equal(at(h.range), '2:0-12:29');
    assert.deepEqual([h.transmission?.channel?.text, h.transmission?.serial?.text], ['XRO', '1595']);
    assert.equal(h.routing?.prosign.value, 'PRIORITY');
    assert.deepEqual(h.routing?.indicators.map((s) => s.text), ['RUEHLH', 'RUEHPW']);
    const de = defined(h.station);
    assert.deepEqual([de.indicator?.text, de.serial?.value, de.section?.value, de.julianDay?.value, de.time?.text], ['RUEHKP', 861, 1, 348, '0626']);
    assert.equal(at(de.julianDay?.range), '4:19-4:22');
    assert.deepEqual([h.security?.prefix.text, h.security?.warning.text, h.security?.level], ['ZNY', 'CCCCC', 'CONFIDENTIAL']);
    assert.deepEqual(h.security?.signals.map((s) => s.text), ['ZZH']);
    const dtg = defined(h.dateTime?.dtg);
    assert.equal(dtg.iso, '2007-12-14T06:26:00Z');
    assert.equal(textOf(seed, dtg.range), '140626Z DEC 07');
    assert.equal(textOf(seed, dtg.time.range), '0626Z');
  });

  it('splits each addressee into routing indicator, address, precedence and serial', () => {
    assert.equal(h.from?.items[0].address.text, 'AMCONSUL KARACHI');
    const to = defined(h.to?.items[0]);
    assert.deepEqual([to.routingIndicator?.text, to.address.text, to.precedence?.value, to.serial?.text], ['RUEHC', 'SECSTATE WASHDC', 'PRIORITY', '0214']);
    assert.equal(at(to.address.range), '8:9-8:24');
    assert.deepEqual(h.info?.items.map((i) => `${i.routingIndicator?.text}/${i.address.text} ${i.serial?.text}`), [
      'RUEHIL/AMEMBASSY ISLAMABAD 3831',
      'RUEHLO/AMEMBASSY LONDON 0207',
      'RUEHLH/AMCONSUL LAHORE 2420',
      'RUEHPW/AMCONSUL PESHAWAR 4294',
    ]);
    assert.equal(at(h.info?.range), '9:0-12:29');
  });

  it('reads dual precedences and trailing operating signals on the DTG line', () => {
    const c = parseCable(readCorpusCable('07ACCRA2590'));
    const line = defined(c.header?.dateTime);
    assert.deepEqual(line.precedences.map((p) => p.value), ['IMMEDIATE']);
    assert.deepEqual(line.signals.map((s) => s.text), ['ZDK']);
    assert.equal(line.rest?.text, 'DUE TO SERVICES ZDK');
    const dual = defined(parseCable(readCorpusCable('10STATE284')).header?.dateTime);
    assert.deepEqual(dual.precedences.map((p) => p.text), ['P', 'R']);
  });

  it('continues FL2 routing indicators over several lines up to the DE line', () => {
    const c = parseCable(readCorpusCable('09STATE119085'));
    assert.equal(c.header?.routing?.indicators.length, 53);
    assert.equal(at(c.header?.routing?.range), '2:0-7:43');
    // The banner copy before the header is preamble; the real banner follows the header.
    assert.equal(at(c.preamble), '0:0-0:30');
    assert.equal(c.banner?.range.start.line, 20);
  });

  it('reads State printout headers without routing indicators, and ZEN/ items', () => {
    const c = parseCable(readCorpusCable('00HARARE5461'));
    assert.equal(c.header?.printout.length, 10);
    assert.equal(c.header?.to?.items[0].routingIndicator, null);
    assert.deepEqual(c.header?.info?.items.map((i) => i.address.text), ['NSC WASHDC', 'SOUTHERN AFRICAN DEVELOPMENT COMMUNITY']);
    const beijing = parseCable(readCorpusCable('03BEIJING13289'));
    const zen = defined(beijing.header?.info?.items.find((i) => i.zen));
    assert.equal(zen.address.text, 'AMCONSUL CHENGDU');
    assert.equal(beijing.header?.transmission, null, 'DTG-first header');
  });

  it('accepts a serial written before the precedence, and glued text', () => {
    const c = parseCable('VZCZCXRO0001\nPP RUEHC\nDE RUEHLO #8778 1231200\nZNY CCCCC ZZH\nP 031200Z MAY 08\nFM AMEMBASSY LONDON\nTO RUEHC/SECSTATE WASHDC 8778 PRIORITY\nINFO RUEHPW/AMCONSUL PESHAWAR0000\n');
    const to = defined(c.header?.to?.items[0]);
    assert.deepEqual([to.address.text, to.serial?.text, to.precedence?.value], ['SECSTATE WASHDC', '8778', 'PRIORITY']);
    assert.equal(c.header?.info?.items[0].address.text, 'AMCONSUL PESHAWAR0000');
  });

  it('gives an invalid date-time group a null ISO date but keeps its parts', () => {
    const c = parseCable('P 311299Z FEB 07\nFM AMEMBASSY X\n');
    const dtg = defined(c.header?.dateTime?.dtg);
    assert.equal(dtg.iso, null);
    assert.deepEqual([dtg.day.value, dtg.hour, dtg.minute, dtg.month.value, dtg.year.value], [31, 12, 99, 2, 2007]);
  });

  it("ends the addressees at a line that is none: a mirror's metadata, a bare reference id, a repeated header", () => {
    // From the unseen folder (test/fixtures/workspace): `id: 57696`, `date:`, `refid:` … `header:`,
    // then the header again from VZCZCXYZ0000; and a DTG line after `destination: 02BOGOTA3101`.
    const workspace = (id: string) => parseCable(readFixture(`workspace/${id}.txt`));
    const c2554 = workspace('06BOGOTA2554');
    assert.deepEqual(c2554.header?.info?.items.map((i) => i.address.text), ['AMEMBASSY BRASILIA', 'AMEMBASSY CARACAS', 'AMEMBASSY LA PAZ MAR', 'AMEMBASSY LIMA', 'AMEMBASSY QUITO', 'CIA WASHDC']);
    assert.equal(c2554.banner?.reference?.serial.value, 2554);
    const c3281 = workspace('02BOGOTA3281');
    assert.equal(c3281.header?.info?.items.at(-1)?.address.text, 'USCINCSO MIAMI FL');
    assert.equal(c3281.header?.info?.items.length, 10);
    const bare = parseCable('P 031200Z MAY 08\nFM AMEMBASSY LONDON\nTO RUEHC/SECSTATE WASHDC 8778\nINFO RUEHPW/AMCONSUL PESHAWAR 0001\n08LONDON1234\nRUEHBUL/AMEMBASSY KABUL 0002\n');
    assert.deepEqual(bare.header?.info?.items.map((i) => i.address.text), ['AMCONSUL PESHAWAR']);
  });
});
