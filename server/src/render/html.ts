// The few pieces of HTML the renderer writes: escaped text, attributes, and the marks shared by
// every part (a code as written, a level's class, a reading that is not in the lists). No style
// attribute is ever written: the view's Content-Security-Policy allows only its own stylesheet.

import type { Level } from '../model/cable';

// Markup characters, and what HTML does not allow in a document: control characters (shown as
// their Control Pictures, U+2400…, or as `U+0085`), noncharacters and lone surrogates.
const SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** How a character HTML does not allow is shown. */
export function visible(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return '\u2421';
  return `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text from the cable or a table, safe in an element or a quoted attribute. */
export function esc(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITIES[c] ?? visible(c));
}

/** `data-line="3" data-line-end="5"`: the source lines a block shows, for scroll sync and reveal. */
export function lines(start: number, end: number): string {
  return `data-line="${start}" data-line-end="${end}"`;
}

const LEVEL_CLASSES: Readonly<Record<Level, string>> = {
  UNCLASSIFIED: 'lvl-u',
  CONFIDENTIAL: 'lvl-c',
  SECRET: 'lvl-s',
  'TOP SECRET': 'lvl-ts',
};

export function levelClass(level: Level | null): string {
  return level === null ? 'lvl-none' : LEVEL_CLASSES[level];
}

/** A code as written in the cable. */
export function code(text: string): string {
  return `<code>${esc(text)}</code>`;
}

/** What is said of a code the reference lists do not give: shown, never guessed. */
export function unknown(what = 'not in the reference lists'): string {
  return `<span class="unknown">${esc(what)}</span>`;
}

/** A meaning from the lists, or the unknown mark. */
export function meaningOr(meaning: string | null, what?: string): string {
  return meaning === null ? unknown(what) : esc(meaning);
}

/** `06:26` of `0626`. */
export function clock(hhmm: string): string {
  return `${hhmm.slice(0, 2)}:${hhmm.slice(2, 4)}`;
}
