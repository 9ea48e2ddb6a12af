import assert from 'node:assert/strict';
import { splitRunTogetherTag, tagCorrection } from '../../../server/src/reference';
import { rawRows } from './dataFiles';

describe('TAGS corrections', () => {
  it('has one correction per token as written', () => {
    const written = rawRows('tag-fixes.tsv').map((row) => row.as_written);
    assert.equal(new Set(written).size, written.length);
  });

  it('gives the documented correction of a mis-keyed token', () => {
    const pogov = tagCorrection('POGOV');
    assert.equal(pogov?.correction, 'PGOV');
    assert.equal(pogov?.example, '09LONDON2222');
    assert.equal(pogov?.source, 'CABLEMAP reader.py _TAG_FIXES');
    assert.equal(tagCorrection('ru')?.correction, 'RS');
    assert.equal(tagCorrection('clinton  hillary')?.correction, 'CLINTON, HILLARY');
  });

  it('gives no correction for a listed code or a row that maps a token to itself', () => {
    assert.equal(tagCorrection('PGOV'), null);
    assert.equal(tagCorrection('PTER MARR'), null);
  });

  it('splits run-together tokens into listed codes', () => {
    assert.deepEqual(splitRunTogetherTag('ECONEFIN'), ['ECON', 'EFIN']);
    assert.deepEqual(splitRunTogetherTag('VTPREL'), ['VT', 'PREL']);
    assert.deepEqual(splitRunTogetherTag('kfrdcviscmgtkociasecphumsmigeg'), [
      'KFRD', 'CVIS', 'CMGT', 'KOCI', 'ASEC', 'PHUM', 'SMIG', 'EG',
    ]);
  });

  it('prefers the split into the fewest codes', () => {
    // NA and TO are listed too, but NATO PREL needs fewer codes than NA TO PREL.
    assert.deepEqual(splitRunTogetherTag('NATOPREL'), ['NATO', 'PREL']);
  });

  it('does not split when two splits are equally good', () => {
    // PGOV IP and PG OVIP
    assert.equal(splitRunTogetherTag('PGOVIP'), null);
  });

  it('does not split listed codes, impossible tokens or artifacts', () => {
    assert.equal(splitRunTogetherTag('PGOV'), null);
    assert.equal(splitRunTogetherTag('QQQQQQ'), null);
    assert.equal(splitRunTogetherTag('PGOV-PREL'), null);
    assert.equal(splitRunTogetherTag('PGOVOF'), null);
  });
});
