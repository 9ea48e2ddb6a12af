// Completion. `/` completes an indicator's addresses, `(` portion marks, a space the next TAGS code
// or a precedence word; letters trigger completion in the editor anyway.

import type { FeatureRegistration } from './context';
import { guarded } from './staleGuard';

export const registerCompletion: FeatureRegistration = ({ connection, documents, service }) => {
  connection.onCompletion(guarded(documents, (doc, params) => service.completions(doc, params.position, new Date())));
  return { completionProvider: { triggerCharacters: ['/', '(', ' '] } };
};
