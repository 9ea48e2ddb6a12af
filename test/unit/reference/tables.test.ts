import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as reference from '../../../server/src/reference';
import { DATA, dataFiles, rawRows } from './dataFiles';

const ROOT = path.resolve(DATA, '../..');

// How many records each table's listing gives, to compare with the rows of its file.
const RECORDS: Readonly<Record<string, () => number>> = {
  'tags.tsv': () => reference.listTags().length,
  'geo-tags-2024.tsv': () => reference.listGeoTags2024().length,
  'tag-fixes.tsv': () => reference.listTagFixes().length,
  'routing.tsv': () =>
    [...reference.listRoutingIndicators(), ...reference.listRoutingBlocks()].reduce((sum, info) => sum + info.stations.length, 0),
  'precedence.tsv': () => reference.listPrecedences().length,
  'security-warnings.tsv': () => reference.listSecurityWarnings().length,
  'operating-signals.tsv': () => reference.listOperatingSignals().length,
  'captions.tsv': () => reference.listCaptions().length,
  'executive-orders.tsv': () => reference.listExecutiveOrders().length,
  'classification-reasons.tsv': () =>
    reference.listExecutiveOrders().reduce((sum, order) => sum + reference.listClassificationReasons(order.id).length, 0),
  'declassification-markings.tsv': () => reference.listDeclassificationMarkings().length,
  'portion-marks.tsv': () => reference.listPortionMarks().length,
};

describe('reference tables', () => {
  beforeEach(() => reference.unloadReferenceTables());

  it('has a loader for every data file and a data file for every loader', () => {
    assert.deepEqual(
      reference.referenceTables().map((table) => table.file).sort(),
      dataFiles(),
    );
    assert.deepEqual(Object.keys(RECORDS).sort(), dataFiles());
  });

  for (const file of dataFiles()) {
    it(`loads every row of ${file}`, () => {
      const rows = rawRows(file).length;
      assert.ok(rows > 0);
      assert.equal(RECORDS[file](), rows);
      assert.equal(reference.referenceTables().find((table) => table.file === file)?.rows, rows);
    });
  }

  it('names every data file in SOURCES.md', () => {
    const sources = readFileSync(path.join(DATA, 'SOURCES.md'), 'utf8');
    for (const file of dataFiles()) assert.ok(sources.includes(`\`${file}\``), `${file} is not in SOURCES.md`);
  });

  it('gives a source on every row that has a meaning', () => {
    for (const file of dataFiles()) {
      for (const row of rawRows(file)) {
        const meaning = row.meaning ?? row.text ?? row.station ?? '';
        const source = row.source ?? row.sources;
        if (meaning !== '') assert.ok(source, `${file}: ${Object.values(row)[0]} has a meaning without a source`);
      }
    }
  });

  it('reads no table before a lookup needs it', () => {
    assert.ok(reference.referenceTables().every((table) => !table.loaded));
    reference.lookupPrecedence('PP');
    const loaded = reference.referenceTables().filter((table) => table.loaded).map((table) => table.file);
    assert.deepEqual(loaded, ['precedence.tsv']);
  });

  it('parses a table once however many lookups use it', () => {
    const loads = () => reference.referenceTables().find((table) => table.file === 'routing.tsv')?.loads ?? 0;
    const before = loads();
    reference.lookupRoutingIndicator('RUEHC');
    reference.lookupRoutingIndicator('RUEHKP');
    reference.indicatorsForAddress('AMCONSUL KARACHI');
    assert.equal(loads(), before + 1);
  });

  it('measures the loaded tables between two garbage collections', () => {
    let collections = 0;
    const bytes = reference.measureReferenceMemory(() => collections++);
    assert.equal(collections, 2);
    assert.equal(typeof bytes, 'number');
    assert.ok(reference.referenceTables().every((table) => table.loaded));
  });

  it('finds the data folder from the bundles, from the tsc output and from itself', () => {
    assert.equal(reference.findDataDirectory(path.join(ROOT, 'server', 'dist')), DATA);
    assert.equal(reference.findDataDirectory(path.join(ROOT, 'out', 'server', 'src', 'reference')), DATA);
    assert.equal(reference.findDataDirectory(DATA), DATA);
    assert.equal(reference.dataDirectory(), DATA);
  });

  it('says where it looked when there is no data folder', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'cable-no-data-'));
    assert.throws(() => reference.findDataDirectory(empty), /not found/);
  });
});
