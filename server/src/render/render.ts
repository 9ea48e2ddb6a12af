// The cable as one HTML fragment: the banner in its level's colour with the level written out, the
// title and a line of what the cable is (id, date in words, post, precedence, captions), the
// routing card, the front matter field by field, the text, and the banner again. Each block
// carries the source lines it shows (`data-line`, `data-line-end`) for scroll sync and reveal.

import type { Cable, Level, TextBlock } from '../model/cable';
import { blockOf, headingHtml, markersByLine, paragraphHtml, rawHtml, signatureHtml, textHtml, type Markers } from './body';
import { cableDate, classification, longDate, referenceId } from './decode';
import { fieldRow, headerRows, indicator, precedenceBadge } from './header';
import { clock, esc, levelClass } from './html';
import { layout, type Unit } from './layout';
import { elementReading, type ReferenceResolver, type RenderContext } from './readings';

export interface RenderOptions {
  /** Turns REF items into links; without it they are plain text. */
  readonly resolveReference?: ReferenceResolver;
}

/** A block of the rendering and the source lines it shows. */
export interface RenderedBlock {
  readonly line: number;
  readonly endLine: number;
  /** The element's id in the HTML (`line-12`). */
  readonly id: string;
}

export interface RenderedCable {
  /** An `<article>` element; the stylesheet (style.ts) is not included. */
  readonly html: string;
  readonly blocks: readonly RenderedBlock[];
  /** The subject, else the cable id, else null. */
  readonly title: string | null;
  readonly level: Level | null;
  /** What the banners say: the level, or that it is not stated or not recognised. */
  readonly bannerText: string;
}

export function renderCable(cable: Cable, options: RenderOptions = {}): RenderedCable {
  const date = cableDate(cable);
  const ctx: RenderContext = {
    lines: cable.lines,
    date,
    year: date === null ? null : Number(date.slice(0, 4)),
    order: cable.executiveOrder?.order?.value ?? null,
    id: referenceId(cable),
    resolveReference: options.resolveReference ?? null,
  };
  const level = classification(cable);
  const units = layout(cable);
  const title = cable.subject?.subject.value || ctx.id;
  const bannerText = bannerTextOf(level, cable);
  const html =
    `<article class="cable ${levelClass(level)}">` +
    banner(level, bannerText, cable, 'top') +
    masthead(ctx, cable, title) +
    sections(ctx, cable, units) +
    banner(level, bannerText, cable, 'bottom') +
    '</article>';
  const blocks = units.map((unit) => ({ line: unit.start, endLine: unit.end, id: `line-${unit.start}` }));
  return { html, blocks, title, level, bannerText };
}

function bannerTextOf(level: Level | null, cable: Cable): string {
  const marking = cable.banner?.marking ?? null;
  return level ?? (marking === null ? 'CLASSIFICATION NOT STATED' : `CLASSIFICATION NOT RECOGNISED: ${marking.text}`);
}

function banner(level: Level | null, text: string, cable: Cable, where: 'top' | 'bottom'): string {
  const source = cable.banner ? '' : level === null ? '' : ' (from the security warning: the cable has no banner line)';
  const tag = where === 'top' ? 'header' : 'footer';
  return `<${tag} class="banner banner-${where} ${levelClass(level)}"><span class="level">${esc(text)}</span>${where === 'top' ? `<span class="banner-note">${esc(source)}</span>` : ''}</${tag}>`;
}

function masthead(ctx: RenderContext, cable: Cable, title: string | null): string {
  const facts: string[] = [];
  if (ctx.id) facts.push(`<span class="cable-id">${esc(ctx.id)}</span>`);
  const dtg = cable.header?.dateTime?.dtg;
  if (dtg?.iso) facts.push(`<time datetime="${esc(dtg.iso)}">${esc(`${longDate(dtg.iso)}, ${clock(dtg.time.value)} UTC`)}</time>`);
  else if (ctx.date) facts.push(`<time datetime="${esc(ctx.date)}">${esc(longDate(ctx.date))}</time>`);
  const from = cable.header?.from?.items[0]?.address.text ?? null;
  const station = cable.header?.station?.indicator ?? null;
  if (from !== null) facts.push(`from <span class="post">${esc(from)}</span>`);
  else if (station !== null) facts.push(`from ${indicator(station)}`);
  const precedence = cable.header?.dateTime?.precedences[0] ?? cable.header?.routing?.prosign ?? null;
  if (precedence) facts.push(precedenceBadge(precedence.text));
  const captions = [...new Map(cable.captions.map((c) => [c.value, c])).values()].map((c) => `<span class="badge caption">${esc(c.value)}</span>`);
  return (
    '<div class="masthead">' +
    `<h1 class="title">${title === null ? 'Cable' : esc(title)}</h1>` +
    (facts.length + captions.length > 0 ? `<p class="facts">${[...facts, ...captions].join(' ')}</p>` : '') +
    '</div>'
  );
}

