// The TextMate grammar must never freeze the editor: no pattern may backtrack badly. Each input here
// is tokenized with vscode-textmate and vscode-oniguruma (the engine VS Code runs grammars with), and
// every line must be tokenized to its end without the engine giving up on it. A linear grammar needs
// tens of milliseconds for a 20,000-character line; the deadline fails a line that needs seconds,
// as one does when a pattern's cost grows with the line at every token. (Oniguruma itself cuts off a
// single runaway search after a fraction of a second and reports no match.)

import type * as textmate from 'vscode-textmate';
import { cases, LINE_LENGTH, loadGrammar, longLine, tokenizeAll } from '../helpers/grammar';

describe('grammar performance (pathological input)', function () {
  this.timeout(60_000);
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  for (const [name, context, unit] of cases) {
    it(`tokenizes a ${LINE_LENGTH}-character line of ${name}`, () => {
      tokenizeAll(grammar, [...context, longLine(unit), longLine(unit)]);
    });
  }
});
