// `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its figures, the input sizes,
// and a simple baseline beside them for scale. Timing lives here, never in tests.

import * as fs from 'node:fs';
import * as path from 'node:path';

interface BenchModule {
  readonly title: string;
  run(): Promise<void> | void;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.js') && (!only || f.includes(only))).sort();
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the benches are found at run time, by listing their compiled files.
    const bench = require(path.join(__dirname, file)) as BenchModule;
    process.stdout.write(`\n## ${bench.title}\n\n`);
    await bench.run();
  }
}

void main();
