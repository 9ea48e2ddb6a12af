import assert from 'node:assert/strict';
import {
  executiveOrderInForce,
  lookupClassificationReason,
  lookupExecutiveOrder,
} from '../../../server/src/reference';
import { rawRows } from './dataFiles';

describe('executive orders and classification reasons', () => {
  it('has one wording per order version, section and letter', () => {
    const keys = rawRows('classification-reasons.tsv').map((row) => `${row.order_id} ${row.section}(${row.letter})`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('gives §1.5 (a)–(g) before 25 March 2003 and §1.4 (a)–(h) after', () => {
    const letters = (orderId: string) =>
      rawRows('classification-reasons.tsv').filter((row) => row.order_id === orderId).map((row) => row.letter).join('');
    assert.equal(letters('12958'), 'abcdefg');
    assert.equal(letters('12958/13292'), 'abcdefgh');
    assert.equal(letters('13526'), 'abcdefgh');
  });

  it('reads 1.5(b) in a 1999 cable', () => {
    const found = lookupClassificationReason('1.5', 'b', { order: '12958', date: '1999-06-01' });
    assert.equal(found.reason?.text, 'foreign government information');
    assert.equal(found.reason?.source, 'EO12958 §1.5');
    assert.equal(found.version?.id, '12958');
    assert.equal(found.sectionInForce, '1.5');
  });

  it('reads 1.4(b) in a 2007 cable with the wording of E.O. 12958 as amended', () => {
    const found = lookupClassificationReason('1.4', 'B', { order: '12958', date: '2007-12-14' });
    assert.equal(found.reason?.text, 'foreign government information');
    assert.equal(found.version?.id, '12958/13292');
    assert.equal(found.sectionInForce, '1.4');
  });

  it('words 1.4(c) by era', () => {
    assert.equal(
      lookupClassificationReason('1.4', 'c', { date: '2007-12-14' }).reason?.text,
      'intelligence activities, sources, or methods, or cryptology',
    );
    assert.equal(
      lookupClassificationReason('1.4', 'c', { date: '2010-02-01' }).reason?.text,
      'intelligence activities (including covert action), intelligence sources or methods, or cryptology',
    );
    assert.equal(
      lookupClassificationReason('1.5', 'c', { date: '2001-02-01' }).reason?.text,
      'intelligence activities (including special activities), intelligence sources or methods, or cryptology',
    );
  });

  it('has no 1.5(h)', () => {
    const found = lookupClassificationReason('1.5', 'h', { date: '1999-06-01' });
    assert.equal(found.reason, null);
    assert.equal(found.version?.id, '12958');
    assert.notEqual(lookupClassificationReason('1.4', 'h', { date: '2007-06-01' }).reason, null);
  });

  it('words a section cited out of its era and tells the era’s section', () => {
    const late = lookupClassificationReason('1.5', 'd', { order: '12958', date: '2007-06-01' });
    assert.equal(late.version?.id, '12958');
    assert.match(late.reason?.text ?? '', /^foreign relations/);
    assert.equal(late.versionInForce?.id, '12958/13292');
    assert.equal(late.sectionInForce, '1.4');
    const early = lookupClassificationReason('1.4', 'd', { date: '2001-06-01' });
    assert.equal(early.version?.id, '12958/13292');
    assert.equal(early.sectionInForce, '1.5');
  });

  it('uses the Cablegate-era wording of §1.4 when the date is unknown', () => {
    assert.equal(lookupClassificationReason('1.4', 'h').version?.id, '12958/13292');
    assert.equal(lookupClassificationReason('1.4', 'h', { order: '13526' }).version?.id, '13526');
  });

  it('picks the order version in force at a date', () => {
    assert.equal(executiveOrderInForce('1975-01-01')?.id, '11652');
    assert.equal(executiveOrderInForce('1985-01-01')?.id, '12356');
    assert.equal(executiveOrderInForce('2003-03-24')?.id, '12958');
    assert.equal(executiveOrderInForce('2003-03-25')?.id, '12958/13292');
    assert.equal(executiveOrderInForce(new Date(Date.UTC(2010, 5, 1)))?.id, '13526');
    assert.equal(executiveOrderInForce('1960-01-01'), null);
    assert.equal(executiveOrderInForce('not a date'), null);
  });

  it('finds the version of the order written on the E.O. line', () => {
    assert.equal(lookupExecutiveOrder('12958', '2007-01-01')?.id, '12958/13292');
    assert.equal(lookupExecutiveOrder('12958', '1998-01-01')?.id, '12958');
    assert.equal(lookupExecutiveOrder('12958')?.id, '12958');
    assert.equal(lookupExecutiveOrder('12958', '2011-01-01')?.id, '12958/13292');
    assert.equal(lookupExecutiveOrder('13292')?.id, '12958/13292');
    assert.equal(lookupExecutiveOrder('12598'), null);
  });
});
