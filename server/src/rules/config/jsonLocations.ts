// Where the properties of a JSON object are written, so that a problem in `.cablelint.json` is
// reported on the offending key or value. Only called on text that JSON.parse accepted, so the
// scanner can take the grammar for granted.

import type { Range } from '../../model/range';
import { positionFinder } from '../engineText';

export interface JsonProperty {
  readonly key: string;
  readonly keyRange: Range;
  readonly valueRange: Range;
}

/** The properties of the top-level object of valid JSON text, in order (none for other values). */
export function topLevelProperties(text: string): JsonProperty[] {
  const at = positionFinder(text);
  const properties: JsonProperty[] = [];
  let i = skipWhitespace(text, 0);
  if (text[i] !== '{') return properties;
  i = skipWhitespace(text, i + 1);
  while (text[i] === '"') {
    const keyStart = i;
    const keyEnd = skipString(text, i);
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    properties.push({
      key: JSON.parse(text.slice(keyStart, keyEnd)) as string,
      keyRange: { start: at(keyStart), end: at(keyEnd) },
      valueRange: { start: at(valueStart), end: at(valueEnd) },
    });
    i = skipWhitespace(text, valueEnd);
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return properties;
}

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

/** From an opening quote to just past the closing one. */
function skipString(text: string, i: number): number {
  for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
  return i + 1;
}

function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] === '{' || text[i] === '[') {
    let depth = 0;
    do {
      if (text[i] === '"') {
        i = skipString(text, i);
        continue;
      }
      if (text[i] === '{' || text[i] === '[') depth++;
      else if (text[i] === '}' || text[i] === ']') depth--;
      i++;
    } while (depth > 0 && i < text.length);
    return i;
  }
  while (i < text.length && !',}] \t\r\n'.includes(text[i])) i++;
  return i;
}
