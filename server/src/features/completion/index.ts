// Completion: TAGS, routing indicators and addresses, precedence words, portion marks and captions
// with their meanings and sources, and snippets whose content depends on the position or the date.
// Each provider answers only where its context applies; the answers of those that do are merged.

import type { Cable } from '../../model/cable';
import type { Position } from '../../model/range';
import { executiveOrderCompletions } from '../snippets/executiveOrder';
import { paragraphCompletions } from '../snippets/paragraph';
import { skeletonCompletions } from '../snippets/skeleton';
import { indicatorDocumentation, routingCompletions } from './addressees';
import { captionCompletions } from './captions';
import { portionMarkCompletions } from './portionMarks';
import { completionRequest, type CompletionRequest } from './request';
import { tagCompletions, tagDocumentation } from './tags';
import type { CompletionItem, CompletionList } from './types';

export type { CompletionItem, CompletionList } from './types';

const PROVIDERS: readonly ((request: CompletionRequest) => CompletionList | null)[] = [
  skeletonCompletions,
  routingCompletions,
  tagCompletions,
  portionMarkCompletions,
  captionCompletions,
  executiveOrderCompletions,
  paragraphCompletions,
];

export function completions(cable: Cable, position: Position, now: Date): CompletionList {
  const request = completionRequest(cable, position, now);
  const lists = PROVIDERS.map((provide) => provide(request)).filter((list): list is CompletionList => list !== null);
  return { isIncomplete: lists.some((list) => list.isIncomplete), items: lists.flatMap((list) => list.items) };
}

/** Adds the documentation that long lists leave out (completionItem/resolve). */
export function resolveCompletion(item: CompletionItem): CompletionItem {
  const data = item.data;
  if (data === undefined || item.documentation !== undefined) return item;
  return { ...item, documentation: 'tag' in data ? tagDocumentation(data.tag, data.year) : indicatorDocumentation(data.indicator) };
}
