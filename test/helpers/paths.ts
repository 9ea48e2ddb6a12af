// Locations of the project's test data, resolved from the compiled test (out/test/...).

import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const corpusDir = path.join(repoRoot, 'test', 'corpus', 'cables');
export const seedCable = path.join(repoRoot, 'test', 'corpus', 'seed', '07KARACHI861.md.txt');

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(fixturesDir, name), 'utf8');
}

export function readCorpusCable(id: string): string {
  return fs.readFileSync(path.join(corpusDir, `${id}.txt`), 'utf8');
}

export function corpusFiles(): string[] {
  return fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}
