// One cable's index entry, from its text. Only the front matter is parsed: the id, date, subject,
// TAGS and REF block come before paragraph 1, where the text is cut (on 2,100 real cables the entry
// is the same as from the whole text), and the summary's first line is read from paragraph 1's text
// without parsing it.

import { readCableIds, candidateIds, decodeId, idPost, type Citing, type IdToken } from './cableIds';
import { cableDate, classification, parseCable, referenceId, type Cable, type Position, type Range } from './core';
import type { IndexedCable, IndexedRef } from './types';

/** The most of a text parsed when no paragraph 1 ends the head earlier. */
export const HEAD_CHARS = 32 * 1024;
const PARAGRAPH_1 = /^[ \t]*¶?[ \t]*1[ \t]?\.[ \t(]/m;
/** How much of paragraph 1 is searched for its summary line. */
const SUMMARY_WINDOW = 2000;
const SUMMARY_LINE = 160;
const SUMMARY = /\b(?:SUMMARY|Summary)\b[ \t]*(?:(?:AND|and|&) (?:ACTION|COMMENT|[Cc]omment|[Aa]ction)(?: (?:REQUEST|request))?[ \t]*)?[:.\-–]*[ \t]*/;
/** A paragraph number and portion mark before the summary's text (a SUMMARY heading, then `¶1. (C) …`). */
const NUMBER_AND_MARK = /^(?:¶?\d{1,2}\s?\.\s*)?(?:\([A-Z/]{1,12}\)\s*)?/;
/** A sentence ends at a full stop after a small letter or digit (not `U.S.`), before a capital or the end. */
const SENTENCE = /^.*?[a-z0-9)"'’][.!?](?=\s+[A-Z"(]|\s*$)/;
const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The index entry of a text; `fileName` (a path or URI) gives the id when the text has none. */
export function scanCable(text: string, fileName?: string): IndexedCable {
  const limited = text.length > HEAD_CHARS ? text.slice(0, Math.max(text.lastIndexOf('\n', HEAD_CHARS), 0) || HEAD_CHARS) : text;
  const p1 = PARAGRAPH_1.exec(limited);
  const head = p1 ? limited.slice(0, p1.index) : limited;
  return indexedCable(parseCable(head), fileName, p1 ? text.slice(p1.index, p1.index + SUMMARY_WINDOW) : null);
}

/** The index entry of a parsed cable; `paragraph1` is the text from paragraph 1 on, if known. */
export function indexedCable(cable: Cable, fileName?: string, paragraph1: string | null = paragraphText(cable)): IndexedCable {
  const id = referenceId(cable, fileName);
  const { post, citing } = origin(cable, id);
  return {
    id,
    target: cable.banner?.reference?.range ?? cable.banner?.range ?? START,
    date: cableDate(cable),
    post,
    classification: classification(cable),
    subject: cable.subject?.subject.value || null,
    tags: [...new Set(cable.tags?.tags.map((t) => t.value) ?? [])],
    summary: paragraph1 === null ? null : summaryLine(paragraph1),
    refs: indexedRefs(cable, citing, id),
  };
}

/** A cable's post as written, and the year, post and serial by which its yearless REF items are read. */
function origin(cable: Cable, id: string | null): { post: string | null; citing: Citing } {
  const ref = cable.banner?.reference;
  const year2 = id?.slice(0, 2) ?? null;
  if (ref) return { post: ref.origin.value, citing: { year2, post: idPost(ref.origin.value), serial: ref.serial.value } };
  const decoded = id ? decodeId(id) : null;
  return { post: decoded?.post ?? null, citing: { year2, post: decoded?.post ?? null, serial: decoded?.serial ?? null } };
}

/** A cable id read in a REF item, where it is in the cable. */
export interface RefToken {
  readonly letter: string | null;
  readonly item: number;
  /** Offsets in the item's text (its lines joined by `\n`). */
  readonly token: IdToken;
  readonly text: string;
  readonly range: Range;
}

/** The cable ids of a parsed cable's REF block, item by item: the index's REF extractor. */
export function refTokens(cable: Cable): RefToken[] {
  const found: RefToken[] = [];
  cable.references?.items.forEach((item, k) => {
    const { text, range } = item.text;
    for (const token of readCableIds(text)) {
      const at = { start: positionIn(range.start, text, token.start), end: positionIn(range.start, text, token.end) };
      found.push({ letter: item.letter?.value ?? null, item: k, token, text: text.slice(token.start, token.end), range: at });
    }
  });
  return found;
}

/** The REF ids of a cable; one naming the cable itself is a copy of its banner run into the block (09CAIRO290). */
function indexedRefs(cable: Cable, citing: Citing, own: string | null): IndexedRef[] {
  const refs = refTokens(cable).map((t) => ({ letter: t.letter, item: t.item, written: t.text.replace(/\s+/g, ' '), ids: candidateIds(t.token, citing), range: t.range }));
  return refs.filter((r) => own === null || !r.ids.includes(own));
}

/** The position of `offset` in a span's text that starts at `start` and runs on over whole lines. */
function positionIn(start: Position, text: string, offset: number): Position {
  const lineStart = text.lastIndexOf('\n', offset - 1);
  if (lineStart < 0) return { line: start.line, character: start.character + offset };
  let line = start.line;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - lineStart - 1 };
}

/** The text of a parsed cable from its paragraph 1 on (a little of it). */
function paragraphText(cable: Cable): string | null {
  const start = cable.paragraphs[0]?.range.start;
  if (!start) return null;
  return cable.lines.slice(start.line, start.line + 20).join('\n').slice(start.character, start.character + SUMMARY_WINDOW);
}

/** The first sentence of paragraph 1 when it opens with "Summary" (after its number and mark). */
function summaryLine(paragraph1: string): string | null {
  const m = SUMMARY.exec(paragraph1.slice(0, 200));
  if (!m || m.index > 24) return null;
  const text = paragraph1.slice(m.index + m[0].length).replace(/\s+/g, ' ').trim().replace(NUMBER_AND_MARK, '');
  const sentence = SENTENCE.exec(text)?.[0] ?? text;
  return sentence ? (sentence.length > SUMMARY_LINE ? `${sentence.slice(0, SUMMARY_LINE - 1)}…` : sentence) : null;
}
