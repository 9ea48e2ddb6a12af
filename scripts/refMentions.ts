// Mentions of REF items and paragraphs in a cable's text, for the survey (scripts/refSurvey.ts):
// "REFTEL", "ref A", "reftel B", "REF (C)", "refs A and B", "para 3", "paragraphs 3-5", "¶3",
// "para 4 of ref A", "ref A para 4". Forms as written in real cables; what an index would resolve.

export type MentionKind = 'reftel' | 'ref' | 'letters' | 'para' | 'pilcrow' | 'paraOfRef' | 'refPara';

export interface Mention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** REF letters named, upper-cased (`refs A and B` → A, B). */
  readonly letters: readonly string[];
  /** Paragraph numbers named, ranges expanded (`paras 3-5` → 3, 4, 5). */
  readonly paras: readonly number[];
  /** A short name of the written form, for counting (`ref A`, `(ref A)`, `refs A and B`, `paras N-M`). */
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

const PARA_OF_REF = new RegExp(String.raw`(?<![A-Za-z])${PARA_WORD}[ \t]*(${NUMBERS})[ \t,]*(?:(?:of|in|from|OF|IN|FROM)[ \t]+(?:the[ \t]+)?)?(${REF_WORD})\.?(?:[ \t]*(${LETTERS}))?`, 'g');
const REF_PARA = new RegExp(String.raw`(?<![A-Za-z])(${REF_WORD})\.?(?:[ \t]*(${LETTERS}))?[ \t]*,?[ \t]*(?:at[ \t]+)?${PARA_WORD}[ \t]*(${NUMBERS})`, 'g');
const REF_LETTERS = new RegExp(String.raw`(?<![A-Za-z])(${REF_WORD})(\.?)[ \t]*(${LETTERS})`, 'g');
const REF_ALONE = new RegExp(String.raw`(?<![A-Za-z])(${SHORT_REF_WORD})`, 'g');
const PARA = new RegExp(String.raw`(?<![A-Za-z])(${PARA_WORD})[ \t]*(${NUMBERS})`, 'g');
/** `¶3` inside a line; `¶3.` at a line start is the publisher's mark of paragraph 3, not a mention. */
const PILCROW = /(?<=\S[^\n]*?)¶[ \t]?(\d{1,2})(?!\d)(?!\.\s*(?:\(|[A-Z]))/g;

/** Every mention in `text` from `from` on; compound mentions ("para 4 of ref A") hide their parts. */
export function findMentions(text: string, from: number): Mention[] {
  const body = text.slice(from);
  const found: Mention[] = [];
  const taken = (s: number, e: number) => found.some((m) => s < m.end - from && e > m.start - from);
  const add = (kind: MentionKind, m: RegExpExecArray, letters: string | undefined, numbers: string | undefined, form: string) => {
    if (taken(m.index, m.index + m[0].length)) return;
    found.push({ kind, start: from + m.index, end: from + m.index + m[0].length, text: m[0], letters: lettersOf(letters), paras: numberList(numbers), form });
  };
  for (const m of matches(PARA_OF_REF, body)) add('paraOfRef', m, m[3], m[1], `para N of ${refForm(m[2])}${m[3] ? ' X' : ''}`);
  for (const m of matches(REF_PARA, body)) add('refPara', m, m[2], m[3], `${refForm(m[1])}${m[2] ? ' X' : ''} para N`);
  for (const m of matches(REF_LETTERS, body)) {
    const many = lettersOf(m[3]).length > 1;
    const x = /^\(?[a-z]/.test(m[3]) ? 'x' : 'X';
    add('letters', m, m[3], undefined, `${refForm(m[1])}${m[2]} ${/^\(/.test(m[3]) ? `(${x})` : x}${many ? ' and Y' : ''}`);
  }
  for (const m of matches(REF_ALONE, body)) add(/tel/i.test(m[1]) ? 'reftel' : 'ref', m, undefined, undefined, m[1].toLowerCase());
  for (const m of matches(PARA, body)) add('para', m, undefined, m[2], `${m[1].toLowerCase().replace(/\.$/, '')}${/\./.test(m[1]) ? '.' : ''} ${/\d\D+\d/.test(m[2]) ? 'N-M' : 'N'}`);
  for (const m of matches(PILCROW, body)) add('pilcrow', m, undefined, m[1], '¶N');
  return found.sort((a, b) => a.start - b.start);
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

function refForm(word: string): string {
  const w = word.toLowerCase();
  return w.startsWith('reference') ? (w.endsWith('s') ? 'references' : 'reference') : w;
}

function lettersOf(letters: string | undefined): string[] {
  if (!letters) return [];
  const singles = [...letters.matchAll(/(?<![A-Za-z])[A-Za-z](?![A-Za-z])/g)].map((m) => m[0].toUpperCase());
  // `refs A-C`: the range's letters too.
  const range = /([A-Za-z])\)?[ \t]*(?:-|–|through|thru)[ \t]*\(?([A-Za-z])/.exec(letters);
  if (range) {
    const [a, b] = [range[1].toUpperCase().charCodeAt(0), range[2].toUpperCase().charCodeAt(0)];
    for (let c = a + 1; c < b; c++) singles.push(String.fromCharCode(c));
  }
  return [...new Set(singles)].sort();
}

function numberList(numbers: string | undefined): number[] {
  if (!numbers) return [];
  const list = [...numbers.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const range = /(\d+)[ \t]*(?:-|–|to|TO|through|THROUGH|thru)[ \t]*(\d+)/.exec(numbers);
  if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) < 30) {
    for (let n = Number(range[1]) + 1; n < Number(range[2]); n++) list.push(n);
  }
  return [...new Set(list)].sort((a, b) => a - b);
}
