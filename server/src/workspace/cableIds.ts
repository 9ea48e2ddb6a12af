// Cable ids as REF items write them (docs/workspace/ref-forms.md §3–4): `STATE 12345`, `07 KARACHI
// 861`, `2004 MADRID 4554`, `09BOGOTA569`, `Reykjavik 107`, `SAO PAULO 215`, `THE HAGUE 588`,
// `TRIPOLI 33, 53`, and what they resolve to: reference ids (`07KARACHI861`) to look up.

/** An id read in a REF item's text, with offsets into that text. */
export interface IdToken {
  readonly start: number;
  readonly end: number;
  /** The year as written (`07`, `2007`), or null. */
  readonly year: string | null;
  /** The post as written (`THE HAGUE`, `Reykjavik`, `SECSTATE`). */
  readonly post: string;
  /** The serial as written (`02313`). */
  readonly serial: string;
  /** Where the post and the serial start (offsets in the same text). */
  readonly postStart: number;
  readonly serialStart: number;
  /** A bare serial after an id that takes its post and year (`TRIPOLI 33, 53`). */
  readonly inherited: boolean;
}

/** Words that begin no post (`AND ALGIERS 140` is `ALGIERS 140`). */
const NOT_A_POST = String.raw`(?!(?:AND|OF|TO|FOR|ON|IN|AT|PER|SEE|BY|PAGE)\b)`;
/**
 * Year (two or four digits, maybe at the end of the line before), post (up to four words of two
 * letters or more), serial; the serial may stand alone on a line after a blank one (`BRASILIA ⏎⏎
 * 2314`). A serial is not followed by a digit, a slash, a colon or a decimal part (dates, times).
 */
const TOKEN = new RegExp(
  String.raw`(?<![A-Za-z0-9/-])(?:((?:19|20)\d\d|\d\d)( {0,3}|[ \t]*(?:\n[ \t]*)+))?${NOT_A_POST}([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,3}?)( {0,3}|[ \t]*(?:\n[ \t]*)+(?=\d{1,7}[ \t]*(?:\n|$)))(\d{1,7})(?![\d/:]|[.,]\d)`,
  'g',
);
/** Two-digit years of the published cables (1966–2010): `29 RIO DE JANEIRO 31` is two serials. */
const PLAUSIBLE_YEAR = /^(?:[0-1]\d|[6-9]\d)$/;
const YEAR_OF_NEXT = new RegExp(String.raw`^ {1,3}${NOT_A_POST}[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)* {0,3}\d`);
/** `TRIPOLI 33, 53`: a bare serial after an id takes its post and year. */
const CONTINUED = /^[ \t]*(?:,|;|AND\b|and\b|&)[ \t]*(\d{1,7})(?![\d/:A-Za-z]|[.,]\d| ?[A-Z][A-Za-z])/;

const MONTHS = new Set('JAN JANUARY FEB FEBRUARY MAR MARCH APR APRIL MAY JUN JUNE JUL JULY AUG AUGUST SEP SEPT SEPTEMBER OCT OCTOBER NOV NOVEMBER DEC DECEMBER'.split(' '));
/** Last words of "posts" that are not posts: report series, document words, header words run into the block. */
const NOT_POSTS = new Set('IIR DTG TD OSC DSCG DATED ATTACHMENT PART FALL SPRING SUMMER WINTER EMAIL EMAILS LOR OF REPORT FAM FAH PRIORITY IMMEDIATE ROUTINE WASHDC SECTION PAGE PARA PARAGRAPH'.split(' '));

/**
 * Posts as REF items write them that reference ids write otherwise: State's cables are `STATE`
 * (SECSTATE is its address), and the missions whose banners name their city too.
 */
const POST_ALIASES: Readonly<Record<string, string>> = { SECSTATE: 'STATE', USUN: 'USUNNEWYORK', USEU: 'USEUBRUSSELS', UNVIE: 'UNVIEVIENNA' };

