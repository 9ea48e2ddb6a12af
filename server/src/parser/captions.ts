// Handling captions between the banner and the E.O. line (§3.3): `SIPDIS`, `NOFORN`,
// `NOFORN NOT FOR INTERNET DISTRIBUTION`, `SIPDIS REL CANADA`, and WikiLeaks' metadata copies such as
// `SECRET//NOFORN`.

import type { Caption } from '../model/cable';
import { matchAt, span } from './text';

const CAPTION = new RegExp(
  '(?:' +
    [
      'S I P D I S',
      'SIPDIS',
      'NOFORN',
      'SENSITIVE BUT UNCLASSIFIED',
      'SENSITIVE',
      'EXDIS',
      'NODIS',
      'LIMDIS',
      'STADIS',
      'C O R R E C T E D +(?:C O P Y|COPY)',
      'CORRECTED COPY',
      'NOT FOR INTERNET DISTRIBUTION',
      'AGRMENT',
      'OFFICIAL INFORMAL',
      'ORCON',
      'FOR OFFICIAL USE ONLY',
      'LIMITED OFFICIAL USE',
      'SPECAT',
      // A level with dissemination controls, as WikiLeaks' metadata writes it.
      '(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)(?://[A-Z][A-Z ]*[A-Z])+',
    ].join('|') +
    ')(?![A-Za-z/])',
  'y',
);
const REL = /REL(?: TO)? +[A-Z][A-Z ,]*[A-Z]/y;
const SEPARATOR = /[ ,;]*/y;

const NORMAL: Readonly<Record<string, string>> = {
  'S I P D I S': 'SIPDIS',
};
const SPACED_CORRECTED = /^C O R R E C T E D +(?:C O P Y|COPY)$/;

export interface CaptionRun {
  readonly captions: Caption[];
  /** Column after the last caption and its trailing separators. */
  readonly end: number;
}

/** Reads the captions that follow one another from `col` (none: null). */
export function parseCaptions(text: string, line: number, col: number): CaptionRun | null {
  const captions: Caption[] = [];
  let at = col;
  for (;;) {
    const m = matchAt(CAPTION, text, at) ?? matchAt(REL, text, at);
    if (!m) break;
    const written = m[0];
    const value = SPACED_CORRECTED.test(written) ? 'CORRECTED COPY' : (NORMAL[written] ?? written.replace(/ +/g, ' '));
    captions.push(span(line, at, written, value));
    at += written.length;
    at += matchAt(SEPARATOR, text, at)![0].length;
  }
  return captions.length ? { captions, end: at } : null;
}
