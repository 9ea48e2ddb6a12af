// The grammar on a 5 MB file of real cables with long lines between them: slow (seconds), so it is
// in the slow suite (`npm run test:slow`, part of `npm test`), not in the unit tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as textmate from 'vscode-textmate';
import { cases, loadGrammar, longLine, tokenizeAll } from '../helpers/grammar';
import { corpusDir, corpusFiles } from '../helpers/paths';

const FILE_SIZE = 5 * 1024 * 1024;

describe('grammar performance on a large file', function () {
  this.timeout(120_000);
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('tokenizes a 5 MB file of real cables with long lines between them', function () {
    const cables = corpusFiles().map((file) => fs.readFileSync(path.join(corpusDir, file), 'utf8'));
    const lines: string[] = [];
    let size = 0;
    for (let k = 0; size < FILE_SIZE; k++) {
      const text = `${cables[k % cables.length]}\n${longLine(cases[k % cases.length][2])}\n`;
      lines.push(...text.split(/\r?\n/));
      size += text.length;
    }
    tokenizeAll(grammar, lines);
  });
});
