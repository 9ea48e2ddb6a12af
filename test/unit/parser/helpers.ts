// Shorthands for parser tests: compact "line:start-line:end" ranges, and the text a range covers.

import type { Cable } from '../../../server/src/model/cable';
import type { Range } from '../../../server/src/model/range';

export function at(r: Range | null | undefined): string | undefined {
  return r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : undefined;
}

/** The document text a range covers (lines joined with \n). */
export function textOf(cable: Cable, r: Range): string {
  if (r.start.line === r.end.line) return cable.lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [cable.lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(cable.lines[l]);
  parts.push(cable.lines[r.end.line].slice(0, r.end.character));
  return parts.join('\n');
}
