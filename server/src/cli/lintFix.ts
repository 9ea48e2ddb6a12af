// `cable lint --fix` on one file: the service's fixed text written back without a byte changed that
// no fix touched. A file that is not UTF-8 is left alone (decoding it would turn each stray byte into
// U+FFFD), and the new text goes to a temporary file beside the old one, which then replaces it: a
// full disk or a file-size limit leaves the old file whole, never a truncated one.

import { randomBytes } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isCable, type FixAllOutcome } from '../index';
import { fileErrorReason } from '../node/fileErrors';

export type FixOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'written' }
  /** Left as it was, on purpose: the message says why. */
  | { readonly kind: 'refused'; readonly message: string }
  /** Could not be written: an error of the run. */
  | { readonly kind: 'failed'; readonly message: string };

export async function writeFixes(file: string, text: string, fixed: FixAllOutcome): Promise<FixOutcome> {
  if (fixed.text === text) return { kind: 'unchanged' };
  // U+FFFD in the text is either written so (valid UTF-8) or a byte that was not UTF-8.
  if (text.includes('\uFFFD') && !isUtf8(await fs.readFile(file))) {
    return { kind: 'refused', message: `${file}: not fixed: it is not UTF-8 text, and writing it back would change bytes that no fix touches (save it as UTF-8 to fix it)` };
  }
  if (!isCable(fixed.model)) return { kind: 'failed', message: `${file}: not written: the fixed text no longer reads as a cable` };
  try {
    await replaceFile(file, fixed.text);
  } catch (error) {
    return { kind: 'failed', message: `${file}: cannot write: ${fileErrorReason(error)} (the file is left as it was)` };
  }
  return { kind: 'written' };
}

/** Writes `text` to a new file in the same folder, then renames it over `file` (a link's target, if a link). */
async function replaceFile(file: string, text: string): Promise<void> {
  const target = await fs.realpath(file);
  const { mode } = await fs.stat(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
      await handle.chmod(mode & 0o7777);
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
