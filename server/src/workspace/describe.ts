// How the workspace shows a cable of the index: hover on a REF id, and workspace symbols.

import { decodeId } from './cableIds';
import { code, escape, hoverOf, type Hover, type Position } from './core';
import type { CableDocument } from './document';
import type { WorkspaceIndex } from './store';
import type { IndexEntry } from './types';

/** The cited cable under a REF id: its subject, date, post, classification and first summary line; else the id decoded. */
export function refHover(doc: CableDocument, position: Position, index: WorkspaceIndex): Hover | null {
  const ref = doc.refAt(position);
  if (!ref) return null;
  const found = index.resolve(ref);
  const title = `${code(ref.written)} — reference`;
  if (found.length) {
    const e = found[0];
    return hoverOf(ref.range, [
      `${title} to **${e.id}**${e.subject ? `: ${escape(e.subject)}` : ''}`,
      facts(e),
      e.summary ? `> ${escape(e.summary)}` : null,
      found.length > 1 ? `Claimed by ${found.length} files of this workspace: ${found.map((f) => code(fileName(f.uri))).join(', ')}.` : null,
    ]);
  }
  const id = ref.ids[0];
  const decoded = id ? decodeId(id) : null;
  const citingYear = doc.indexed.id ? decodeId(doc.indexed.id)?.year : undefined;
  const yearless = !/^\d/.test(ref.written);
  const yearNote =
    decoded && yearless && citingYear !== undefined
      ? decoded.year === citingYear
        ? `No year is written: read as the citing cable's year, ${citingYear}.`
        : `No year is written, and the serial is above the citing cable's own: read as the year before, ${decoded.year}.`
      : null;
  return hoverOf(ref.range, [title, decoded ? `Cable **${id}**: ${decoded.year}, ${escape(decoded.post)}, serial ${decoded.serial}; not in this workspace.` : 'Not in this workspace.', yearNote]);
}

/** `2007-02-22 · KARACHI · CONFIDENTIAL`: what the index knows of a cable's origin. */
export function facts(e: IndexEntry): string {
  return [e.date, e.post, e.classification].flatMap((f) => (f ? [escape(f)] : [])).join(' · ');
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** LSP's SymbolKind.File. */
const FILE = 1 as const;

export interface CableSymbol {
  readonly name: string;
  readonly kind: typeof FILE;
  readonly containerName: string;
  readonly location: { readonly uri: string; readonly range: IndexEntry['target'] };
}

/** Workspace symbols: cables by id, id prefix, post or words of the subject, named `07KARACHI861 — SUBJECT`. */
export function workspaceSymbols(index: WorkspaceIndex, query: string, limit: number): CableSymbol[] {
  return index.search(query, limit).map((e) => ({
    name: `${e.id ?? fileName(e.uri)}${e.subject ? ` — ${e.subject}` : ''}`,
    kind: FILE,
    containerName: [e.date, e.post, e.classification].filter(Boolean).join(' · '),
    location: { uri: e.uri, range: e.target },
  }));
}
