// REF items as real cables write them (docs/workspace/ref-forms.md): where a cable's REF block is,
// the letters of its items, and the cable ids they name, with offsets into the text. A dev-side
// scanner shared by the survey (scripts/refSurvey.ts) and the synthetic workspace generator; it
// finds more than the parser's REF block does today (labels run onto SUBJECT, `Ref:` in mixed case)
// so that the survey can say what an index must handle.

/** A REF block: its label (`REF:`, `Refs:`, `REFTEL:`) and the text after it up to `end`. */
export interface RefBlock {
  readonly label: string;
  readonly labelStart: number;
  readonly start: number;
  readonly end: number;
  /** The label is not at the start of its line (run onto SUBJECT or a glued header). */
  readonly midLine: boolean;
}

/** An item's letter as written (`A.`, `(B)`, `c)`, `REF D:`). */
export interface RefLetter {
  readonly letter: string;
  readonly start: number;
  readonly end: number;
}

/** A cable id named in a REF block: `STATE 12345`, `07 KARACHI 861`, `09BOGOTA569`, `TRIPOLI 33, 53`. */
export interface RefToken {
  readonly start: number;
  readonly end: number;
  /** The year as written (`07`, `2004`), or null. */
  readonly year: string | null;
  /** The post as written (`THE HAGUE`, `Reykjavik`, `SECSTATE`). */
  readonly post: string;
  readonly postStart: number;
  /** The serial as written (`02313`). */
  readonly serial: string;
  readonly serialStart: number;
  /** Written without spaces (`09BOGOTA569`, `CAIRO2292`). */
  readonly compact: boolean;
  /** A bare serial after another id that takes its post and year (`TRIPOLI 33, 53`). */
  readonly inherited: boolean;
  /** The letter of the item it belongs to, or null in an unlettered block. */
  readonly letter: string | null;
}

