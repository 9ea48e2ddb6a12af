// T1: an archived telegram carries a TAGS line with at least one code (§3.5): NARA's CFPF rules and
// 5 FAH-1 H-210 require TAGS; AMADS disseminates on them. Whether a subject TAGS is among them is T8.

import type { Rule } from '../types';
import { missingElementAnchor } from './frontMatterAnchor';

export const missingTags: Rule = {
  code: 'T1',
  name: 'missing-tags',
  severity: 'warning',
  description: 'The telegram has a TAGS line with at least one TAGS code.',
  basis: 'NARA CFPF; 5 FAH-1 H-210',
  check(cable) {
    if (cable.tags) {
      return cable.tags.tags.length > 0 ? [] : [{ range: cable.tags.keyword.range, message: 'TAGS line without TAGS codes' }];
    }
    const range = missingElementAnchor(cable, 'tags');
    return range ? [{ range, message: 'No TAGS line' }] : [];
  },
};
