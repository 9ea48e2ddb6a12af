// Source of syntaxes/cable.tmLanguage.json (run `node syntaxes/src/generate.mjs` after editing).
// Written as modules so that regex fragments are shared instead of copied and can carry comments:
// fragments.mjs (pieces several parts share, the classification levels), header.mjs (transmission
// header and printout lines), front-matter.mjs (banner to Classified By), body.mjs (the text).
// Line forms follow docs/cable-format.md (§ numbers in the modules). Every pattern is either
// anchored at a line start or starts with a literal/word boundary, and every repetition that could
// meet itself again is possessive (`*+`, `++`) or bounded, so no line makes the engine backtrack
// badly (test/unit/grammar-performance.test.ts feeds it pathological lines).

import { bodyRules } from './body.mjs';
import { frontMatterRules } from './front-matter.mjs';
import { headerRules } from './header.mjs';

export const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Cable',
  scopeName: 'text.cable',
  comment: 'Generated from syntaxes/src/cable.grammar.mjs by syntaxes/src/generate.mjs; do not edit by hand.',
  patterns: [{ include: '#header' }, { include: '#banners' }, { include: '#body' }],
  repository: { ...headerRules, ...frontMatterRules, ...bodyRules },
};
