// An open cable as the workspace features see it: its model, its index entry, the mentions in its
// text, and what its REF letters name. Computed once per version of the document.

import { comparePositions, countAtMost, itself, rangeContains, type Cable, type Position, type Range } from './core';
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
  /** Where the lines start, found as far as asked (`scanned`): linting a version asks for the REF block's end only. */
  private readonly starts = [0];
  private scanned = 0;
  private mentionList: Mention[] | null = null;
  private targets: LetterTarget[] | null = null;

  constructor(
    readonly uri: string,
    readonly text: string,
    readonly cable: Cable,
  ) {}

  /** The cable's index entry (a rule that wants only the mentions does not build it). */
  get indexed(): IndexedCable {
    this.entry ??= indexedCable(this.cable, this.uri);
    return this.entry;
  }

  /** Mentions after the REF block (or the subject): the block's own `REF:` is none. */
  get mentions(): readonly Mention[] {
    this.mentionList ??= findMentions(this.text, this.mentionsFrom());
    return this.mentionList;
  }

  private mentionsFrom(): number {
    const after = this.cable.references?.range.end ?? this.cable.subject?.range.end;
    return after ? this.offsetAt(after) : 0;
  }

  /** The mentions that name REF letters ("ref D", "para 2 of ref B"), found alone when the others are not wanted. */
  get letterMentions(): readonly Mention[] {
    if (this.mentionList) return this.mentionList.filter((m) => m.letterParts.length > 0);
    return findMentions(this.text, this.mentionsFrom(), true);
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
    this.scanLines(position.line, Infinity);
    const start = this.starts[Math.min(position.line, this.starts.length - 1)];
    return Math.min(start + position.character, this.text.length);
  }

  positionAt(offset: number): Position {
    this.scanLines(Infinity, offset);
    const line = Math.max(0, countAtMost(this.starts, offset, itself) - 1);
    return { line, character: offset - this.starts[line] };
  }

  /** Finds line starts further on, until the start of `line` or past `offset`, or to the end of the text. */
  private scanLines(line: number, offset: number): void {
    const text = this.text;
    while (this.scanned < text.length && this.starts.length <= line && this.scanned <= offset) {
      const c = text.charCodeAt(this.scanned++);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(this.scanned) !== 0x0a)) this.starts.push(this.scanned);
    }
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
