// Mentions of REF items and paragraphs in a cable's text (docs/workspace/ref-forms.md §7): "REFTEL",
// "ref A", "reftel B", "REF (C)", "refs A and B", "para 3", "paragraphs 3-5", "¶3", "para 4 of ref
// A", "ref A para 4". Each with where its letters and numbers are, so that a position on one of them
// picks it.

import { countAtMost, groupStart } from './core';

export type MentionKind = 'reftel' | 'ref' | 'letters' | 'para' | 'pilcrow' | 'paraOfRef' | 'refPara';

/** A letter or paragraph number as written, with offsets. */
export interface MentionPart<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

export interface Mention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** REF letters named, upper-cased and sorted (`refs A-C` → A, B, C). */
  readonly letters: readonly string[];
  /** Paragraph numbers named, ranges expanded (`paras 3-5` → 3, 4, 5). */
  readonly paras: readonly number[];
  /** The letters and numbers as written, where they are (`B` of `refs A-C` is not written). */
  readonly letterParts: readonly MentionPart<string>[];
  readonly paraParts: readonly MentionPart<number>[];
  /** A short name of the written form, for counting (`ref X`, `(ref X)`, `refs X and Y`, `paras N-M`). */
  readonly form: string;
}

const REF_WORD = String.raw`(?:REFTELS?|Reftels?|reftels?|REFS?|Refs?|refs?|REFERENCES?|References?|references?)(?![A-Za-z])`;
/** Alone, "reference" is mostly prose ("with reference to"): only REF, REFS and REFTEL(S) count. */
const SHORT_REF_WORD = String.raw`(?:REFTELS?|Reftels?|reftels?|REFS?|Refs?|refs?)(?![A-Za-z])`;
/** A letter alone: not `P/E` (Pol/Econ), nor the `e` of `e.g.` or `e-mail`. */
const letter = (cls: string) => String.raw`\(?${cls}\)?(?![A-Za-z0-9/]|\.[A-Za-z]|-[A-Za-z]{2})`;
const letterList = (cls: string) => String.raw`${letter(cls)}(?:(?:[ \t]*(?:,|and|AND|&|or|OR|through|thru)[ \t]*|[-–])${letter(cls)})*`;
/** A list keeps its case: in "as reported ref B, a Ministry doctor" the `a` is an article. */
const LETTERS = String.raw`(?:${letterList('[A-Z]')}|${letterList('[a-z]')})`;
const PARA_WORD = String.raw`(?:PARAGRAPHS?|Paragraphs?|paragraphs?|PARAS?|Paras?|paras?)\.?`;
const NUMBERS = String.raw`\d{1,2}(?![\d])(?:[ \t]*(?:-|–|to|TO|through|THROUGH|thru|and|AND|&|,)[ \t]*\d{1,2}(?![\d]))*`;

const PARA_OF_REF = new RegExp(String.raw`(?<![A-Za-z])${PARA_WORD}[ \t]*(${NUMBERS})[ \t,]*(?:(?:of|in|from|OF|IN|FROM)[ \t]+(?:the[ \t]+)?)?(${REF_WORD})\.?(?:[ \t]*(${LETTERS}))?`, 'dg');
const REF_PARA = new RegExp(String.raw`(?<![A-Za-z])(${REF_WORD})\.?(?:[ \t]*(${LETTERS}))?[ \t]*,?[ \t]*(?:at[ \t]+)?${PARA_WORD}[ \t]*(${NUMBERS})`, 'dg');
const REF_LETTERS = new RegExp(String.raw`(?<![A-Za-z])(${REF_WORD})(\.?)[ \t]*(${LETTERS})`, 'dg');
const REF_ALONE = new RegExp(String.raw`(?<![A-Za-z])(${SHORT_REF_WORD})`, 'dg');
const PARA = new RegExp(String.raw`(?<![A-Za-z])(${PARA_WORD})[ \t]*(${NUMBERS})`, 'dg');
/**
 * `¶3` inside a line; `¶3.` at a line start is the publisher's mark of paragraph 3, not a mention
 * (`midLine` checks what precedes: a lookbehind over the line would be tried at every position).
 */
