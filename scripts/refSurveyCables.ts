// The facts the REF survey counts, cable by cable: reference id, REF block, letters, cable ids with
// their resolution in the folder by the simple rule, paragraphs, and mentions in the text. The REF
// block, its letters and its ids are the workspace index's (the parser's block, the index's id
// reader, server/src/workspace), and so are the mentions: the survey measures what the index reads.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Cable } from '../server/src/model/cable';
import { parseCable } from '../server/src/parser';
import { idPost, makeId, twoDigitYear } from '../server/src/workspace/cableIds';
import { findMentions, type Mention } from '../server/src/workspace/mentions';
import { refTokens } from '../server/src/workspace/scan';

const ID = /^(\d\d)([A-Z]+?)(\d+)$/;
/** What a REF cable id names, judged by its post (the index's reader leaves out dates and report numbers). */
export type PostClass = 'folder post' | 'STATE' | 'post of the corpus' | 'other post';

/** A REF block: its label (`REF:`, `Refs:`, `REFTEL:`) and the text after it up to `end` (offsets). */
export interface RefBlock {
  readonly label: string;
  readonly labelStart: number;
  readonly start: number;
  readonly end: number;
  /** The label is not at the start of its line (run onto SUBJECT or a glued header). */
  readonly midLine: boolean;
}

/** An item's letter as written (`A.`, `(B)`, `c)`). */
export interface RefLetter {
  readonly letter: string;
  readonly start: number;
  readonly end: number;
}

/** A cable id of a REF item, with offsets in the cable's text. */
export interface RefToken {
  readonly start: number;
  readonly end: number;
  readonly year: string | null;
  readonly post: string;
  readonly postStart: number;
  readonly serial: string;
  readonly compact: boolean;
  readonly inherited: boolean;
  readonly letter: string | null;
}

export interface Item {
  readonly token: RefToken;
  readonly written: string;
  readonly postClass: PostClass;
  /** The id by the simple rule: the item's year, else the citing cable's; SECSTATE read as STATE. */
  readonly id: string;
  readonly resolved: boolean;
}

export interface CableFacts {
  readonly dir: string;
  readonly file: string;
  readonly id: string;
  readonly year2: string;
  readonly post: string;
  readonly serial: number;
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly paragraphs: ReadonlySet<number>;
  readonly block: RefBlock | null;
  readonly letters: readonly RefLetter[];
  readonly items: readonly Item[];
  readonly mentions: readonly Mention[];
  /** The parser's REF block: whether it found one, and its items' cable ids. */
  readonly parserBlock: boolean;
  readonly parserIds: readonly (string | null)[];
  /** The id the banner and the DTG give (`yy` from the file name when there is no DTG), or null. */
  readonly bannerId: string | null;
  readonly bannerOrigin: string | null;
  readonly footer: string | null;
  readonly dateline: boolean;
}

export interface Folder {
  readonly dir: string;
  readonly cables: readonly CableFacts[];
  readonly byId: ReadonlyMap<string, CableFacts>;
  readonly posts: ReadonlySet<string>;
}

/** Reads every `.txt` cable of `dir`; `otherPosts` are posts known from elsewhere (the other folders). */
export function readFolder(dir: string, otherPosts: ReadonlySet<string>): Folder {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && ID.test(f.slice(0, -4))).sort();
  const posts = new Set(files.flatMap((f) => ID.exec(f.slice(0, -4))?.[2] ?? []));
  const ids = new Set(files.map((f) => f.slice(0, -4)));
  const cables = files.map((f) => readCable(dir, f, posts, otherPosts, ids));
  return { dir, cables, byId: new Map(cables.map((c) => [c.id, c])), posts };
}

export function postsOf(dir: string): Set<string> {
  return new Set(fs.readdirSync(dir).map((f) => ID.exec(f.replace(/\.txt$/, ''))?.[2]).filter((p): p is string => !!p));
}

