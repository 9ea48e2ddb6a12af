// `cable inspect [--json] FILE...`: each cable's metadata, one JSON object per line with --json.
// Files that cannot be read or are not cables are reported on stderr; the exit code is then 2.

import { parseArgs } from 'node:util';
import { createLanguageService, type CableMetadata } from '../index';
import { nodeHost } from '../node/host';
import { readCable } from './readCable';

export async function inspectCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`cable inspect: ${(error as Error).message}\n`);
    return 2;
  }
  const files = parsed.positionals;
  if (files.length === 0) {
    process.stderr.write('cable inspect: no FILE given\nusage: cable inspect [--json] FILE...\n');
    return 2;
  }
  const service = createLanguageService(nodeHost);
  let failed = false;
  for (const file of files) {
    const result = await readCable(service, file);
    if (!result.ok) {
      process.stderr.write(`cable inspect: ${result.message}\n`);
      failed = true;
      continue;
    }
    const metadata = { file, ...service.metadata(result.document) };
    service.forget(result.document.uri);
    process.stdout.write(parsed.values.json ? `${JSON.stringify(metadata)}\n` : describe(metadata));
  }
  return failed ? 2 : 0;
}

function describe(m: CableMetadata & { file: string }): string {
  const rows: Array<[string, string | null]> = [
    ['file', m.file],
    ['reference id', m.referenceId],
    ['classification', [m.classification, ...m.captions].filter(Boolean).join(' ') || null],
    ['date-time group', m.dateTimeGroup],
    ['precedence', m.precedence],
    ['from', m.from ? [m.from.routingIndicator, m.from.address].filter(Boolean).join(' ') : null],
    ['to', m.to.map((a) => a.address).join('; ') || null],
    ['tags', m.tags.join(' ') || null],
    ['subject', m.subject],
    ['paragraphs', m.paragraphs.length ? String(m.paragraphs.length) : null],
    ['signature', m.signature],
  ];
  return rows.map(([k, v]) => `${k.padEnd(16)}${v ?? '-'}\n`).join('') + '\n';
}
