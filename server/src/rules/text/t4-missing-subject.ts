// T4: a telegram has a SUBJECT line (§3.6; 5 FAH-1 H-210: mandatory for archived messages).

import type { Rule } from '../types';
import { missingElementAnchor } from './frontMatterAnchor';

export const missingSubject: Rule = {
  code: 'T4',
  name: 'missing-subject',
  severity: 'warning',
  description: 'The telegram has a SUBJECT line with a subject.',
  basis: '5 FAH-1 H-210',
  check(cable) {
    if (cable.subject) {
      return cable.subject.subject.value === '' ? [{ range: cable.subject.keyword.range, message: 'SUBJECT line without a subject' }] : [];
    }
    const range = missingElementAnchor(cable, 'subject');
    return range ? [{ range, message: 'No SUBJECT line' }] : [];
  },
};