const PILCROW = /¶[ \t]?(\d{1,2})(?!\d)(?!\.\s*(?:\(|[A-Z]))/dg;
const SINGLE_LETTER = /(?<![A-Za-z])[A-Za-z](?![A-Za-z])/g;
const LETTER_RANGE = /([A-Za-z])\)?[ \t]*(?:-|–|through|thru)[ \t]*\(?([A-Za-z])/;
const NUMBER = /\d+/g;
const NUMBER_RANGE = /(\d+)[ \t]*(?:-|–|to|TO|through|THROUGH|thru)[ \t]*(\d+)/;
/**
 * Mentions read in one cable, at most. The most of a real cable is a few dozen; a text made of
 * nothing else (1 MB of "ref A") would otherwise hold up its lint and its navigation for seconds.
 */
export const MENTIONS_PER_CABLE = 10_000;
/** A range longer than this is no list of paragraphs ("paras 1-99" is a typing error). */
const LONGEST_RANGE = 30;

/**
 * Every mention in `text` from `from` on, up to MENTIONS_PER_CABLE; compound mentions ("para 4 of
 * ref A") hide their parts. With `lettersOnly`, only those that name REF letters: the forms that
 * name none are looked for last, so the others come out the same.
 */
export function findMentions(text: string, from = 0, lettersOnly = false): Mention[] {
  // Each pattern in turn claims its matches; a later one takes only what no earlier one claimed.
  // The claims stay sorted and apart, so that a text of 100,000 mentions is checked in n log n.
  let claimed: Mention[] = [];
  const pass = (re: RegExp, read: (m: RegExpExecArray) => Mention | null) => {
    const fresh: Mention[] = [];
    for (const m of matches(re, text, from)) {
      if (claimed.length + fresh.length >= MENTIONS_PER_CABLE) break;
      if (overlapsAny(claimed, m.index, m.index + m[0].length)) continue;
      const mention = read(m);
      if (mention) fresh.push(mention);
    }
    claimed = mergeByStart(claimed, fresh);
  };
  const mention = (kind: MentionKind, m: RegExpExecArray, letterGroup: number, numberGroup: number, form: string): Mention => {
    const letterParts = partsOf(m, letterGroup, SINGLE_LETTER, (s) => s.toUpperCase());
    const paraParts = partsOf(m, numberGroup, NUMBER, Number);
    return {
      kind,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      letters: lettersNamed(letterParts, m[letterGroup]),
      paras: numberList(paraParts, m[numberGroup]),
      letterParts,
      paraParts,
      form,
    };
  };
  pass(PARA_OF_REF, (m) => mention('paraOfRef', m, 3, 1, `para N of ${refForm(m[2])}${m[3] ? ' X' : ''}`));
  pass(REF_PARA, (m) => mention('refPara', m, 2, 3, `${refForm(m[1])}${m[2] ? ' X' : ''} para N`));
  pass(REF_LETTERS, (m) => {
    const many = lettersNamed(partsOf(m, 3, SINGLE_LETTER, (s) => s.toUpperCase()), m[3]).length > 1;
    const x = /^\(?[a-z]/.test(m[3]) ? 'x' : 'X';
    return mention('letters', m, 3, 0, `${refForm(m[1])}${m[2]} ${/^\(/.test(m[3]) ? `(${x})` : x}${many ? ' and Y' : ''}`);
  });
  if (lettersOnly) return claimed.filter((m) => m.letterParts.length > 0);
  pass(REF_ALONE, (m) => mention(/tel/i.test(m[1]) ? 'reftel' : 'ref', m, 0, 0, m[1].toLowerCase()));
  pass(PARA, (m) => mention('para', m, 0, 2, `${m[1].toLowerCase().replace(/\.$/, '')}${/\./.test(m[1]) ? '.' : ''} ${/\d\D+\d/.test(m[2]) ? 'N-M' : 'N'}`));
  pass(PILCROW, (m) => (midLine(text, m.index) ? mention('pilcrow', m, 0, 1, '¶N') : null));
  return claimed;
}

/** Whether [start, end) overlaps one of `sorted`, mentions in text order that do not overlap. */
function overlapsAny(sorted: readonly Mention[], start: number, end: number): boolean {
  // The last mention starting before `end` ends furthest to the right of those that might overlap.
  const last = countAtMost(sorted, end - 1, (m) => m.start) - 1;
  return last >= 0 && sorted[last].end > start;
}

function mergeByStart(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const merged: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return merged;
}

/** Whether something other than white space precedes `index` on its line. */
function midLine(text: string, index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return false;
    if (/\S/.test(text[k])) return true;
  }
  return false;
}

function* matches(re: RegExp, text: string, from: number): Generator<RegExpExecArray> {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

function refForm(word: string): string {
  const w = word.toLowerCase();
  return w.startsWith('reference') ? (w.endsWith('s') ? 'references' : 'reference') : w;
}

/** The letters or numbers of group `group` (0: none), with offsets in the text. */
function partsOf<T>(m: RegExpExecArray, group: number, single: RegExp, value: (s: string) => T): MentionPart<T>[] {
  const written = group > 0 ? m[group] : undefined;
  if (!written) return [];
  const at = groupStart(m, group);
  return [...written.matchAll(single)].map((s) => ({ value: value(s[0]), start: at + s.index, end: at + s.index + s[0].length }));
}

function lettersNamed(parts: readonly MentionPart<string>[], written: string | undefined): string[] {
  const letters = parts.map((p) => p.value);
  // `refs A-C`: the range's letters too.
  const range = written ? LETTER_RANGE.exec(written) : null;
  if (range) {
    const [a, b] = [range[1].toUpperCase().charCodeAt(0), range[2].toUpperCase().charCodeAt(0)];
    for (let c = a + 1; c < b; c++) letters.push(String.fromCharCode(c));
  }
  return [...new Set(letters)].sort();
}

function numberList(parts: readonly MentionPart<number>[], written: string | undefined): number[] {
  const list = parts.map((p) => p.value);
  const range = written ? NUMBER_RANGE.exec(written) : null;
  if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) < LONGEST_RANGE) {
    for (let n = Number(range[1]) + 1; n < Number(range[2]); n++) list.push(n);
  }
  return [...new Set(list)].sort((a, b) => a - b);
}
