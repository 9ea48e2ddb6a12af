// Navigation between cables, on an open cable and the workspace index: definition (REF ids, REF
// letters named in the text, paragraph numbers, "para 4 of ref A"), references (who cites this cable,
// where a REF letter or a paragraph is mentioned), links on REF ids, and the "cited by" lens.

import { rangeContains, parseCable, type Position, type Range } from './core';
import type { CableDocument, LetterTarget } from './document';
import type { Mention } from './mentions';
import type { WorkspaceIndex } from './store';

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

/** Reads a cable of the workspace (open or on disk) by uri; null when it cannot be read. */
export type ReadCable = (uri: string) => Promise<string | null>;

export async function definition(doc: CableDocument, position: Position, index: WorkspaceIndex, read: ReadCable): Promise<Location[]> {
  const ref = doc.refAt(position);
  if (ref) return index.resolve(ref).map((e) => ({ uri: e.uri, range: e.target }));
  const mention = doc.mentionAt(position);
  if (!mention) return [];
  const here = (range: Range): Location => ({ uri: doc.uri, range });
  const onLetter = doc.partAt(mention.letterParts, position);
  const targets = namedTargets(doc, mention, onLetter?.value);
  if (mention.kind === 'paraOfRef' || mention.kind === 'refPara') {
    const onNumber = doc.partAt(mention.paraParts, position);
    if (onLetter || !onNumber) return targets.map((t) => here(t.range));
    const cited = await citedParagraphs(targets, [onNumber.value], index, read);
    return cited.length ? cited : targets.map((t) => here(t.range));
  }
  if (mention.kind === 'para' || mention.kind === 'pilcrow') {
    const number = doc.partAt(mention.paraParts, position)?.value;
    return paragraphRanges(doc, number !== undefined ? [number] : mention.paras).map(here);
  }
  return targets.map((t) => here(t.range));
}

/** The REF items a mention names: its letters (or the one under the cursor), or for REFTEL the only item. */
function namedTargets(doc: CableDocument, mention: Mention, letter: string | undefined): LetterTarget[] {
  const letters = letter ? [letter] : mention.letters;
  if (letters.length) return doc.letterTargets.filter((t) => letters.includes(t.letter));
  if (/s$/i.test(mention.text.trim()) && mention.kind !== 'paraOfRef' && mention.kind !== 'refPara') return [...doc.letterTargets];
  return doc.onlyTarget ? [doc.onlyTarget] : [];
}

async function citedParagraphs(targets: readonly LetterTarget[], numbers: readonly number[], index: WorkspaceIndex, read: ReadCable): Promise<Location[]> {
  const found: Location[] = [];
  for (const entry of targets.flatMap((t) => t.refs.flatMap((r) => index.resolve(r)))) {
    const text = await read(entry.uri);
    if (text === null) continue;
    const cable = parseCable(text);
    for (const p of cable.paragraphs) if (numbers.includes(p.number.value)) found.push({ uri: entry.uri, range: p.number.range });
  }
  return found;
}

function paragraphRanges(doc: CableDocument, numbers: readonly number[]): Range[] {
  return doc.cable.paragraphs.filter((p) => numbers.includes(p.number.value)).map((p) => p.number.range);
}

/**
 * On the banner: every REF item of the workspace citing this cable. On a REF id: every item citing
 * the same cable. On a REF letter (in the block or the text): where the text mentions it. On a
 * paragraph number (or a "para N"): where the text mentions that paragraph.
 */
export function references(doc: CableDocument, position: Position, index: WorkspaceIndex, includeDeclaration: boolean): Location[] {
  const { banner } = doc.cable;
  const ref = doc.refAt(position);
  const id = ref ? index.resolvedId(ref) : banner && rangeContains(banner.range, position) ? doc.indexed.id : null;
  if (id) {
    const cited = includeDeclaration ? index.filesOf(id).map((e) => ({ uri: e.uri, range: e.target })) : [];
    return [...cited, ...index.citations(id).map((c) => ({ uri: c.entry.uri, range: c.ref.range }))];
  }
  const here = (range: Range): Location => ({ uri: doc.uri, range });
  const letter = letterAt(doc, position);
  if (letter) {
    const declared = includeDeclaration ? doc.letterTargets.flatMap((t) => (t.letter === letter && t.letterRange ? [here(t.letterRange)] : [])) : [];
    return [...declared, ...letterMentions(doc, letter).map(here)];
  }
  const number = paragraphAt(doc, position);
  if (number === undefined) return [];
  const declared = includeDeclaration ? paragraphRanges(doc, [number]).map(here) : [];
  const mentions = doc.mentions.filter((m) => (m.kind === 'para' || m.kind === 'pilcrow') && m.paras.includes(number));
  return [...declared, ...mentions.map((m) => here(doc.rangeOf(doc.partAt(m.paraParts, doc.positionAt(m.start)) ?? m)))];
}

function letterAt(doc: CableDocument, position: Position): string | undefined {
  const declared = doc.letterTargets.find((t) => t.letterRange && rangeContains(t.letterRange, position));
  if (declared) return declared.letter;
  const mention = doc.mentionAt(position);
  if (!mention || mention.kind === 'para' || mention.kind === 'pilcrow') return undefined;
  return doc.partAt(mention.letterParts, position)?.value ?? (mention.letters.length === 1 ? mention.letters[0] : undefined);
}

/** The mentions of a letter: its written letter in each mention, or a lone REFTEL when the block has one item. */
function letterMentions(doc: CableDocument, letter: string): Range[] {
  const only = doc.onlyTarget?.letter === letter;
  return doc.mentions.flatMap((m) => {
    const part = m.letterParts.find((p) => p.value === letter);
    if (part) return [doc.rangeOf(part)];
    if (m.letters.includes(letter) || (only && !m.letters.length && m.kind !== 'para' && m.kind !== 'pilcrow')) return [doc.rangeOf(m)];
    return [];
  });
}

function paragraphAt(doc: CableDocument, position: Position): number | undefined {
  const paragraph = doc.cable.paragraphs.find((p) => rangeContains(p.number.range, position));
  if (paragraph) return paragraph.number.value;
  const mention = doc.mentionAt(position);
  if (mention?.kind !== 'para' && mention?.kind !== 'pilcrow') return undefined;
  return doc.partAt(mention.paraParts, position)?.value ?? (mention.paras.length === 1 ? mention.paras[0] : undefined);
}

export interface DocumentLink {
  readonly range: Range;
  readonly target: string;
  readonly tooltip: string;
}

/** A link on each REF id that names a cable of the workspace, to its banner's line. */
export function documentLinks(doc: CableDocument, index: WorkspaceIndex): DocumentLink[] {
  return doc.indexed.refs.flatMap((ref) => {
    const [entry] = index.resolve(ref);
    return entry ? [{ range: ref.range, target: `${entry.uri}#L${entry.target.start.line + 1}`, tooltip: `${entry.id}${entry.subject ? ` — ${entry.subject}` : ''}` }] : [];
  });
}

export interface CitedByLens {
  readonly range: Range;
  readonly count: number;
  readonly locations: Location[];
}

/** "Cited by N cables" on the banner, when N > 0. */
export function citedByLens(doc: CableDocument, index: WorkspaceIndex): CitedByLens | null {
  const { banner } = doc.cable;
  const id = doc.indexed.id;
  if (!banner || !id) return null;
  const locations = index.citations(id).map((c) => ({ uri: c.entry.uri, range: c.ref.range }));
  const count = new Set(locations.map((l) => l.uri)).size;
  return count > 0 ? { range: banner.range, count, locations } : null;
}
