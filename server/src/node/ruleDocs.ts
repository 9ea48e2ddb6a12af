// Where a rule's doc page is, as a file URL that opens offline. The pages ship in the extension
// (docs/rules/, see .vscodeignore) beside server/dist/; the compiled tests run from out/. Either
// way the nearest folder above this code that holds docs/rules/ is the root.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let docsDir: string | null | undefined;

/** The folder of the rule pages, or null when they are not installed (a bare CLI install). */
function ruleDocsDir(): string | null {
  if (docsDir !== undefined) return docsDir;
  docsDir = null;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) {
      docsDir = candidate;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return docsDir;
}

function ruleDocPath(code: string): string | null {
  const dir = ruleDocsDir();
  return dir && path.join(dir, `${code}.md`);
}

/** `file:///…/docs/rules/<CODE>.md`, or null when the pages are not installed. */
export function ruleDocUrl(code: string): string | null {
  const file = ruleDocPath(code);
  return file && pathToFileURL(file).href;
}
