// R2: another file of the workspace has this cable's reference id: a copy of the cable, or a text
// published under the wrong id. It needs the host's knowledge of the workspace (the editor's index,
// or the files given to `cable lint`); linted alone, a cable is never reported. The finding is on
// the banner's id, so a cable without one is not reported either.

import type { Rule } from '../types';

/** Files named in the message at most; the others are counted. */
const NAMED = 3;

export const duplicateReferenceId: Rule = {
  code: 'R2',
  name: 'duplicate-reference-id',
  severity: 'information',
  description: 'No other file of the workspace has the cable\'s reference id.',
  basis: 'observed practice',
  check(cable, context) {
    const workspace = context?.workspace;
    const range = cable.banner?.reference?.range;
    if (!workspace?.id || !workspace.sameId.length || !range) return [];
    const others = workspace.sameId;
    const more = others.length > NAMED ? ` and ${others.length - NAMED} more` : '';
    return [{ range, message: `Reference id ${workspace.id} is also the id of ${others.slice(0, NAMED).join(', ')}${more}` }];
  },
};
