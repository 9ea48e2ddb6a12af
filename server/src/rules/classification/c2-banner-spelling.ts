// C2: the classification word of the banner is spelt right (§3.1). The parser keeps a banner whose
// word is one letter off a level (`CCONFIDENTIAL`, `ONFIDENTIAL`, `ECRET`) with a null level.

import type { Rule } from '../types';

const WORDS = ['CONFIDENTIAL', 'SECRET', 'UNCLASSIFIED'] as const;
const AFFIX = 3;

/**
 * The level word a misspelling stands for. One letter added, dropped or changed leaves the first or
 * the last three letters of a word of six or more intact, and no two level words share those.
 */
function intended(written: string): string | null {
  const found = WORDS.filter((w) => written.startsWith(w.slice(0, AFFIX)) || written.endsWith(w.slice(-AFFIX)));
  return found.length === 1 ? found[0] : null;
}

export const bannerSpelling: Rule = {
  code: 'C2',
  name: 'banner-spelling',
  severity: 'error',
  description: 'The classification word of the banner is spelt correctly (letter-spaced or plain).',
  basis: 'ACP 127 §209; 5 FAH-2 H-220',
  check(cable) {
    const banner = cable.banner;
    const marking = banner?.marking;
    if (!banner || !marking || marking.value !== null) return [];
    const word = intended(marking.text.replace(/ /g, ''));
    const message = `Misspelt classification "${marking.text}"`;
    if (word === null) return [{ range: marking.range, message }];
    const newText = banner.spaced ? word.split('').join(' ') : word;
    return [{ range: marking.range, message: `${message}: ${newText}?`, fixes: [{ title: `Correct to ${newText}`, edits: [{ range: marking.range, newText }], preferred: true }] }];
  },
};
