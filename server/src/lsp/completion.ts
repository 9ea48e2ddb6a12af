// Completion. `/` completes an indicator's addresses, `(` portion marks, a space the next TAGS code
// or a precedence word; letters trigger completion in the editor anyway. Items of long lists get
// their documentation on completionItem/resolve.

import type { CompletionItem as LspCompletionItem } from 'vscode-languageserver';
import type { CompletionItem } from '../index';
import type { FeatureRegistration } from './context';
import { documentPosition, guarded } from './requestGuard';
import { positionParams } from './validate';

/** Whether an item came back with the `data` the server gave it (a client may send anything). */
function resolvable(item: unknown): item is CompletionItem {
  if (typeof item !== 'object' || item === null) return false;
  const data = (item as { data?: unknown }).data;
  if (data === undefined) return true;
  if (typeof data !== 'object' || data === null) return false;
  const { tag, year, indicator } = data as Record<string, unknown>;
  return typeof indicator === 'string' || (typeof tag === 'string' && (year === null || Number.isInteger(year)));
}

export const registerCompletion: FeatureRegistration = (context) => {
  const { connection, service } = context;
  connection.onCompletion(guarded(context, positionParams, (doc, params) => service.completions(doc, documentPosition(doc, params.position), new Date())));
  // The items come back as the server sent them, with their `data`; anything else is returned as it came.
  connection.onCompletionResolve((item: LspCompletionItem) => (resolvable(item) ? service.resolveCompletion(item) : item));
  return { completionProvider: { triggerCharacters: ['/', '(', ' '], resolveProvider: true } };
};
