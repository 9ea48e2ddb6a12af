// Where one element of the front matter runs onto the end of another: drafters run the E.O. line
// onto a passing line and TAGS onto the E.O. line, and mirrors that joined the lines of a cable write
// `SUBJECT: … REF: A. VIENNA 438 B. STATE 94763 Classified By: …` on one line, with the page marker
// of a continuation (`TRIPOLI 00000868 001.2 OF 002`) or a heading's underline (`------- Summary
// -------`) in between, and sometimes with no space (`VISIT TO BAHRAINREF: MANAMA 510Classified By:`,
// 08MANAMA541). The element being read ends where the next one begins.

const PATTERNS = {
  // `DEPT FOR WHA/BSC E.O. 12958: …`, glued to a word (`… LONDON FOR SREEBNYE.O. 12958`, 09CAIRO544).
  executiveOrder: String.raw`(?<=[\sA-Z0-9)])E\.\s?[Oo]\.\s?\d{5}`,
  // `E.O. 12958: N/A TAGS: PREL …`, glued to a date (`DECL: 12/02/2019TAGS: OVIP …`, 09MANAMA680).
  tags: String.raw`(?:(?<=[\s\d])TAGS?|(?<=\s)[Tt]ags?)[ \t]*:?(?=\s)`,
  // `REF:`, `REFS:`, `REFTEL:` in capitals, after a blank or glued to a word or number; `Ref:`, `Refs:`
  // after a blank. Always with the colon: a bare `REF` is a word of the text.
  references: String.raw`(?:(?<=[\sA-Z0-9.,;)])REF(?:S|TELS?)?|(?<=\s)Ref(?:s|tels?)?)[ \t]*:[ \t]*(?=\S)`,
  // Glued to a word in capitals when written `Classified By` (`VISIT TO CAIROClassified By:`); then a
  // colon or a name (`Classified By: …`, `CLASSIFIED BY DCM …`), not prose (`derived from trafficking`).
  classifiedBy: String.raw`(?:(?<![A-Za-z])(?:[Cc]lassified|CLASSIFIED)\s+(?:[Bb]y|BY)|(?<=[A-Z])Classified\s+By)(?![a-z])(?=\s*:|\s*[A-Z])|(?<![A-Za-z])(?:[Dd]erived|DERIVED)\s+(?:[Ff]rom|FROM)\s*:`,
  underline: String.raw`(?<=\s)-{5,}`,
};

const MARKER_REST = String.raw` +\d{8} +\d{3}(?:\.\d)? +OF +\d{3}(?!\d)`;
/** `TRIPOLI 00000868 001.2 OF 002`: any one word as origin, or the banner's words when known. */
const ANY_ORIGIN = String.raw`(?<=\s)[A-Z][A-Z'-]*`;

export type RunOnKind = keyof typeof PATTERNS | 'pageMarker';

/** One pattern per set of kinds and banner origin, kept for the origins seen last. */
const compiled = new Map<string, RegExp>();
const KEPT_PATTERNS = 64;

function pattern(kinds: readonly RunOnKind[], origin: string | null): RegExp {
  const key = `${kinds.join()}|${origin ?? ''}`;
  let re = compiled.get(key);
  if (!re) {
    const markers = origin === null ? [ANY_ORIGIN] : [String.raw`(?<=\s)${origin.replace(/[.'-]/g, '\\$&').replace(/ +/g, ' +')}`, ANY_ORIGIN];
    const sources = kinds.flatMap((kind) => (kind === 'pageMarker' ? markers.map((m) => m + MARKER_REST) : [PATTERNS[kind]]));
    if (compiled.size >= KEPT_PATTERNS) compiled.clear();
    re = new RegExp(sources.join('|'), 'g');
    compiled.set(key, re);
  }
  return re;
}

/**
 * How far past `from` a run-on element is looked for: a subject, a REF block, a passing line is a
 * few hundred characters; a megabyte of them is not, and searching no further keeps lines linear.
 */
const WINDOW = 4000;

/**
 * The offset in `text` (from `from` on, within WINDOW) where the first element of one of `kinds`
 * begins, or -1: one pass, whatever the kinds. `origin` is the banner's, when there is one, for
 * page markers.
 */
export function findRunOn(text: string, from: number, kinds: readonly RunOnKind[], origin: string | null): number {
  const re = pattern(kinds, origin);
  // The patterns look back one character at most: the window keeps the one before `from`.
  const start = Math.max(0, from - 1);
  const window = text.length - start > WINDOW ? text.slice(start, from + WINDOW) : null;
  re.lastIndex = window === null ? from : from - start;
  const m = re.exec(window ?? text);
  return m === null ? -1 : m.index + (window === null ? 0 : start);
}
