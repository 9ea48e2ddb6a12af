// C14: the special handling caption comes first, the most restrictive first (§3.3): "a special
// handling caption, when used, is the first caption listed after the MRN" (5 FAH-2 H-440); STADIS
// may accompany EXDIS or NODIS and "the most restrictive caption must appear first" (5 FAH-2
// H-252.1-1), NODIS (≈ SPECAT EXCLUSIVE, which "further restricts") being narrower than EXDIS
// (≈ SPECAT) (5 FAH-2 H-250).
// LIMDIS has no documented place in that order and is not checked.

import type { Caption } from '../../model/cable';
import type { Finding, Rule } from '../types';

/** Handling captions, most restrictive first. */
const RESTRICTIVENESS = ['NODIS', 'EXDIS', 'STADIS'];
const SPECIAL_HANDLING: ReadonlySet<string> = new Set(['NODIS', 'EXDIS']);
// Not distribution captions: a re-issue notice and WikiLeaks' metadata line (`SECRET//NOFORN`).
const NOT_HANDLING = /^CORRECTED COPY$|\/\//;

export const captionOrder: Rule = {
  code: 'C14',
  name: 'caption-order',
  severity: 'warning',
  description: 'A special handling caption (NODIS, EXDIS) is the first caption, and the most restrictive comes first (NODIS, EXDIS, STADIS).',
  basis: '5 FAH-2 H-250; 5 FAH-2 H-440',
  check(cable) {
    const captions = cable.captions.filter((c) => !NOT_HANDLING.test(c.value));
    const reported = new Map<Caption, Finding>();
    const special = captions.find((c) => SPECIAL_HANDLING.has(c.value));
    if (special && !SPECIAL_HANDLING.has(captions[0].value)) {
      reported.set(special, { range: special.range, message: `${special.value} must be the first caption`, related: [{ range: captions[0].range, message: `first caption: ${captions[0].value}` }] });
    }
    const ranked = captions.filter((c) => RESTRICTIVENESS.includes(c.value));
    ranked.forEach((caption, i) => {
      const before = ranked.slice(0, i).find((c) => RESTRICTIVENESS.indexOf(c.value) > RESTRICTIVENESS.indexOf(caption.value));
      if (before && !reported.has(caption)) {
        reported.set(caption, { range: caption.range, message: `${caption.value} must come before ${before.value}`, related: [{ range: before.range, message: before.value }] });
      }
    });
    return [...reported.values()];
  },
};
