// The main paragraph sequence of a cable (§3.9; §4 P1, P2): the longest run of increasing
// paragraph numbers, the earliest one when several are as long, plus numbers repeated right after
// themselves. Sub-lists, quoted documents and stray numbers fall outside it.

import type { Cable, Paragraph } from '../../model/cable';

/**
 * A step that skips more numbers than this is a quoted document's own numbering (04MANAMA339:
 * 3 → 18), not paragraphs removed before release, which drop one to four numbers in the corpus.
 */
const MAX_GAP = 4;

export type StepKind = 'gap' | 'jump' | 'duplicate';

/** An irregular step between two paragraphs of the main sequence. */
export interface Step {
  readonly kind: StepKind;
  readonly before: Paragraph;
  readonly paragraph: Paragraph;
  /** A gap whose missing numbers are written where the parser cannot take them for paragraphs. */
  readonly hidden: boolean;
}

/** Consecutive paragraphs outside the main sequence, and the main paragraphs around them. */
export interface StrayRun {
  readonly paragraphs: readonly Paragraph[];
  readonly before: Paragraph | null;
  readonly after: Paragraph | null;
}

export interface Numbering {
  /** The main sequence in document order, repeated numbers included. */
  readonly main: readonly Paragraph[];
  readonly steps: readonly Step[];
  readonly strays: readonly StrayRun[];
  /** Renumbering the main sequence 1..n is certain: nothing else is numbered and nothing is hidden. */
  readonly renumberable: boolean;
}

const cache = new WeakMap<Cable, Numbering>();

export function numbering(cable: Cable): Numbering {
  let result = cache.get(cable);
  if (!result) {
    result = analyse(cable);
    cache.set(cable, result);
  }
  return result;
}

function analyse(cable: Cable): Numbering {
  const paragraphs = cable.paragraphs;
  const inSequence = longestIncreasing(paragraphs.map((p) => p.number.value));
  const main: Paragraph[] = [];
  const steps: Step[] = [];
  const strays: StrayRun[] = [];
  let run: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const last = main[main.length - 1] ?? null;
    const repeated = last !== null && run.length === 0 && p.number.value === last.number.value;
    if (!inSequence[i] && !repeated) {
      run.push(p);
      continue;
    }
    if (run.length > 0) strays.push({ paragraphs: run, before: last, after: p });
    run = [];
    if (last) {
      const missing = p.number.value - last.number.value - 1;
      const kind: StepKind | null = missing < 0 ? 'duplicate' : missing === 0 ? null : missing <= MAX_GAP ? 'gap' : 'jump';
      if (kind) steps.push({ kind, before: last, paragraph: p, hidden: kind === 'gap' && hiddenNumber(cable, last, p) });
    }
    main.push(p);
  }
  if (run.length > 0) strays.push({ paragraphs: run, before: main[main.length - 1] ?? null, after: null });
  const renumberable =
    strays.length === 0 &&
    main.length > 0 &&
    main[0].number.value === 1 &&
    steps.every((s) => s.kind === 'duplicate' || (s.kind === 'gap' && !s.hidden));
  return { main, steps, strays, renumberable };
}

/**
 * Marks the longest strictly increasing subsequence; among equally long ones, the one made of the
 * earliest paragraphs, so that a restarted list is the stray and not the text before it. Patience
 * sorting over the reversed sequence, O(n log n).
 */
function longestIncreasing(values: readonly number[]): boolean[] {
  // tails[k]: index of the element starting (in document order) the best run of length k + 1 found
  // so far, i.e. the one with the largest first value.
  const tails: number[] = [];
  const next: number[] = new Array(values.length).fill(-1);
  for (let i = values.length - 1; i >= 0; i--) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] > values[i]) lo = mid + 1;
      else hi = mid;
    }
    next[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const marked = new Array<boolean>(values.length).fill(false);
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = next[i]) marked[i] = true;
  return marked;
}

// A missing number may be written where the parser cannot take it for a paragraph: indented
// (04STATE137635 `    7. ADDITIONAL …`) or after a printout page line (00HARARE6677
// `PAGE 03 HARARE 06677 03 OF 03 291401Z 11. (C) COMMENT`). Renumbering would then be wrong.
const INDENTED = /^[ \t\u00a0]+(\d{1,3})\.(?=[\s(]|$)/;
const RUN_ON = /\s(\d{1,3})\.[ \t]*\((?:U|C|S|TS|SBU)\b/g;

function hiddenNumber(cable: Cable, before: Paragraph, after: Paragraph): boolean {
  const from = before.number.value;
  const to = after.number.value;
  const missing = (text: string) => {
    const n = Number(text);
    return n > from && n < to;
  };
  for (let line = before.range.start.line; line < after.range.start.line; line++) {
    const text = cable.lines[line];
    const indented = INDENTED.exec(text);
    if (indented && missing(indented[1])) return true;
    for (const m of text.matchAll(RUN_ON)) if (missing(m[1])) return true;
  }
  return false;
}
