// What the workspace index holds of each cable: enough to find it, name it and follow its REF items,
// without the whole model. Plain data, so that it crosses to and from worker threads and a cache file.

import type { Range } from './core';

export interface IndexedRef {
  /** The item's letter (`A`), or null in an unlettered REF block. */
  readonly letter: string | null;
  /** Which item of the block (0-based): an unlettered block's items are named by position (`ref B`). */
  readonly item: number;
  /** The id as written, white space folded (`07 KARACHI 861`). */
  readonly written: string;
  /** Reference ids it may name, most likely first (cableIds.ts: candidateIds). */
  readonly ids: readonly string[];
  /** Where the id is written in the citing cable. */
  readonly range: Range;
}

export interface IndexedCable {
  /** `07KARACHI861`: banner and date, else the file name (null when neither gives one). */
  readonly id: string | null;
  /** The banner's message reference (what definition goes to), else the start of the file. */
  readonly target: Range;
  /** ISO date (`2007-02-22`) of the DTG or dateline. */
  readonly date: string | null;
  /** The originating post as the banner writes it (`SAO PAULO`), else the id's. */
  readonly post: string | null;
  readonly classification: string | null;
  readonly subject: string | null;
  readonly tags: readonly string[];
  /** The first line of the summary, when the cable has one. */
  readonly summary: string | null;
  readonly refs: readonly IndexedRef[];
}

/** An indexed cable and the document it is in. */
export interface IndexEntry extends IndexedCable {
  readonly uri: string;
}
