// Handling captions between the banner and the E.O. line (§3.3): `SIPDIS`, `NOFORN`,
// `NOFORN NOT FOR INTERNET DISTRIBUTION`, `SIPDIS REL CANADA`, and WikiLeaks' metadata copies such as
// `SECRET//NOFORN`. The captions themselves are listed in captions.json, which the grammar reads too.

import type { Caption } from '../model/cable';
import { captions, letterSpaced } from './captions.json';
import { matchAt, matchedLength, span } from './text';

const spaceOut = (word: string): string => [...word].join(' ');

/** Patterns for a caption: letter-spaced (first word spaced, later words spaced or not), then as it is. */
function writtenForms(caption: string): string[] {
  if (!letterSpaced.includes(caption)) return [caption];
  const [first, ...rest] = caption.split(' ');
  return [spaceOut(first) + rest.map((word) => ` +(?:${spaceOut(word)}|${word})`).join(''), caption];
}

const CAPTION = new RegExp(
  // SIPDIS run into the next word by a mirror that joined the lines (`CAIRO 008938SIPDISFOR THE DIRECTOR`).
  'SIPDIS(?=[A-Z])|(?:' +
    [
      ...captions.flatMap(writtenForms),
      // Not in the shared list because the grammar colours it as a banner (an unclassified level).
      'LIMITED OFFICIAL USE',
      // A level with dissemination controls, as WikiLeaks' metadata writes it.
      '(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)(?://[A-Z][A-Z ]*[A-Z])+',
    ].join('|') +
    ')(?![A-Za-z/])',
  'y',
);
// A release list is a few codes: bounded, so that a line of them is not read as one.
const REL = /REL(?: TO)? +[A-Z][A-Z ,]{0,80}[A-Z]/y;
const SEPARATOR = /[ ,;]*/y;

/** Letter-spaced captions by their letters, so that `S I P D I S` reads as SIPDIS. */
const LETTER_SPACED: ReadonlyMap<string, string> = new Map(letterSpaced.map((caption) => [caption.replace(/ /g, ''), caption]));

export interface CaptionRun {
  readonly captions: Caption[];
  /** Column after the last caption and its trailing separators. */
  readonly end: number;
}

/** Reads the captions that follow one another from `col`, `max` at most (none: null). */
export function parseCaptions(text: string, line: number, col: number, max: number): CaptionRun | null {
  const captions: Caption[] = [];
  let at = col;
  while (captions.length < max) {
    const m = matchAt(CAPTION, text, at) ?? matchAt(REL, text, at);
    if (!m) break;
    const written = m[0];
    const value = LETTER_SPACED.get(written.replace(/ /g, '')) ?? written.replace(/ +/g, ' ');
    captions.push(span(line, at, written, value));
    at += written.length;
    at += matchedLength(SEPARATOR, text, at);
  }
  return captions.length ? { captions, end: at } : null;
}
