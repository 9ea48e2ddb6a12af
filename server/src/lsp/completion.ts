// Completion. `/` completes an indicator's addresses, `(` portion marks, a space the next TAGS code
// or a precedence word; letters trigger completion in the editor anyway. Items of long lists get
// their documentation on completionItem/resolve.

import type { CompletionItem as LspCompletionItem } from 'vscode-languageserver/node';
import type { CompletionItem } from '../features/completion/types';
import type { FeatureRegistration } from './context';
import { guarded } from './staleGuard';

export const registerCompletion: FeatureRegistration = ({ connection, documents, service }) => {
  connection.onCompletion(guarded(documents, (doc, params) => service.completions(doc, params.position, new Date())));
  // The items come back as the server sent them, with their `data`.
  connection.onCompletionResolve((item: LspCompletionItem) => service.resolveCompletion(item as CompletionItem));
  return { completionProvider: { triggerCharacters: ['/', '(', ' '], resolveProvider: true } };
};
