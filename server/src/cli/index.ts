// `cable index [--json] [PATH...]`: the workspace index of the cables under the PATHs (default: the
// current folder), one line a cable: id, date, post, classification, file and subject, or with
// --json the index entry with its file. Exit code 0, or 2 for a PATH or file that cannot be read
// (or a named file that is not a cable), each said on stderr.

import { parseArgs } from 'node:util';
import { readWorkspace } from './workspaceInputs';

export async function indexCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`cable index: ${(error as Error).message}\n`);
    return 2;
  }
  const { cables, errors } = await readWorkspace(parsed.positionals.length ? parsed.positionals : ['.']);
  for (const { file, cable } of cables) {
    if (parsed.values.json) {
      const { target, refs, ...fields } = cable;
      const lines = refs.map((r) => ({ letter: r.letter, written: r.written, ids: r.ids, line: r.range.start.line + 1 }));
      process.stdout.write(`${JSON.stringify({ file, ...fields, line: target.start.line + 1, refs: lines })}\n`);
    } else process.stdout.write(`${[cable.id ?? '-', cable.date ?? '-', cable.post ?? '-', cable.classification ?? '-', file, cable.subject ?? ''].join('\t')}\n`);
  }
  for (const message of errors) process.stderr.write(`cable index: ${message}\n`);
  process.stderr.write(`cable index: ${cables.length} ${cables.length === 1 ? 'cable' : 'cables'}\n`);
  return errors.length ? 2 : 0;
}