const CARDS = { header: 'Transmission and routing', field: 'Front matter' } as const;

/** The units in order, runs of front-matter fields in one card, body units in SUMMARY and COMMENT blocks. */
function sections(ctx: RenderContext, cable: Cable, units: readonly Unit[]): string {
  let out = '';
  let card: 'field' | null = null;
  let block: TextBlock | null = null;
  let blockIndex = 0;
  const blocks = cable.blocks;
  const markers = markersByLine(blocks);
  for (const unit of units) {
    if (unit.kind !== 'field' && card !== null) {
      out += '</dl></section>';
      card = null;
    }
    // Blocks and units are both in line order: skip the blocks that end before this unit.
    while (blockIndex < blocks.length && blocks[blockIndex].range.end.line < unit.start) blockIndex++;
    const inBlock = isBody(unit) ? blockOf(blocks.slice(blockIndex, blockIndex + 2), unit) : null;
    if (inBlock !== block) {
      if (block !== null) out += '</div>';
      if (inBlock !== null) out += `<div class="block block-${inBlock.kind}" role="group" aria-label="${inBlock.kind === 'summary' ? 'Summary' : 'Comment'}"><p class="block-label">${inBlock.kind === 'summary' ? 'Summary' : 'Comment'}</p>`;
      block = inBlock;
    }
    if (unit.kind === 'field' && card === null) {
      out += `<section class="card front" aria-label="${CARDS.field}"><h2 class="card-title">${CARDS.field}</h2><dl class="fields">`;
      card = 'field';
    }
    out += unitHtml(ctx, cable, unit, markers);
  }
  if (card !== null) out += '</dl></section>';
  if (block !== null) out += '</div>';
  return out;
}

function isBody(unit: Unit): boolean {
  return unit.kind === 'paragraph' || unit.kind === 'text' || unit.kind === 'heading' || unit.kind === 'section';
}

/** Readings of the elements a unit holds beyond its own, as notes under it. */
function notes(ctx: RenderContext, cable: Cable, unit: Unit, skip: (kind: string) => boolean): string {
  const read = unit.elements
    .filter((element) => !skip(element.kind))
    .map((element) => elementReading(ctx, element, cable.banner))
    .filter((reading) => reading !== null && reading.html !== '')
    .map((reading) => `<p class="note"><span class="note-label">${esc(reading!.label)}:</span> ${reading!.html}</p>`);
  return read.join('');
}

function unitHtml(ctx: RenderContext, cable: Cable, unit: Unit, markers: Markers): string {
  switch (unit.kind) {
    case 'header': {
      const rows = headerRows(ctx, cable.header!, (line) =>
        unit.elements
          .filter((e) => e.range.start.line === line)
          .map((e) => elementReading(ctx, e, cable.banner))
          .map((r) => (r === null || r.html === '' ? '' : ` ${r.label}: ${r.html}`))
          .join(''),
      );
      return `<section class="card routing" aria-label="${CARDS.header}"><h2 class="card-title">${CARDS.header}</h2><dl class="fields">${rows}</dl></section>`;
    }
    case 'field': {
      const readings = unit.elements.map((e) => elementReading(ctx, e, cable.banner)).filter((r) => r !== null);
      const written = ctx.lines.slice(unit.start, unit.end + 1).join('\n');
      const label = readings[0]?.label ?? '';
      const html = readings.map((r, i) => (i === 0 || r!.html === '' ? r!.html : `<br>${esc(r!.label)}: ${r!.html}`)).join('');
      const extra = unit.elements[0]?.kind === 'banner' ? `classline ${levelClass(cable.banner?.marking.value ?? null)}` : unit.elements[0]?.kind ?? '';
      return fieldRow(unit.start, unit.end, label, written, html, extra);
    }
    case 'paragraph':
      return paragraphHtml(ctx, unit, markers, notes(ctx, cable, unit, (kind) => kind === 'section'));
    case 'text':
      return textHtml(ctx, unit, markers, '');
    case 'section':
      return textHtml(ctx, unit, markers, notes(ctx, cable, unit, (kind) => kind === 'section'));
    case 'heading':
      return headingHtml(ctx, unit, notes(ctx, cable, unit, (kind) => kind === 'heading'));
    case 'signature':
      return signatureHtml(ctx, unit, notes(ctx, cable, unit, (kind) => kind === 'signature'));
    case 'trailer':
      return rawHtml(ctx, unit, 'trailer', '');
    case 'preamble':
      return rawHtml(ctx, unit, 'preamble', cable.dateline ? `<p class="note">Dateline: <time datetime="${esc(cable.dateline.value)}">${esc(longDate(cable.dateline.value))}</time></p>` : '');
  }
}
