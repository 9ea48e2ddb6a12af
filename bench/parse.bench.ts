// Parse throughput over the corpus, beside a bare line-by-line scan for scale, and the outline of a
// 5 MB cable. Targets: parsing at least 50 MB/s; documentSymbol on 5 MB under 200 ms.

import { parseCable } from '../server/src/parser';
import { createLanguageService } from '../server/src/languageService';
import { corpusText, largeCable } from './corpus';
import { mb, medianMs, row } from './measure';

export const title = 'Parser and outline';

/** The baseline: split into lines and look at each line's first character. */
function bareScan(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (line.charCodeAt(0) === 0x31) n++;
  return n;
}

export function run(): void {
  row('input', 'size', 'parse (median)', 'parse MB/s', 'bare line scan MB/s');
  row('---', '---', '---', '---', '---');
  for (const times of [1, 10]) {
    const text = corpusText(times);
    const bytes = Buffer.byteLength(text);
    const parse = medianMs(() => parseCable(text));
    const scan = medianMs(() => bareScan(text));
    row(`corpus x${times}`, mb(bytes), `${parse.toFixed(1)} ms`, (bytes / 1e6 / (parse / 1000)).toFixed(1), (bytes / 1e6 / (scan / 1000)).toFixed(1));
  }

  const big = largeCable(5_000_000);
  const bytes = Buffer.byteLength(big);
  let version = 0;
  const service = createLanguageService();
  const doc = () => ({ uri: 'bench://big.cable', version: ++version, getText: () => big });
  const cold = medianMs(() => service.documentSymbols(doc()));
  const fixed = doc();
  const cached = medianMs(() => service.documentSymbols(fixed));
  const symbols = service.documentSymbols(fixed).length;
  process.stdout.write('\n');
  row('documentSymbol', 'size', 'symbols', 'parse + outline (median)', 'outline of cached model');
  row('---', '---', '---', '---', '---');
  row('large cable', mb(bytes), symbols, `${cold.toFixed(1)} ms`, `${cached.toFixed(1)} ms`);
}
