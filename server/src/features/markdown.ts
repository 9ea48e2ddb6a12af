// The shape of a hover and the few Markdown pieces every hover, completion item and snippet uses: a
// title naming the element, quoted codes, and a source line. Hovers are short: a title, one or two
// facts, the source.

import type { Range } from '../model/range';

/** LSP's Hover with Markdown contents (same field names, so the adapter passes it through). */
export interface Hover {
  contents: { kind: 'markdown'; value: string };
  range: Range;
}

const SPECIAL = /[\\`*_[\]<>#~|]/g;

/** Text from the document or a table, shown as plain text. */
export function escape(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** A code as written: `` `PGOV` ``. */
export function code(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  return `${ticks}${text}${ticks}`;
}

/** `Source: ACP127 §124, §203` (keys of server/data/SOURCES.md, or a document and section). */
export function source(...keys: readonly (string | null | undefined)[]): string {
  const named = [...new Set(keys.filter((key): key is string => !!key))];
  return named.length === 0 ? '' : `*Source: ${escape(named.join('; '))}*`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a hover says when the reference tables give no meaning: the kind, never a guess. */
export function notInLists(kind: string): string {
  return `${kind}; its meaning is not in the reference lists.`;
}

export type Paragraphs = readonly (string | null | undefined | false)[];

/** The non-empty paragraphs, separated so that Markdown keeps them apart. */
export function markdown(paragraphs: Paragraphs): { kind: 'markdown'; value: string } {
  return { kind: 'markdown', value: paragraphs.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n') };
}

export function hoverOf(range: Range, paragraphs: Paragraphs): Hover {
  return { contents: markdown(paragraphs), range };
}
