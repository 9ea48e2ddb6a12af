// Inputs for the benchmarks: the corpus concatenated, and a large synthetic cable.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, corpusFiles, seedCable } from '../test/helpers/paths';

/** All corpus cables joined with blank lines, `times` times over. */
export function corpusText(times = 1): string {
  const one = corpusFiles()
    .map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'))
    .join('\n\n');
  return Array.from({ length: times }, () => one).join('\n\n');
}

/** One cable of about `bytes` bytes: the seed's header and front matter, then numbered paragraphs. */
export function largeCable(bytes: number): string {
  const seed = fs.readFileSync(seedCable, 'utf8');
  const lines = seed.split('\n');
  const head = lines.slice(0, 26).join('\n');
  const bodies = lines.slice(27, 44).filter((l) => /^¶\d+\./.test(l)).map((l) => l.replace(/^¶\d+\.\s*/, ''));
  const parts = [head, ''];
  let size = head.length;
  for (let n = 1; size < bytes; n++) {
    // Numbers restart after 999 (the parser reads at most three digits), so every paragraph counts.
    const p = `${((n - 1) % 999) + 1}. ${bodies[n % bodies.length]}\n`;
    parts.push(p);
    size += p.length + 1;
    if (n % 40 === 0) {
      const brk = `KARACHI 00000861 ${String(n / 40 + 1).padStart(3, '0')} OF 999\n`;
      parts.push(brk);
      size += brk.length + 1;
    }
  }
  parts.push('ANSKE');
  return parts.join('\n');
}
