// Rules of this group, in code order.

import type { Rule } from '../types';

export const textRules: readonly Rule[] = [];
