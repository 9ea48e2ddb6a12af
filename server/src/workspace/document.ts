// An open cable as the workspace features see it: its model, its index entry, the mentions in its
// text, and what its REF letters name. Computed once per version of the document.

import { comparePositions, rangeContains, type Cable, type Position, type Range } from './core';
import { findMentions, type Mention, type MentionPart } from './mentions';
import { indexedCable } from './scan';
import type { IndexedCable, IndexedRef } from './types';

/** What a REF letter names: a lettered item, or in an unlettered block an item or id by position. */
export interface LetterTarget {
  readonly letter: string;
  /** The item (or the id) in this cable. */
  readonly range: Range;
  /** Where the letter is written, when it is. */
  readonly letterRange: Range | null;
  readonly refs: readonly IndexedRef[];
}

export class CableDocument {
  private entry: IndexedCable | null = null;
  private readonly lineStarts: number[];
  private mentionList: Mention[] | null = null;
  private targets: LetterTarget[] | null = null;

  constructor(
    readonly uri: string,
    readonly text: string,
    readonly cable: Cable,
  ) {
    this.lineStarts = lineStarts(text);
  }

  /** The cable's index entry (a rule that wants only the mentions does not build it). */
  get indexed(): IndexedCable {
    this.entry ??= indexedCable(this.cable, this.uri);
    return this.entry;
  }

  /** Mentions after the REF block (or the subject): the block's own `REF:` is none. */
  get mentions(): readonly Mention[] {
    const after = this.cable.references?.range.end ?? this.cable.subject?.range.end;
    this.mentionList ??= findMentions(this.text, after ? this.offsetAt(after) : 0);
    return this.mentionList;
  }

  /** The REF block's letters and what each names. */
  get letterTargets(): readonly LetterTarget[] {
    this.targets ??= letterTargets(this.cable, this.indexed.refs);
    return this.targets;
  }

  /** The REF item a lone REFTEL names: the only one. */
  get onlyTarget(): LetterTarget | null {
    return this.letterTargets.length === 1 ? this.letterTargets[0] : null;
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[Math.min(position.line, this.lineStarts.length - 1)];
    return Math.min(start + position.character, this.text.length);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }

  rangeOf(part: { readonly start: number; readonly end: number }): Range {
    return { start: this.positionAt(part.start), end: this.positionAt(part.end) };
  }

  /** The mention at a position, if any. */
  mentionAt(position: Position): Mention | undefined {
    const offset = this.offsetAt(position);
    return this.mentions.find((m) => m.start <= offset && offset <= m.end);
  }

  /** The letter or number of a mention at a position, if the position is on one. */
  partAt<T>(parts: readonly MentionPart<T>[], position: Position): MentionPart<T> | undefined {
    const offset = this.offsetAt(position);
    return parts.find((p) => p.start <= offset && offset <= p.end);
  }

  refAt(position: Position): IndexedRef | undefined {
    return this.indexed.refs.find((r) => rangeContains(r.range, position));
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/**
 * Lettered items by their letters; in an unlettered block the text still says "ref B" for the
 * second id (`REF: BOGOTA 3033; BOGOTA 3006`), so its ids (else its items) take letters by position.
 */
function letterTargets(cable: Cable, refs: readonly IndexedRef[]): LetterTarget[] {
  const items = cable.references?.items ?? [];
  if (items.some((i) => i.letter)) {
    return items.flatMap((item, k) => {
      if (!item.letter) return [];
      return [{ letter: item.letter.value, range: item.range, letterRange: item.letter.range, refs: refs.filter((r) => r.item === k) }];
    });
  }
  const named = refs.length ? refs.map((r) => ({ range: r.range, refs: [r] })) : items.map((item) => ({ range: item.range, refs: [] }));
  return named
    .sort((a, b) => comparePositions(a.range.start, b.range.start))
    .slice(0, 26)
    .map((n, k) => ({ letter: String.fromCharCode(65 + k), range: n.range, letterRange: null, refs: n.refs }));
}
