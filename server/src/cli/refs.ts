// `cable refs [--json] ID [PATH...]`: the cables under the PATHs (default: the current folder) that
// cite ID, with the REF item of each, and the cables ID cites, each said present or not. Exit code
// 0, or 2 for bad usage or a PATH or file that cannot be read.

import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { readWorkspace } from './workspaceInputs';

export async function refsCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`cable refs: ${(error as Error).message}\n`);
    return 2;
  }
  const [id, ...paths] = parsed.positionals;
  if (!id) {
    process.stderr.write('cable refs: no ID given\nusage: cable refs [--json] ID [PATH...]\n');
    return 2;
  }
  const wanted = id.toUpperCase().replace(/\s+/g, '');
  const { index, errors } = await readWorkspace(paths.length ? paths : ['.']);
  const file = (uri: string) => path.relative(process.cwd(), fileURLToPath(uri));
  const citedBy = index.citations(wanted).map((c) => ({ id: c.entry.id, file: file(c.entry.uri), line: c.ref.range.start.line + 1, letter: c.ref.letter, written: c.ref.written }));
  const claimants = index.filesOf(wanted);
  const cites = (claimants[0]?.refs ?? []).map((r) => {
    const found = index.resolve(r);
    return { id: index.resolvedId(r) ?? r.ids[0] ?? null, letter: r.letter, written: r.written, files: found.map((e) => file(e.uri)) };
  });
  if (parsed.values.json) process.stdout.write(`${JSON.stringify({ id: wanted, files: claimants.map((e) => file(e.uri)), citedBy, cites })}\n`);
  else {
    const out: string[] = [`${wanted}${claimants.length ? `: ${claimants.map((e) => file(e.uri)).join(', ')}` : ': not in these files'}`];
    out.push(`cited by ${citedBy.length}:`, ...citedBy.map((c) => `  ${c.id ?? '-'}\t${c.file}:${c.line}\t${c.letter ? `${c.letter}. ` : ''}${c.written}`));
    out.push(`cites ${cites.length}:`, ...cites.map((c) => `  ${c.id ?? '-'}\t${c.files.length ? c.files.join(', ') : 'not in these files'}\t${c.letter ? `${c.letter}. ` : ''}${c.written}`));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  for (const message of errors) process.stderr.write(`cable refs: ${message}\n`);
  return errors.length ? 2 : 0;
}
