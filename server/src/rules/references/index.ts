// Rules of this group, in code order: the REF block and the cables it names.

import type { Rule } from '../types';
import { refLetterUnlisted } from './r1-ref-letter-unlisted';
import { duplicateReferenceId } from './r2-duplicate-reference-id';

export const referenceRules: readonly Rule[] = [refLetterUnlisted, duplicateReferenceId];
