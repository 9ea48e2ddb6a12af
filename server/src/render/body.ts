// The text of the cable: numbered paragraphs with their number and portion mark set off (the mark
// in its level's colour, its level named in words), sub-paragraphs, SUMMARY and COMMENT markers,
// section breaks where they fall, headings, the signature, and text no element claimed.

import type { PortionMark, TextBlock } from '../model/cable';
import type { Range } from '../model/range';
import { describePortionMark } from './decode';
import { esc, levelClass, lines } from './html';
import type { Unit } from './layout';
import { sectionText, type RenderContext } from './readings';

interface Decoration {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
}

/** Decorations by line; a line's list is kept in column order. */
class Decorations {
  private readonly byLine = new Map<number, Decoration[]>();

  add(range: Range, open: string, close: string, end = range.end.character): void {
    if (range.start.line !== range.end.line && end === range.end.character) end = Number.MAX_SAFE_INTEGER;
    const list = this.byLine.get(range.start.line) ?? [];
    list.push({ start: range.start.character, end, open, close });
    this.byLine.set(range.start.line, list);
  }

  /** The line escaped, with its decorations; overlapping ones are dropped rather than nested wrongly. */
  line(text: string, line: number): string {
    const list = this.byLine.get(line);
    if (!list) return esc(text);
    let out = '';
    let at = 0;
    for (const d of [...list].sort((a, b) => a.start - b.start)) {
      if (d.start < at) continue;
      const end = Math.min(d.end, text.length);
      out += esc(text.slice(at, d.start)) + d.open + esc(text.slice(d.start, end)) + d.close;
      at = end;
    }
    return out + esc(text.slice(at));
  }
}

/** The mark's level in its title, and what its controls (`NF`, `REL UK`) mean. */
function portionMark(decorations: Decorations, mark: PortionMark | null): void {
  if (mark === null) return;
  const controls = mark.controls.length === 0 ? [] : describePortionMark(mark.text).filter((part) => part.mark?.kind !== 'level');
  const read = controls.map((part) => `${part.text}: ${part.mark?.meaning ?? 'not in the reference lists'}${part.argument === null ? '' : ` ${part.argument}`}`);
  const title = `${mark.level === null ? 'Portion mark not in the reference lists' : `Portion mark: ${mark.level}`}${read.length === 0 ? '' : `; ${read.join('; ')}`}`;
  decorations.add(mark.range, `<abbr class="pm ${levelClass(mark.level)}" title="${esc(title)}">`, '</abbr>');
}

/** The SUMMARY and COMMENT markers by line, found once per rendering. */
export type Markers = ReadonlyMap<number, ReadonlyArray<{ readonly range: Range; readonly kind: TextBlock['kind'] }>>;

export function markersByLine(blocks: readonly TextBlock[]): Markers {
  const byLine = new Map<number, Array<{ range: Range; kind: TextBlock['kind'] }>>();
  for (const block of blocks) {
    for (const marker of [block.start, block.end]) {
      if (marker === null) continue;
      const list = byLine.get(marker.range.start.line) ?? [];
      list.push({ range: marker.range, kind: block.kind });
      byLine.set(marker.range.start.line, list);
    }
  }
  return byLine;
}

function blockMarkers(decorations: Decorations, markers: Markers, start: number, end: number): void {
  for (let line = start; line <= end; line++) {
    for (const marker of markers.get(line) ?? []) decorations.add(marker.range, `<strong class="marker marker-${marker.kind}">`, '</strong>');
  }
}

/** Lines of a paragraph or of unclaimed text, in `<p>` runs split at blank lines, sub-paragraphs and breaks. */
function runs(ctx: RenderContext, unit: Unit, decorations: Decorations, startsRun: ReadonlySet<number>, className: string): string {
  const breaks = new Map(unit.elements.flatMap((e) => (e.kind === 'section' ? [[e.range.start.line, e.section] as const] : [])));
  let out = '';
  let open = false;
  const close = (): void => {
    if (open) out += '</p>';
    open = false;
  };
  for (let line = unit.start; line <= unit.end; line++) {
    const text = ctx.lines[line];
    const section = breaks.get(line);
    if (section) {
      close();
      const own = line === unit.start ? '' : ` id="line-${line}" ${lines(line, line)}`;
      out += `<p class="break"${own}><span class="written">${esc(text)}</span> <span class="reading">${sectionText(section)}</span></p>`;
      continue;
    }
    if (text.trim() === '') {
      close();
      continue;
    }
    if (open && startsRun.has(line)) close();
    if (!open) {
      out += line === unit.start ? `<p class="${className}">` : `<p class="${className}" ${lines(line, line)}>`;
      open = true;
    } else out += '\n';
    out += decorations.line(text, line);
  }
  close();
  return out;
}

export function paragraphHtml(ctx: RenderContext, unit: Unit, markers: Markers, notes: string): string {
  const paragraph = unit.paragraph!;
  const decorations = new Decorations();
  const number = paragraph.number.range;
  const numberStart = paragraph.pilcrow ?? number;
  const dot = ctx.lines[number.start.line].charAt(number.end.character) === '.' ? 1 : 0;
  decorations.add({ start: numberStart.start, end: number.end }, '<span class="num">', '</span>', number.end.character + dot);
  portionMark(decorations, paragraph.mark);
  const subStarts = new Set<number>();
  for (const sub of paragraph.subparagraphs) {
    decorations.add(sub.label.range, '<span class="sub-label">', '</span>');
    portionMark(decorations, sub.mark);
    subStarts.add(sub.range.start.line);
  }
  blockMarkers(decorations, markers, unit.start, unit.end);
  const level = paragraph.mark?.level ?? null;
  return `<div class="para ${levelClass(level)}" id="line-${unit.start}" ${lines(unit.start, unit.end)}>${runs(ctx, unit, decorations, subStarts, 'text')}${notes}</div>`;
}

export function textHtml(ctx: RenderContext, unit: Unit, markers: Markers, notes: string): string {
  const decorations = new Decorations();
  blockMarkers(decorations, markers, unit.start, unit.end);
  return `<div class="plain" id="line-${unit.start}" ${lines(unit.start, unit.end)}>${runs(ctx, unit, decorations, new Set(), 'text')}${notes}</div>`;
}

/** Lines shown exactly as written (preamble, trailer), with what was read of them. */
export function rawHtml(ctx: RenderContext, unit: Unit, className: string, notes: string): string {
  const text = ctx.lines.slice(unit.start, unit.end + 1).join('\n');
  return `<div class="${className}" id="line-${unit.start}" ${lines(unit.start, unit.end)}><pre class="written">${esc(text)}</pre>${notes}</div>`;
}

export function headingHtml(ctx: RenderContext, unit: Unit, notes: string): string {
  const text = ctx.lines.slice(unit.start, unit.end + 1).join('\n');
  return `<h3 class="heading" id="line-${unit.start}" ${lines(unit.start, unit.end)}>${esc(text)}</h3>${notes}`;
}

export function signatureHtml(ctx: RenderContext, unit: Unit, notes: string): string {
  const text = ctx.lines.slice(unit.start, unit.end + 1).join('\n');
  return `<p class="signature" id="line-${unit.start}" ${lines(unit.start, unit.end)}>${esc(text)}</p>${notes}`;
}

/** The SUMMARY or COMMENT block a unit's lines fall in, if any. */
export function blockOf(blocks: readonly TextBlock[], unit: Unit): TextBlock | null {
  for (const block of blocks) {
    if (block.range.start.line <= unit.end && unit.start <= block.range.end.line) return block;
  }
  return null;
}
