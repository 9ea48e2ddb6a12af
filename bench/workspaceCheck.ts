// Reads a folder made by bench/workspaceGenerator.ts back and counts what is in it, without the
// generator's bookkeeping: files, reference ids in banners, REF items naming a cable (the workspace
// index's extractor), and how many of those resolve to a file of the folder by the simple rule (the
// item's year, else the citing cable's; post without spaces, SECSTATE as STATE; serial without zeros). Compares with the
// folder's generated.json and exits 1 on a difference.
//
//   node out/bench/workspaceCheck.js DIR

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCable } from '../server/src/parser';
import { makeId, twoDigitYear } from '../server/src/workspace/cableIds';
import { refTokens } from '../server/src/workspace/scan';
import { MANIFEST, type Manifest } from './workspaceGenerator';

const FILE = /^(\d\d)([A-Z]+?)(\d+)\.(?:txt|cable)$/;

export interface CheckResult {
  readonly files: number;
  readonly bytes: number;
  readonly bannersMatching: number;
  readonly refs: number;
  readonly resolved: number;
  readonly citedCables: number;
  readonly maxCitedBy: number;
}

export function checkWorkspace(dir: string): CheckResult {
  const names = fs.readdirSync(dir).filter((f) => FILE.test(f));
  const ids = new Set(names.map((f) => f.replace(/\.(txt|cable)$/, '')));
  const citedBy = new Map<string, number>();
  let bytes = 0;
  let bannersMatching = 0;
  let refs = 0;
  let resolved = 0;
  for (const name of names) {
    const [, year2, post, serial] = FILE.exec(name) ?? [];
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    bytes += Buffer.byteLength(text);
    // The banner's message reference (`SAO PAULO 000250`, glued `…LCAIRO 000079` or `CAIRO 000150SIPDIS`) names the file's id.
    const banner = new RegExp(String.raw`${post.split('').join(' ?')} 0*${serial}(?!\d)`);
    if (banner.test(text.slice(0, 8000))) bannersMatching++;
    for (const { token: t } of refTokens(parseCable(text))) {
      refs++;
      const id = makeId(t.year ? twoDigitYear(t.year) : year2, t.post, t.serial);
      if (!ids.has(id)) continue;
      resolved++;
      citedBy.set(id, (citedBy.get(id) ?? 0) + 1);
    }
  }
  return { files: names.length, bytes, bannersMatching, refs, resolved, citedCables: citedBy.size, maxCitedBy: Math.max(0, ...citedBy.values()) };
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node out/bench/workspaceCheck.js DIR\n');
    process.exit(2);
  }
  const t0 = performance.now();
  const r = checkWorkspace(dir);
  const ms = performance.now() - t0;
  process.stdout.write(
    `${r.files} cable files, ${(r.bytes / 1e6).toFixed(1)} MB, read in ${(ms / 1000).toFixed(1)} s; banners naming the file's id: ${r.bannersMatching}; ` +
      `REF items naming a cable: ${r.refs}, resolving in the folder: ${r.resolved}; ${r.citedCables} cables cited, at most ${r.maxCitedBy} times\n`,
  );
  const manifestFile = path.join(dir, MANIFEST);
  if (!fs.existsSync(manifestFile)) return;
  const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const expected: Array<[string, number, number]> = [
    ['files', r.files, m.count],
    ['bytes', r.bytes, m.bytes],
    ['banners naming the id', r.bannersMatching, m.count],
    ['REF items naming a cable', r.refs, m.refs.internal + m.refs.external],
    ['resolving in the folder', r.resolved, m.refs.internal],
    ['cables cited', r.citedCables, m.citedCables],
    ['most citations of one cable', r.maxCitedBy, m.maxCitedBy],
  ];
  const wrong = expected.filter(([, got, want]) => got !== want);
  for (const [what, got, want] of wrong) process.stdout.write(`MISMATCH ${what}: read ${got}, generated.json says ${want}\n`);
  if (wrong.length) process.exit(1);
  process.stdout.write(`all as generated.json says (seed ${m.seed}, ${m.count} cables)\n`);
}

if (require.main === module) main();
