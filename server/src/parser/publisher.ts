// What publishers glued to the start of a cable's first line (test/corpus/IRREGULARITIES.md):
// WikiLeaks' partial-extract notice and its `Cable dated:` stamp, a mirror's `Telegram` and
// `Restricted by caption.`. Shared by the detection of cables and the parser, which reads the
// banner after them.

import { matchAt, trimmedEnd } from './text';

const GLUED_PREFIX =
  /(?:This record is a partial extract of the original cable\.(?: The full text of the original cable is not available\.)? *|Cable dated: ?\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?|Telegram(?=[A-Z])|Restricted by caption\. +)/y;

/** The column after the prefixes glued at `col` (`col` itself when there are none). */
export function afterGluedPrefixes(line: string, col: number): number {
  const end = trimmedEnd(line);
  for (let m = matchAt(GLUED_PREFIX, line, col); m && col < end; m = matchAt(GLUED_PREFIX, line, col)) col += m[0].length;
  return col;
}