const FRONT_LINES = 150;
/** A numbered paragraph at a line start ends the front matter (`¶1. (C)`, `1.(SBU)`, `2. SUMMARY`). */
const NUMBERED_PARAGRAPH = /^[ \t]*¶?\d{1,2}[ \t]*\.(?![\d])/;
const LABEL_AT_LINE_START = /^[ \t]*¶?(REF(?:TELS?|S)?)(?:[ \t]*[:.]|(?=[ \t]+(?:\(?[A-Za-z][.):]|\d|[A-Z])))/i;
/** Mid-line only with a colon; glued to the subject's last word (`…WITH IRANREF: A.`) only before an item. */
const LABEL_MID_LINE = /(?<![A-Za-z])(REF(?:TELS?|S)?):|(?<=[A-Z])(REF(?:TELS?|S)?):(?= (?:\(?[A-Z][.)]|\d|[A-Z]{3,} \d))/;
/** What ends a REF block inside a line: the Classified By paragraph, a marking, a numbered paragraph. */
const BLOCK_END = /[Cc](?:lassified|LASSIFIED)\s+[Bb][Yy]\b|[Ss](?:ensitive|ENSITIVE)\s+[Bb](?:ut|UT)\s+[Uu]|(?<![\w.])¶?\d{1,2}\s?\.\s*\(|(?<![\w.])\d{1,2}\.(?=[A-Z][a-z])|(?<![\w])-{3,}|\bSUMMARY\b|\bSummary\b|VZCZC|(?<![\w])(?:[OPRZ] ){1,2}\d{6}Z\b|\b[a-z]{2,}(?:[ ,]+[a-z]{2,}){3}\b/;
/** A portion mark followed by text (`(U) Pol/Econ Chief delivered`) ends the block too. */
const PORTION_THEN_TEXT = /\((U|SBU|C|S|TS)(?:\/\/?[A-Z]+)*\)\s+(?=[A-Z][a-z])/;
/**
 * `TRIPOLI 00000166 001.2 OF 004` between the sections of a cable, `PAGE 02 ROME 01196 01 OF 02
 * 082030Z` at a printout's page break: never items.
 */
export const SECTION_MARKER = /[A-Z][A-Z ]*? 0{2,}\d+ +\d{3}(?:\.\d)? +OF +\d{3}|PAGE \d{2,3} +[A-Z][A-Z ]*? \d{4,6} +\d{2} +OF +\d{2}(?: +\d{6}Z)?/g;
/**
 * `REF A:`, `Ref B:`, `REF B 08 CAIRO 784`, `B:`, `(A)`, `(b)`, `A.`, `B)`, `¶C.`, `c)`, `f.` at a line start,
 * `B.` glued to the serial before (`STATE 14201B. GENEVA 133`); a bare `A` after the label.
 */
const LETTER = /(?:(?<![A-Za-z0-9])[Rr][Ee][Ff][ \t]+([A-Z])(?::|[ \t]+(?=\d))|^[ \t]*([A-Z])[ \t]+(?=\d)|(?<![A-Za-z0-9])([A-Z]):(?=[ \t])|(?<![A-Za-z0-9])¶?\(([A-Za-z])\)|(?<![A-Za-z0-9.])¶?([A-Z])[.)]|(?<![A-Za-z0-9])([a-z])\)|(?<=(?:^|\n)[ \t]*¶?)([a-z])\.|(?<=\d)([A-Z])\.(?=[ \t]))(?=[ \t\n(]|[A-Z0-9])/g;
/** Year (two or four digits), post (words of two letters or more, not `AND`), serial; spaces doubled, a year at a line's end. */
/** Words that begin no post (`AND ALGIERS 140` is `ALGIERS 140`). */
const NOT_A_POST = String.raw`(?!(?:AND|OF|TO|FOR|ON|IN|AT|PER|SEE|BY|PAGE)\b)`;
const TOKEN = new RegExp(String.raw`(?<![A-Za-z0-9/-])(?:((?:19|20)\d\d|\d\d)( {0,3}|[ \t]*(?:\n[ \t]*)+))?${NOT_A_POST}([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,3}?)( {0,3})(\d{1,7})(?![\d/:]|[.,]\d)`, 'g');
/** Two-digit years of the published cables (1966–2010): `29 RIO DE JANEIRO 31` is two serials. */
const PLAUSIBLE_YEAR = /^(?:[0-1]\d|[6-9]\d)$/;
const YEAR_OF_NEXT = new RegExp(String.raw`^ {1,3}${NOT_A_POST}[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)* {0,3}\d`);
const CONTINUED = /^[ \t]*(?:,|;|AND\b|and\b|&)?[ \t]*(?:\(?[A-Za-z][.)][ \t]*)?(\d{1,7})(?![\d/:A-Za-z]|[.,]\d| ?[A-Z][A-Za-z])/;
/** A line that goes on with the block: an item letter, `REF B:`, or an id in capitals. */
const ITEM_LINE_START = /^[ \t]*¶?(?:\(?[A-Z][.)]|\(?[a-z]\)|[a-z]\.[ \t]|[Rr][Ee][Ff] [A-Z]:|(?:\d{2,4} ?)?[A-Z]{2,}(?: [A-Z]{2,})* ?\d)/;

/** The first REF block of the front matter, or null. */
export function findRefBlock(text: string): RefBlock | null {
  let lineStart = 0;
  for (let n = 0; n < FRONT_LINES && lineStart <= text.length; n++) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (NUMBERED_PARAGRAPH.test(line)) return null;
    const atStart = LABEL_AT_LINE_START.exec(line);
    const mid = atStart ? null : LABEL_MID_LINE.exec(line);
    if (atStart || mid) {
      const labelStart = lineStart + (atStart ? atStart[0].indexOf(atStart[1]) : (mid?.index ?? 0));
      const start = atStart ? lineStart + atStart[0].length : labelStart + (mid?.[0].length ?? 0);
      return { label: text.slice(labelStart, start).trim(), labelStart, start, end: blockEnd(text, start), midLine: !atStart };
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return null;
}

/** The block runs over its lines, blank lines included, while each next line goes on with it. */
function blockEnd(text: string, start: number): number {
  let pos = start;
  let end = start;
  let first = true;
  let open = true;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    // A line of a lone `\` is blank: a mirror's line continuation (`REF: BOGOTA 3879 \`).
    if (!/^[ \t]*\\?[ \t]*$/.test(line)) {
      if (!first && !continues(line, open)) return end;
      const stop = endInLine(line, first);
      if (stop >= 0) return pos + stop;
      end = lineEnd;
      open = OPEN_END.test(line);
    }
    first = false;
    if (nl < 0 || lineEnd - start > 1500) return end;
    pos = nl + 1;
  }
}

/** A line that ends in the middle of an item: after a year, a letter, `,`, `;` or `AND`. */
const OPEN_END = /(?:(?<![\d/])\d{2}|[,;]|\bAND|\band|(?<![A-Za-z])\(?[A-Z][.)])[ \t]*$/;
/** What goes on after an open line: an id in any case (`Reykjavik 431`). */
const WRAPPED_ID = /^[ \t]*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)* ?\d/;

function continues(line: string, open: boolean): boolean {
  return ITEM_LINE_START.test(line) || PAGE_FURNITURE.test(line) || (open && WRAPPED_ID.test(line));
}

/** Page furniture inside a block: a section marker, a printout's page line, the marking at a page's foot. */
const PAGE_FURNITURE = /^[ \t]*(?:[A-Z][A-Z ]*? 0{2,}\d+ +\d{3}|PAGE \d{2,3} |(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)[ \t]*$)/;

function endInLine(line: string, first: boolean): number {
  let end = -1;
  const m = BLOCK_END.exec(line);
  if (m) end = m.index;
  const p = PORTION_THEN_TEXT.exec(line);
  if (p && (end < 0 || p.index < end)) end = p.index;
  if (!first && NUMBERED_PARAGRAPH.test(line)) end = 0;
  return end;
}

