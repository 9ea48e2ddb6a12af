// Hover: Markdown on the code under the pointer.

import type { FeatureRegistration } from './context';
import { guarded } from './staleGuard';

export const registerHover: FeatureRegistration = ({ connection, documents, service }) => {
  connection.onHover(guarded(documents, (doc, params) => service.hover(doc, params.position)));
  return { hoverProvider: true };
};
