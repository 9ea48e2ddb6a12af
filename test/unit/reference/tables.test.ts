import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureReferenceTables } from '../../../bench/referenceMemory';
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

  it('measures the loaded tables between two garbage collections (bench/referenceMemory.ts)', () => {
    let collections = 0;
    const { heap } = measureReferenceTables(() => collections++);
    assert.equal(collections, 2);
    assert.equal(typeof heap, 'number');
    assert.ok(reference.referenceTables().every((table) => table.loaded));
  });

  it('bundles every data file as the module the build makes of it (run `npm run build` after editing a table)', async () => {
    const { referenceModules } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'referenceData.mjs')).href)) as {
      referenceModules(): Array<{ path: string; text: string }>;
    };
    const modules = referenceModules();
    assert.equal(modules.length, dataFiles().length);
    for (const module of modules) assert.equal(readFileSync(module.path, 'utf8'), module.text, `${path.relative(ROOT, module.path)} differs from its table`);
    assert.deepEqual(readdirSync(path.join(ROOT, 'server', 'src', 'reference', 'data')).length, modules.length, 'a module without a table');
  });
});
