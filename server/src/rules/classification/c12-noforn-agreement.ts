// C12: a NOFORN caption and NOFORN portions go together (§3.3, §3.9): a cable captioned NOFORN
// usually marks the paragraphs that carry it `(S/NF)`, and `/NF` portions usually come with the
// caption. Both are observed habits, not rules: information.

import type { Caption } from '../../model/cable';
import type { Finding, Rule } from '../types';
import { carriesNoforn, portionMarks } from './marks';

// `NOFORN`, `NOFORN NOT FOR INTERNET DISTRIBUTION`, or a metadata line such as `SECRET//NOFORN`.
const NOFORN_CAPTION = /(?:^|\/\/)NOFORN\b/;

function isNofornCaption(caption: Caption): boolean {
  return NOFORN_CAPTION.test(caption.value);
}

export const nofornAgreement: Rule = {
  code: 'C12',
  name: 'noforn-agreement',
  severity: 'information',
  description: 'A NOFORN caption comes with `/NF` portion marks, and `/NF` portions with the caption.',
  basis: 'observed practice',
  check(cable) {
    const marks = portionMarks(cable).filter((m) => m.level !== null);
    if (marks.length === 0) return [];
    const caption = cable.captions.find(isNofornCaption);
    const noforn = marks.find(carriesNoforn);
    const findings: Finding[] = [];
    if (caption && !noforn) findings.push({ range: caption.range, message: 'NOFORN caption, but no portion is marked NOFORN (/NF)' });
    if (noforn && !caption) findings.push({ range: noforn.range, message: `Portion (${noforn.text}) is NOFORN, but the cable has no NOFORN caption` });
    return findings;
  },
};
