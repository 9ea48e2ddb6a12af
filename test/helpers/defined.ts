// A value a test goes on with, asserted to be there (rather than asserted away with `!`).

import assert from 'node:assert/strict';

export function defined<T>(value: T | null | undefined, what = 'a value'): T {
  assert.ok(value !== null && value !== undefined, `expected ${what}`);
  return value;
}
