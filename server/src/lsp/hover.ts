// Hover: Markdown on the code under the pointer.

import type { FeatureRegistration } from './context';
import { documentPosition, guarded } from './requestGuard';
import { positionParams } from './validate';

export const registerHover: FeatureRegistration = (context) => {
  const { connection, service } = context;
  connection.onHover(
    guarded(context, positionParams, (doc, params) => {
      const position = documentPosition(doc, params.position);
      return context.workspaceHover?.(doc, position) ?? service.hover(doc, position);
    }),
  );
  return { hoverProvider: true };
};
