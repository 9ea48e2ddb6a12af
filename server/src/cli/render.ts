// `cable render --html FILE [-o OUT]`: one cable as a self-contained HTML file (stdout without -o).
// `cable render --html --out DIR PATH...`: every cable of the PATHs (folders searched as by `cable
// lint`) into DIR, one page each and an index.html table; a REF item naming a cable of the set links
// to its page. Exit code 2 for bad usage or a PATH that cannot be read or is not a cable named on
// the command line; files of a folder that are not cables are skipped, and said so.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createLanguageService, pageOf, renderIndex, type CableLanguageService, type IndexEntry, type TextDocumentLike } from '../index';
import { nodeHost } from '../node/host';
import { collectInputs } from './lintInputs';
import { readCable } from './readCable';

const RENDER_USAGE = `usage: cable render --html FILE [-o OUT]
       cable render --html --out DIR PATH...
writes the Cable View as self-contained HTML: one FILE to OUT (stdout without -o), or every cable of
the PATHs (folders are searched for cables as by cable lint) into DIR with an index.html table
`;

export async function renderCommand(argv: string[]): Promise<number> {
  const warn = (message: string) => process.stderr.write(`cable render: ${message}\n`);
  const usage = (message: string): number => {
    warn(`${message}\n${RENDER_USAGE}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { html: { type: 'boolean' }, output: { type: 'string', short: 'o' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(RENDER_USAGE);
    return 0;
  }
  if (!values.html) return usage('--html is needed (the only format)');
  if (values.out !== undefined) {
    if (values.output !== undefined) return usage('-o names one file; --out a folder: not both');
    if (positionals.length === 0) return usage('no PATH given');
    return renderFolder(positionals, values.out, warn);
  }
  if (positionals.length !== 1) return usage(positionals.length === 0 ? 'no FILE given' : 'one FILE (use --out DIR for several)');
  const service = createLanguageService(nodeHost);
  const result = await readCable(service, positionals[0]);
  if (!result.ok) {
    warn(result.message);
    return 2;
  }
  const html = pageOf(service.render(result.document));
  if (values.output === undefined) process.stdout.write(html);
  else await fs.writeFile(values.output, html);
  return 0;
}

interface Page {
  readonly file: string;
  readonly document: TextDocumentLike;
  readonly href: string;
}

async function renderFolder(paths: readonly string[], out: string, warn: (message: string) => void): Promise<number> {
  const inputs = await collectInputs(paths);
  inputs.errors.forEach(warn);
  for (const { path: file, reason } of inputs.skipped) warn(`${file}: skipped: ${reason}`);
  let failed = inputs.errors.length > 0;
  const service: CableLanguageService = createLanguageService(nodeHost);
  const pages: Page[] = [];
  const taken = new Set(['index.html']);
  for (const file of inputs.files) {
    const result = await readCable(service, file);
    if (!result.ok) {
      warn(result.message);
      failed = true;
      continue;
    }
    const base = path.basename(file).replace(/\.(?:cable|txt)$/i, '');
    let href = `${base}.html`;
    for (let n = 2; taken.has(href.toLowerCase()); n++) href = `${base}-${n}.html`;
    taken.add(href.toLowerCase());
    pages.push({ file, document: result.document, href });
  }
  await fs.mkdir(out, { recursive: true });
  const byId = new Map<string, string>();
  const entries: IndexEntry[] = pages.map((page) => {
    const summary = service.renderSummary(page.document);
    if (summary.id !== null && !byId.has(summary.id)) byId.set(summary.id, page.href);
    return { href: page.href, source: path.basename(page.file), summary };
  });
  for (const page of pages) {
    const html = pageOf(service.render(page.document, { resolveReference: (item) => (item.cableId === null ? null : (byId.get(item.cableId) ?? null)) }));
    await fs.writeFile(path.join(out, page.href), html);
  }
  const order = (e: IndexEntry) => `${e.summary.date ?? '9999'} ${e.summary.id ?? e.source}`;
  entries.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  await fs.writeFile(path.join(out, 'index.html'), renderIndex(entries));
  process.stderr.write(`cable render: ${pages.length} cable${pages.length === 1 ? '' : 's'} written to ${out} with index.html\n`);
  return failed ? 2 : 0;
}
