// The reading of each element of the text, beside the lines as written: the banner, captions, the
// E.O. line, TAGS, SUBJECT, REF, Classified By, section breaks. A code the lists do not give is
// shown as written and marked unknown.

import type { Banner, Caption, ClassifiedBy, ExecutiveOrderLine, ReferenceItem, ReferencesBlock, SectionBreak, TagsLine } from '../model/cable';
import {
  captionReading,
  declassificationMeaning,
  executiveOrderReading,
  longDate,
  reasonText,
  tagReading,
} from './decode';
import type { Element } from './layout';
import { code, esc, levelClass, meaningOr, unknown } from './html';

/** What the renderer knows of the cable as a whole. */
export interface RenderContext {
  readonly lines: readonly string[];
  /** The cable's date (`YYYY-MM-DD`) and year, which pick the era of TAGS and E.O. readings. */
  readonly date: string | null;
  readonly year: number | null;
  readonly order: string | null;
  readonly id: string | null;
  readonly resolveReference: ReferenceResolver | null;
}

/** A REF item's target (a uri or a relative link), or null when it cannot be resolved. */
export type ReferenceResolver = (item: ReferenceItem) => string | null;

export interface Reading {
  readonly label: string;
  readonly html: string;
}

export function elementReading(ctx: RenderContext, element: Element, banner: Banner | null): Reading | null {
  switch (element.kind) {
    case 'banner':
      return banner === null ? null : { label: 'Classification', html: bannerReading(ctx, banner) };
    case 'caption':
      return { label: 'Caption', html: captionBadge(element.span) };
    case 'passing':
      return { label: 'Passing', html: 'A passing or attention line, for the offices named.' };
    case 'executiveOrder':
      return { label: 'E.O.', html: executiveOrderText(ctx, element.line) };
    case 'tags':
      return { label: 'TAGS', html: tagChips(ctx, element.line) };
    case 'subject':
      return { label: 'Subject', html: '' };
    case 'references':
      return { label: 'References', html: referenceList(ctx, element.block) };
    case 'classifiedBy':
      return { label: 'Classified by', html: classifiedByText(ctx, element.block) };
    case 'section':
      return { label: 'Section', html: sectionText(element.section) };
    default:
      return null;
  }
}

function bannerReading(ctx: RenderContext, banner: Banner): string {
  const level = banner.marking.value;
  const parts = [
    level === null
      ? `${code(banner.marking.text)} ${unknown('is not a classification word the lists give')}`
      : `<strong class="level ${levelClass(level)}">${esc(level)}</strong>${banner.efto ? ' (EFTO: encrypted for transmission only)' : ''}`,
  ];
  if (banner.section) parts.push(`section ${banner.section.number.value} of ${banner.section.total.value}`);
  const ref = banner.reference;
  if (ref) parts.push(`message reference ${esc(ref.origin.value)} ${ref.serial.value}${ctx.id === null ? '' : `: cable <strong>${esc(ctx.id)}</strong>`}`);
  return parts.join('; ');
}

/** A caption as a labelled badge with its meaning. */
export function captionBadge(caption: Caption): string {
  const reading = captionReading(caption.value);
  const meaning =
    reading === null || reading.meaning === null
      ? unknown()
      : `${esc(reading.meaning)}${reading.argument === null ? '' : `: ${code(reading.argument)}`}`;
  return `<span class="badge caption">${esc(caption.value)}</span> ${meaning}`;
}

function executiveOrderText(ctx: RenderContext, line: ExecutiveOrderLine): string {
  const parts: string[] = [];
  if (line.order === null) parts.push('No order number is written.');
  else {
    const order = executiveOrderReading(line.order.value, ctx.date);
    parts.push(order === null ? `E.O. ${code(line.order.text)} ${unknown()}.` : `${esc(order.name)}: <cite>${esc(order.title)}</cite>.`);
  }
  const decl = line.declassify;
  if (decl?.date) parts.push(`Declassify on <time datetime="${esc(decl.date.value)}">${esc(longDate(decl.date.value))}</time>.`);
  else if (decl?.marking) {
    const meaning = declassificationMeaning(decl.marking.value);
    parts.push(`Declassification ${code(decl.marking.text)}: ${meaningOr(meaning, 'an event or a marking not in the reference lists')}.`);
  }
  return parts.join(' ');
}

function tagChips(ctx: RenderContext, line: TagsLine): string {
  if (line.tags.length === 0) return 'No TAGS are written.';
  const chips = line.tags.map((tag) => {
    const reading = tagReading(tag.value, ctx.year);
    const meaning = reading.meaning === null ? unknown(reading.listed ? `${reading.kind}; meaning not in the reference lists` : 'not in the reference lists') : esc(reading.meaning);
    return `<li class="chip"><code>${esc(tag.value)}</code> <span class="tag-meaning">${meaning}</span></li>`;
  });
  return `<ul class="chips">${chips.join('')}</ul>`;
}

function referenceList(ctx: RenderContext, block: ReferencesBlock): string {
  if (block.items.length === 0) return 'No item is read.';
  const items = block.items.map((item) => {
    const target = ctx.resolveReference?.(item) ?? null;
    const letter = item.letter === null ? '' : `<span class="ref-letter">${esc(item.letter.value)}</span> `;
    const id = item.cableId === null ? '' : `cable ${esc(item.cableId)}`;
    const shown = target === null || id === '' ? id : `<a class="ref-link" href="${esc(target)}">${id}</a>`;
    return `<li>${letter}${esc(item.text.value)}${shown === '' ? '' : `: ${shown}`}</li>`;
  });
  return `<ul class="refs">${items.join('')}</ul>`;
}

function classifiedByText(ctx: RenderContext, block: ClassifiedBy): string {
  const parts: string[] = [];
  if (block.authority) parts.push(`By ${esc(block.authority.value)}.`);
  const section = block.section?.value ?? null;
  if (section === null || block.reasons.length === 0) {
    parts.push('No reason is read.');
    return parts.join(' ');
  }
  const reasons = block.reasons.map((reason) => {
    const text = reasonText(section, reason.value, ctx.order, ctx.date);
    return `<li>${code(`${section} (${reason.value})`)}: ${meaningOr(text)}</li>`;
  });
  parts.push(`Reasons:<ul class="reasons">${reasons.join('')}</ul>`);
  return parts.join(' ');
}

export function sectionText(section: SectionBreak): string {
  const total = section.total === null ? '' : ` of ${section.total.value}`;
  const part = section.part === null ? '' : `, part ${section.part}`;
  const kind = section.kind === 'continuation' ? 'Continuation' : 'Printout page';
  return `${kind}: section ${section.section.value}${total}${part} of ${esc(section.origin.value)} ${section.serial.value} begins.`;
}
