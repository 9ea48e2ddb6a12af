import { isListedTagCode, listedTagKind } from './tags';

/** The fewest listed codes a suffix splits into, whether that split is the only one, and the split. */
interface Reading {
  readonly parts: number;
  readonly unique: boolean;
  readonly codes: readonly string[];
}

/**
 * Splits a run-together TAGS token into listed codes (`ECONEFIN` → `ECON EFIN`, `VTPREL` → `VT PREL`)
 * when exactly one split uses the fewest codes (`NATOPREL` is NATO PREL, not NA TO PREL). Null when
 * the token is itself a listed code, holds anything but letters and digits, or has no such split.
 */
export function splitRunTogetherTag(token: string): readonly string[] | null {
  const text = token.trim().toUpperCase();
  if (!/^[A-Z0-9]{3,}$/.test(text) || listedTagKind(text) !== null) return null;
  // readings[i]: the best reading of text.slice(i), or null when it cannot be split.
  const readings: (Reading | null)[] = new Array(text.length + 1).fill(null);
  readings[text.length] = { parts: 0, unique: true, codes: [] };
  for (let start = text.length - 1; start >= 0; start--) {
    let best: Reading | null = null;
    for (let end = start + 1; end <= text.length; end++) {
      const rest = readings[end];
      const code = text.slice(start, end);
      if (rest === null || !isListedTagCode(code)) continue;
      const parts = rest.parts + 1;
      const fewer: boolean = best === null || parts < best.parts;
      if (fewer) best = { parts, unique: rest.unique, codes: [code, ...rest.codes] };
      else if (best !== null && parts === best.parts) best = { parts, unique: false, codes: best.codes };
    }
    readings[start] = best;
  }
  const reading = readings[0];
  return reading !== null && reading.unique && reading.parts > 1 ? Object.freeze(reading.codes) : null;
}
