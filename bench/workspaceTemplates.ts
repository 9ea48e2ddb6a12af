// The real cables the synthetic workspace is made from (test/corpus/cables, test/fixtures/workspace),
// read once: each cable's reference id, where its own serial is written (banner, station line,
// section and page markers, publisher footer), and its REF items, as offsets to splice new values in.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable } from '../server/src/parser';
import type { Cable, MessageReference } from '../server/src/model/cable';
import type { Range } from '../server/src/model/range';
import { idPost } from '../server/src/workspace/cableIds';
import { refTokens } from '../server/src/workspace/scan';

/** A place the cable writes its own serial, and how many digits it takes there. */
export interface SerialSpot {
  readonly start: number;
  readonly end: number;
  /** The station line keeps the last four digits only (`#0861/01`). */
  readonly modulo: number | null;
}

/** A REF item naming a cable, to be pointed elsewhere. */
export interface TemplateRef {
  readonly start: number;
  readonly end: number;
  /** `07`, `2007`, or null for an item without a year. */
  readonly year: string | null;
  /** The post as written (`Reykjavik`, `SECSTATE`, `SAO PAULO`) and as ids write it (`STATE` for SECSTATE). */
  readonly post: string;
  readonly idPost: string;
  /** How many digits to pad the serial to: the item's width when it had leading zeros (`02313`), else 0. */
  readonly serialWidth: number;
  readonly compact: boolean;
}

export interface Template {
  readonly name: string;
  readonly text: string;
  readonly year2: string;
  /** The id's post (`SAOPAULO`) and the banner's (`SAO PAULO`). */
  readonly post: string;
  readonly origin: string;
  readonly spots: readonly SerialSpot[];
  readonly refs: readonly TemplateRef[];
}

/**
 * Every real cable of the given folders that has a banner with a message reference, except those
 * with a bare serial after a REF item (`TRIPOLI 33, 53`), whose post and year follow the item before,
 * and those whose REF block holds the cable's own serial (a copy of its banner run into the block).
 */
export function loadTemplates(dirs: readonly string[]): Template[] {
  const templates: Template[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    for (const file of fs.readdirSync(dir).filter((f) => /^\d\d[A-Z]+\d+\.(txt|cable)$/.test(f)).sort()) {
      // The fixture workspace repeats four corpus cables.
      if (seen.has(file)) continue;
      seen.add(file);
      const template = readTemplate(file, fs.readFileSync(path.join(dir, file), 'utf8'));
      if (template) templates.push(template);
    }
  }
  return templates;
}

function readTemplate(file: string, text: string): Template | null {
  const cable = parseCable(text);
  const ref = cable.banner?.reference;
  if (!ref) return null;
  const dtg = cable.header?.dateTime?.dtg?.year.value;
  const year2 = dtg !== undefined ? String(dtg % 100).padStart(2, '0') : file.slice(0, 2);
  const starts = lineStarts(text);
  const offset = (r: Range) => ({ start: starts[r.start.line] + r.start.character, end: starts[r.end.line] + r.end.character });
  const spots = serialSpots(cable, ref, text, offset);
  // A header copied into the REF block (09CAIRO290) holds ids the generator cannot see to rewrite.
  if (cable.references?.items.some((i) => i.text.text.includes('VZCZC'))) return null;
  // The workspace index's REF extractor: the parser's block, the index's id reader.
  const refs: TemplateRef[] = [];
  for (const { token: t, range } of refTokens(cable)) {
    const { start, end } = offset(range);
    // An id over the cable's own serial (its banner copied into the block) would name the new cable.
    if (t.inherited || spots.some((s) => s.start < end && start < s.end)) return null;
    const compact = t.serialStart === t.postStart + t.post.length;
    refs.push({ start, end, year: t.year, post: t.post, idPost: idPost(t.post), serialWidth: /^0\d/.test(t.serial) ? t.serial.length : 0, compact });
  }
  return { name: file, text, year2, post: idPost(ref.origin.value), origin: ref.origin.value, spots, refs };
}

/** Where a cable writes its own serial (banner, station serial, sections, glued markers and footer), in order. */
function serialSpots(cable: Cable, ref: MessageReference, text: string, offset: (r: Range) => { start: number; end: number }): SerialSpot[] {
  const spots: SerialSpot[] = [{ ...offset(ref.serial.range), modulo: null }];
  const station = cable.header?.station?.serial;
  if (station && station.value === ref.serial.value % 10 ** station.text.length) spots.push({ ...offset(station.range), modulo: 10 ** station.text.length });
  for (const s of cable.sections) if (s.serial.value === ref.serial.value) spots.push({ ...offset(s.serial.range), modulo: null });
  // Markers glued into long lines (`…C. CAIRO 507CAIRO 00000524 001.2 OF 002`) and the footer
  // (`2001VATICA03507 - Classification`), which the parser does not take apart.
  const own = new RegExp(String.raw`(?:${escape(ref.origin.value)} +|\d{4}[A-Z]{2,6})(0*${ref.serial.value})(?= +\d{3}(?:\.\d)? +OF | - Classification)`, 'g');
  for (const m of text.matchAll(own)) {
    const start = m.index + m[0].length - m[1].length;
    if (!spots.some((s) => s.start === start)) spots.push({ start, end: start + m[1].length, modulo: null });
  }
  return spots.sort((a, b) => a.start - b.start);
}

/** Offsets of line starts as the parser counts lines (CRLF, CR or LF). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A year as the template's REF item writes it: two digits, or four when it wrote four (`07` → `2007`). */
export function writtenYear(year2: string, like: string | null): string {
  if (like === null || like.length === 2) return year2;
  return `${Number(year2) > 50 ? '19' : '20'}${year2}`;
}
