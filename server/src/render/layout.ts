// Which part of the rendering shows each line of the cable. Every line belongs to one unit (or is
// blank), so every character of the text appears once in the rendering, whatever the parser made
// of it: the header card, a paragraph, a front-matter field, or text shown as written. An element
// that starts on a line another unit holds (a caption on the banner's line, a section break inside
// a paragraph) is read out in that unit.

import type { Cable, ClassifiedBy, ExecutiveOrderLine, Paragraph, ReferencesBlock, SectionBreak, Span, SubjectLine, TagsLine } from '../model/cable';
import type { Range } from '../model/range';

export type Element =
  | { readonly kind: 'banner'; readonly range: Range }
  | { readonly kind: 'caption'; readonly range: Range; readonly span: Span }
  | { readonly kind: 'passing'; readonly range: Range; readonly span: Span }
  | { readonly kind: 'executiveOrder'; readonly range: Range; readonly line: ExecutiveOrderLine }
  | { readonly kind: 'tags'; readonly range: Range; readonly line: TagsLine }
  | { readonly kind: 'subject'; readonly range: Range; readonly line: SubjectLine }
  | { readonly kind: 'references'; readonly range: Range; readonly block: ReferencesBlock }
  | { readonly kind: 'classifiedBy'; readonly range: Range; readonly block: ClassifiedBy }
  | { readonly kind: 'section'; readonly range: Range; readonly section: SectionBreak }
  | { readonly kind: 'heading'; readonly range: Range; readonly span: Span }
  | { readonly kind: 'signature'; readonly range: Range; readonly span: Span }
  | { readonly kind: 'trailer'; readonly range: Range; readonly span: Span };

export type UnitKind = 'preamble' | 'header' | 'paragraph' | 'field' | 'section' | 'heading' | 'signature' | 'trailer' | 'text';

export interface Unit {
  /** Its index in the order units were claimed. */
  readonly id: number;
  readonly kind: UnitKind;
  readonly start: number;
  end: number;
  /** The paragraph a `paragraph` unit shows. */
  readonly paragraph: Paragraph | null;
  /** The elements read out in this unit, in the order they start. */
  readonly elements: Element[];
}

const FIELD_KINDS = new Set<Element['kind']>(['banner', 'caption', 'passing', 'executiveOrder', 'tags', 'subject', 'references', 'classifiedBy']);

/** The elements of the text in the order the parser found them (front matter first, then the body). */
function elements(cable: Cable): Element[] {
  const found: Element[] = [];
  const add = (element: Element | null): void => void (element && found.push(element));
  if (cable.banner) add({ kind: 'banner', range: cable.banner.range });
  for (const span of cable.captions) add({ kind: 'caption', range: span.range, span });
  for (const span of cable.passing) add({ kind: 'passing', range: span.range, span });
  if (cable.executiveOrder) add({ kind: 'executiveOrder', range: cable.executiveOrder.range, line: cable.executiveOrder });
  if (cable.tags) add({ kind: 'tags', range: cable.tags.range, line: cable.tags });
  if (cable.subject) add({ kind: 'subject', range: cable.subject.range, line: cable.subject });
  if (cable.references) add({ kind: 'references', range: cable.references.range, block: cable.references });
  if (cable.classifiedBy) add({ kind: 'classifiedBy', range: cable.classifiedBy.range, block: cable.classifiedBy });
  for (const section of cable.sections) add({ kind: 'section', range: section.range, section });
  for (const span of cable.headings) add({ kind: 'heading', range: span.range, span });
  if (cable.signature) add({ kind: 'signature', range: cable.signature.range, span: cable.signature });
  for (const span of cable.trailer) add({ kind: 'trailer', range: span.range, span });
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The units of the cable in the order of their lines. */
export function layout(cable: Cable): Unit[] {
  const count = cable.lines.length;
  // The unit holding each line, as an index into `units` (-1: none yet).
  const owner = new Int32Array(count).fill(-1);
  const units: Unit[] = [];
  const claim = (kind: UnitKind, start: number, end: number, paragraph: Paragraph | null = null): Unit | null => {
    if (start < 0 || start >= count || owner[start] >= 0) return null;
    const unit: Unit = { id: units.length, kind, start, end: start, paragraph, elements: [] };
    units.push(unit);
    owner[start] = unit.id;
    extend(unit, end);
    return unit;
  };
  /** Takes the lines after the unit up to `end`, as long as no other unit holds them. */
  const extend = (unit: Unit, end: number): void => {
    for (let line = unit.end + 1; line <= Math.min(end, count - 1) && owner[line] < 0; line++) {
      owner[line] = unit.id;
      unit.end = line;
    }
  };

  if (cable.header) claim('header', cable.header.range.start.line, cable.header.range.end.line);
  for (const paragraph of cable.paragraphs) claim('paragraph', paragraph.range.start.line, paragraph.range.end.line, paragraph);
  for (const element of elements(cable)) {
    const { start, end } = element.range;
    const holder = owner[start.line];
    if (holder >= 0) {
      const unit = units[holder];
      unit.elements.push(element);
      if (unit.end === start.line || unit.kind === 'field') extend(unit, end.line);
      continue;
    }
    const kind: UnitKind = FIELD_KINDS.has(element.kind) ? 'field' : (element.kind as UnitKind);
    claim(kind, start.line, end.line)?.elements.push(element);
  }
  if (cable.preamble) claim('preamble', cable.preamble.start.line, cable.preamble.end.line);
  // What no element claimed: runs of non-blank lines, shown as written.
  for (let line = 0; line < count; line++) {
    if (owner[line] >= 0 || cable.lines[line].trim() === '') continue;
    let end = line;
    while (end + 1 < count && owner[end + 1] < 0 && cable.lines[end + 1].trim() !== '') end++;
    claim('text', line, end);
    line = end;
  }
  return units.sort((a, b) => a.start - b.start);
}