/**
 * Item letters in order from A. A letter repeats the last one (`A. A)`, the publisher's letter before
 * the cable's own) or comes next; a jump (`A.` … `¶H.`, lines the publisher dropped) only at a line
 * start. Anything else (`U.S.`, `D. B. EVANS EMAIL`, `U) PolOffs delivered`) is not a letter.
 */
export function refLetters(text: string, block: RefBlock): RefLetter[] {
  const body = masked(text, block);
  const letters: RefLetter[] = [];
  LETTER.lastIndex = 0;
  for (let m = LETTER.exec(body); m; m = LETTER.exec(body)) {
    const letter = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8]).toUpperCase();
    const last = letters.length ? letters[letters.length - 1].letter : '';
    const next = last ? String.fromCharCode(last.charCodeAt(0) + 1) : 'A';
    const lineStart = /^[ \t]*$/.test(body.slice(body.lastIndexOf('\n', m.index) + 1, m.index));
    if (letter !== last && letter !== next && !(last && lineStart && letter > last)) continue;
    letters.push({ letter, start: block.start + m.index, end: block.start + m.index + m[0].length });
  }
  return letters;
}

/** The cable ids of a block, each with the letter of its item. */
export function refTokens(text: string, block: RefBlock, letters: readonly RefLetter[] = refLetters(text, block)): RefToken[] {
  const body = masked(text, block);
  const tokens: RefToken[] = [];
  const letterAt = (offset: number) => {
    let found: string | null = null;
    for (const l of letters) if (l.start <= offset) found = l.letter;
    return found;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const serialAt = m.index + m[0].length - m[5].length;
    if (m[4] === '' && m[3].length < 4) continue; // `PN2`: a compact id has a real post.
    if (m[5].length === 2 && PLAUSIBLE_YEAR.test(m[5]) && YEAR_OF_NEXT.test(body.slice(serialAt + 2))) {
      // `AND PREVIOUS 03 RANGOON 1427`: two digits before a post are the next id's year.
      TOKEN.lastIndex = serialAt;
      continue;
    }
    const at = block.start + m.index;
    const year = m[1] ?? null;
    const postStart = at + (year ? year.length + m[2].length : 0);
    const serialStart = postStart + m[3].length + m[4].length;
    tokens.push({ start: at, end: at + m[0].length, year, post: m[3], postStart, serial: m[5], serialStart, compact: m[4] === '', inherited: false, letter: letterAt(at) });
    // `TRIPOLI 33, 53` and `A) STATE 15111 AND B) 13716`: serials that take the id's post and year.
    let from = m.index + m[0].length;
    for (let c = CONTINUED.exec(body.slice(from)); c; c = CONTINUED.exec(body.slice(from))) {
      const s = block.start + from + c[0].length - c[1].length;
      tokens.push({ start: s, end: s + c[1].length, year, post: m[3], postStart, serial: c[1], serialStart: s, compact: false, inherited: true, letter: letterAt(s) });
      from += c[0].length;
    }
    TOKEN.lastIndex = from;
  }
  return tokens;
}

/** The block's text with section markers blanked (same length, so offsets hold). */
function masked(text: string, block: RefBlock): string {
  return text.slice(block.start, block.end).replace(SECTION_MARKER, (s) => ' '.repeat(s.length));
}

const MONTHS = new Set('JAN JANUARY FEB FEBRUARY MAR MARCH APR APRIL MAY JUN JUNE JUL JULY AUG AUGUST SEP SEPT SEPTEMBER OCT OCTOBER NOV NOVEMBER DEC DECEMBER'.split(' '));
/** Last words of "posts" that are not posts: report series, document words, header words run into the block. */
const NOT_POSTS = new Set('IIR DTG TD OSC DSCG DATED ATTACHMENT PART FALL SPRING SUMMER WINTER EMAIL EMAILS LOR OF REPORT FAM FAH PRIORITY IMMEDIATE ROUTINE WASHDC'.split(' '));

/** What a token names by its post: a date (`OCTOBER 14`), something else that is no cable (`IIR 6`), or a cable. */
export function tokenKind(token: RefToken): 'date' | 'not a cable' | 'cable' {
  const words = token.post.toUpperCase().split(/[ -]/);
  const last = words[words.length - 1];
  if (MONTHS.has(last) || words.includes('DATED')) return 'date';
  return NOT_POSTS.has(last) ? 'not a cable' : 'cable';
}

/** The two-digit year of `07` or `2007`. */
export function twoDigitYear(year: string): string {
  return year.length === 4 ? year.slice(2) : year;
}

/** The post as reference ids write it: capitals without spaces or hyphens (`SAO PAULO` → `SAOPAULO`). */
export function idPost(post: string): string {
  return post.toUpperCase().replace(/[ -]/g, '');
}

/** A reference id: two-digit year, post, serial without leading zeros (`07KARACHI861`). */
export function referenceId(year2: string, post: string, serial: string | number): string {
  return `${year2}${idPost(post)}${Number(serial)}`;
}