function readCable(dir: string, file: string, posts: ReadonlySet<string>, otherPosts: ReadonlySet<string>, ids: ReadonlySet<string>): CableFacts {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const id = file.slice(0, -4);
  const [, year2, post, serial] = ID.exec(id) ?? [];
  const cable = parseCable(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const { block, letters, tokens } = refsOf(cable, lineStarts);
  const items = tokens.map((token): Item => {
    const itemId = makeId(token.year ? twoDigitYear(token.year) : year2, token.post, token.serial);
    return { token, written: text.slice(token.start, token.end).replace(/\s+/g, ' '), postClass: postClass(token, posts, otherPosts), id: itemId, resolved: ids.has(itemId) };
  });
  const ref = cable.banner?.reference;
  const dtgYear = cable.header?.dateTime?.dtg?.year.value;
  const yy = dtgYear !== undefined ? String(dtgYear % 100).padStart(2, '0') : year2;
  return {
    dir,
    file,
    id,
    year2,
    post,
    serial: Number(serial),
    text,
    lineStarts,
    paragraphs: new Set(cable.paragraphs.map((p) => p.number.value)),
    block,
    letters,
    items,
    mentions: findMentions(text, block ? block.end : 0),
    parserBlock: cable.references !== null,
    parserIds: cable.references?.items.map((i) => i.cableId) ?? [],
    bannerId: ref ? makeId(yy, ref.origin.value, ref.serial.value) : null,
    bannerOrigin: ref ? ref.origin.value : null,
    footer: /^\s*(\d{4}[A-Z]{2,6}\d{5}) - Classification/m.exec(text)?.[1] ?? null,
    dateline: cable.dateline !== null,
  };
}

function postClass(token: RefToken, posts: ReadonlySet<string>, otherPosts: ReadonlySet<string>): PostClass {
  const post = idPost(token.post);
  if (posts.has(post)) return 'folder post';
  if (post === 'STATE') return 'STATE';
  return otherPosts.has(post) ? 'post of the corpus' : 'other post';
}

/** The parser's REF block and the index's ids in it, as offsets (the published cables end lines in LF). */
function refsOf(cable: Cable, lineStarts: readonly number[]): { block: RefBlock | null; letters: RefLetter[]; tokens: RefToken[] } {
  const refs = cable.references;
  if (!refs) return { block: null, letters: [], tokens: [] };
  const at = (p: { line: number; character: number }) => lineStarts[p.line] + p.character;
  const line = cable.lines[refs.keyword.range.start.line];
  const block: RefBlock = {
    label: refs.keyword.text,
    labelStart: at(refs.keyword.range.start),
    start: at(refs.keyword.range.end),
    end: at(refs.range.end),
    midLine: line.slice(0, refs.keyword.range.start.character).trim() !== '',
  };
  const letters = refs.items.flatMap((i) => (i.letter ? [{ letter: i.letter.value, start: at(i.letter.range.start), end: at(i.letter.range.end) }] : []));
  const tokens = refTokens(cable).map((t): RefToken => {
    const start = at(t.range.start);
    const { year, post, serial, inherited } = t.token;
    const compact = t.token.serialStart === t.token.postStart + post.length;
    return { start, end: at(t.range.end), year, post, postStart: start + t.token.postStart - t.token.start, serial, compact, inherited, letter: t.letter };
  });
  return { block, letters, tokens };
}

/** 1-based line of an offset. */
export function lineOf(cable: CableFacts, offset: number): number {
  let lo = 0;
  let hi = cable.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cable.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The letters of the REF list, or none when it is not lettered. */
export function letterSet(cable: CableFacts): Set<string> {
  return new Set(cable.letters.map((l) => l.letter));
}

/** How many items the REF list has: its letters, else its cable ids, else one free-text item. */
export function itemCount(cable: CableFacts): number {
  if (!cable.block) return 0;
  if (cable.letters.length) return letterSet(cable).size;
  return Math.max(1, cable.items.length);
}

/**
 * The cable ids a mention's letter, or a lone REFTEL, points at. In an unlettered list the text
 * still says "ref B" for the second item (`REF: BOGOTA 3033; BOGOTA 3006` … "Ref B"): by position.
 */
export function idsOfLetter(cable: CableFacts, letter: string | null): Item[] {
  const cables = cable.items;
  if (letter === null) return itemCount(cable) === 1 ? cables.slice(0, 1) : [];
  if (!cable.letters.length) return cables.slice(letter.charCodeAt(0) - 65, letter.charCodeAt(0) - 64);
  return cables.filter((i) => i.token.letter === letter);
}
