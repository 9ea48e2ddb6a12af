// Lint time on pathological inputs of 1 MB: every keyword the parser and the rules know, repeated in
// one long line, in lines of 20,000 characters and in short lines; alone, after a banner, after a
// lettered REF list and after a header (test/helpers/pathological.ts). Target: no input over 100 ms.
// Each input is linted once to find the slowest; those are then timed again (median). The baseline
// is a well-formed cable of the same size.

import { performance } from 'node:perf_hooks';
import { parseCable } from '../server/src/parser';
import { lintCable } from '../server/src/rules/engine';
import { pathologicalInputs } from '../test/helpers/pathological';
import { largeCable } from './corpus';
import { mb, medianMs, row } from './measure';

export const title = 'Pathological inputs';

const BYTES = 1_000_000;
const TARGET_MS = 100;
const SHOWN = 12;

const lint = (text: string) => lintCable(parseCable(text));

export function run(): void {
  // Only the labels are kept: 600 texts of 1 MB held at once would time the garbage collector.
  const screened: Array<{ label: string; ms: number }> = [];
  for (const input of pathologicalInputs(BYTES)) {
    const start = performance.now();
    lint(input.text);
    screened.push({ label: input.label, ms: performance.now() - start });
  }
  screened.sort((a, b) => b.ms - a.ms);
  const shown = new Set(screened.slice(0, SHOWN).map((s) => s.label));
  const slowest = [...pathologicalInputs(BYTES)].filter((input) => shown.has(input.label)).map((input) => ({ ...input, median: medianMs(() => lint(input.text), 3) }));
  slowest.sort((a, b) => b.median - a.median);
  const baseline = largeCable(BYTES);
  const over = slowest.filter((s) => s.median > TARGET_MS).length;
  row('input (slowest first)', 'size', 'parse + lint (median)');
  row('---', '---', '---');
  for (const s of slowest) row(s.label, mb(s.text.length), `${s.median.toFixed(1)} ms`);
  row('baseline: a well-formed cable', mb(baseline.length), `${medianMs(() => lint(baseline), 3).toFixed(1)} ms`);
  process.stdout.write(`\n${screened.length} inputs; ${over} of the ${SHOWN} slowest over the ${TARGET_MS} ms target (median); slowest single run ${screened[0].ms.toFixed(1)} ms.\n`);
}
