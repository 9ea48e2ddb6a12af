// The reference tables of server/data as TypeScript modules (server/src/reference/data/), so that the
// language service reads no file: any host (a Node process, a browser worker) has them in its bundle.
// The TSV files stay the sourced originals (SOURCES.md names their sources) and ship with the server
// package. scripts/build.mjs writes the modules before compiling; test/unit/reference/tables.test.ts
// fails when a committed module differs from what its table gives.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = path.join(root, 'server', 'data');
export const modulesDir = path.join(root, 'server', 'src', 'reference', 'data');

/** `geo-tags-2024.tsv` → `geoTags2024`. */
export function moduleName(file) {
  return file.replace(/\.tsv$/, '').replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
}

/** Each table's module: its path and its text. */
export function referenceModules() {
  return fs
    .readdirSync(dataDir)
    .filter((file) => file.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const lines = fs.readFileSync(path.join(dataDir, file), 'utf8').split('\n').map((line) => line.replace(/\r$/, '')).filter((line) => line !== '');
      const text = [
        `// Generated from server/data/${file} by \`npm run build\` (scripts/referenceData.mjs): edit the table, not this.`,
        '',
        "import type { TableSource } from '../tsv';",
        '',
        'export const table: TableSource = {',
        `  file: '${file}',`,
        '  lines: () => [',
        ...lines.map((line) => `    ${JSON.stringify(line)},`),
        '  ],',
        '};',
        '',
      ].join('\n');
      return { path: path.join(modulesDir, `${moduleName(file)}.ts`), text };
    });
}

/** Writes the modules that differ (none under CI, where the drift test must see what is committed). */
export function writeReferenceModules() {
  const expected = referenceModules();
  fs.mkdirSync(modulesDir, { recursive: true });
  const stale = fs.readdirSync(modulesDir).map((name) => path.join(modulesDir, name)).filter((file) => !expected.some((m) => m.path === file));
  for (const { path: file, text } of expected) {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    const relative = path.relative(root, file);
    if (process.env.CI) {
      process.stdout.write(`referenceData: ${relative} differs from its table (not written under CI)\n`);
      continue;
    }
    fs.writeFileSync(file, text);
    process.stdout.write(`referenceData: updated ${relative}\n`);
  }
  for (const file of stale) {
    if (process.env.CI) process.stdout.write(`referenceData: ${path.relative(root, file)} has no table (not removed under CI)\n`);
    else fs.rmSync(file);
  }
}
