// Checks that every range of a cable model lies inside the document: the parser's promise to
// every feature, whatever the input.

import assert from 'node:assert/strict';
import type { Cable } from '../../server/src/model/cable';
import type { Range } from '../../server/src/model/range';

/** Every range anywhere in the model, with the path to it. */
function* ranges(value: unknown, where = 'cable'): Generator<[string, Range]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* ranges(value[i], `${where}[${i}]`);
  } else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (isRange(v)) yield [where, v as unknown as Range];
    for (const [k, child] of Object.entries(v)) if (k !== 'lines') yield* ranges(child, `${where}.${k}`);
  }
}

function isRange(v: Record<string, unknown>): boolean {
  return typeof v.start === 'object' && v.start !== null && typeof v.end === 'object' && 'line' in (v.start as object);
}

export function assertRangesInside(cable: Cable, label: string): void {
  for (const [where, r] of ranges(cable)) {
    const ok =
      r.start.line >= 0 &&
      r.end.line < cable.lines.length &&
      (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character)) &&
      r.start.character <= cable.lines[r.start.line].length &&
      r.end.character <= cable.lines[r.end.line].length;
    assert.ok(ok, `${label}: ${where} ${JSON.stringify(r)} is not inside the document`);
  }
}
