// Hover: Markdown on the code under the pointer.

import type { FeatureRegistration } from './context';
import { documentPosition, guarded } from './requestGuard';
import { positionParams } from './validate';

export const registerHover: FeatureRegistration = (context) => {
  const { connection, service } = context;
  connection.onHover(guarded(context, positionParams, (doc, params) => service.hover(doc, documentPosition(doc, params.position))));
  return { hoverProvider: true };
};