/** The ids naming a cable in a REF item's text (not dates like `OCTOBER 14`, nor `IIR 6 …`). */
export function readCableIds(text: string): IdToken[] {
  const tokens: IdToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const serialAt = m.index + m[0].length - m[5].length;
    // `PN2`: a compact id has a real post.
    if (m[4] === '' && m[3].length < 4) continue;
    if (m[5].length === 2 && PLAUSIBLE_YEAR.test(m[5]) && YEAR_OF_NEXT.test(text.slice(serialAt + 2))) {
      // `AND PREVIOUS 03 RANGOON 1427`: two digits before a post are the next id's year.
      TOKEN.lastIndex = serialAt;
      continue;
    }
    const year = m[1] ?? null;
    const postStart = m.index + (year ? year.length + m[2].length : 0);
    if (namesCable(m[3])) tokens.push({ start: m.index, end: m.index + m[0].length, year, post: m[3], serial: m[5], postStart, serialStart: serialAt, inherited: false });
    let from = m.index + m[0].length;
    for (let c = CONTINUED.exec(text.slice(from)); c; c = CONTINUED.exec(text.slice(from))) {
      const s = from + c[0].length - c[1].length;
      if (namesCable(m[3])) tokens.push({ start: s, end: s + c[1].length, year, post: m[3], serial: c[1], postStart, serialStart: s, inherited: true });
      from += c[0].length;
    }
    TOKEN.lastIndex = from;
  }
  return tokens;
}

/** A header copied into a REF block (`VZCZCXRO5203`, `CCCCC ZZHO 180950`, 09CAIRO290) names no cable. */
const HEADER_WORD = /^(?:VZCZC|CCCCC|ZZH|ZNY|RUEH)/;

function namesCable(post: string): boolean {
  const words = post.toUpperCase().split(/[ -]/);
  if (HEADER_WORD.test(words[0])) return false;
  const last = words[words.length - 1];
  return !MONTHS.has(last) && !NOT_POSTS.has(last) && !words.includes('DATED');
}

/** The post as reference ids write it: capitals without spaces, aliases resolved (`SECSTATE` → `STATE`). */
export function idPost(post: string): string {
  const compact = post.toUpperCase().replace(/[^A-Z]/g, '');
  return POST_ALIASES[compact] ?? compact;
}

/** The two-digit year of `07` or `2007`. */
export function twoDigitYear(year: string): string {
  return year.length === 4 ? year.slice(2) : year;
}

/** A reference id: two-digit year, post, serial without leading zeros (`07KARACHI861`). */
export function makeId(year2: string, post: string, serial: string | number): string {
  return `${year2}${idPost(post)}${Number(serial)}`;
}

/** What a reference id says: `07KARACHI861` → 2007, KARACHI, 861. */
export interface DecodedId {
  readonly year: number;
  readonly post: string;
  readonly serial: number;
}

const ID = /^(\d{2})([A-Z]+?)(\d+)$/;

export function decodeId(id: string): DecodedId | null {
  const m = ID.exec(id);
  if (!m) return null;
  const yy = Number(m[1]);
  // The published cables run from 1966 to 2010.
  return { year: yy >= 60 ? 1900 + yy : 2000 + yy, post: m[2], serial: Number(m[3]) };
}

/** The citing cable, as far as resolving its REF items needs it. */
export interface Citing {
  readonly year2: string | null;
  readonly post: string | null;
  readonly serial: number | null;
}

/**
 * The reference ids a token may name, most likely first. A year written is the year; without one,
 * the citing cable's year, unless the serial is above the citing cable's own of the same post: then
 * it is a cable of the year before (early January cables cite December's), with the citing year
 * after it. A post of several words may carry a word before the post (`AIT TAIPEI` → `TAIPEI`).
 */
export function candidateIds(token: IdToken, citing: Citing): string[] {
  const posts = [idPost(token.post)];
  const words = token.post.split(/[ -]+/);
  for (let k = 1; k < words.length; k++) posts.push(idPost(words.slice(k).join(' ')));
  const years: string[] = [];
  if (token.year !== null) years.push(twoDigitYear(token.year));
  else if (citing.year2 !== null) {
    const earlier = citing.post === posts[0] && citing.serial !== null && Number(token.serial) > citing.serial;
    if (earlier) years.push(String((Number(citing.year2) + 99) % 100).padStart(2, '0'));
    years.push(citing.year2);
  }
  return years.flatMap((y) => posts.map((p) => makeId(y, p, token.serial)));
}
