// Every rule, in code order. Each group's index lists its rules; this is the one place that
// collects them for the engine, the docs, the README table and the configuration schema.

import { headerRules } from './header';
import { classificationRules } from './classification';
import { referenceRules } from './references';
import { textRules } from './text';
import type { Rule } from './types';

export const rules: readonly Rule[] = [...headerRules, ...classificationRules, ...textRules, ...referenceRules];
