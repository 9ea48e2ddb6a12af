// C1: the text begins with its classification line (§3.1). Published copies that put a dateline or
// a metadata row first still have the banner on a later line, which the parser finds; only a
// cable with no banner at all is reported.

import { isCable } from '../../model/facts';
import type { Cable } from '../../model/cable';
import type { Range } from '../../model/range';
import { firstNonBlank, trimmedLineRange } from '../../parser/text';
import type { Rule } from '../types';

/** The first written line of the text: after the transmission header and anything before it. */
function firstTextLine(cable: Cable): Range | null {
  const after = Math.max(cable.header?.range.end.line ?? -1, cable.preamble?.end.line ?? -1) + 1;
  for (let line = after; line < cable.lines.length; line++) {
    if (firstNonBlank(cable.lines[line]) >= 0) return trimmedLineRange(cable.lines, line);
  }
  return null;
}

export const bannerMissing: Rule = {
  code: 'C1',
  name: 'banner-missing',
  severity: 'warning',
  description: 'The text begins with a classification line (banner) such as `C O N F I D E N T I A L KARACHI 000861`.',
  basis: 'ACP 127 §209; 5 FAH-2 H-220',
  check(cable) {
    if (cable.banner || !isCable(cable)) return [];
    const range = firstTextLine(cable);
    return range ? [{ range, message: 'No classification line (banner) at the start of the text' }] : [];
  },
};
