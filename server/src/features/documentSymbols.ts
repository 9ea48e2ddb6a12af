// The outline: header (FM, TO, INFO, XMT with their addressees), banner, SUBJECT, REF items,
// numbered paragraphs with their sub-paragraphs, and section breaks, in document order; capped
// (features/limits.ts), building only the items it keeps.

import type { AddressBlock, Cable, Paragraph, PortionMark, SectionBreak, SubParagraph } from '../model/cable';
import { comparePositions, type Position, type Range } from '../model/range';
import { trimmedLineRange } from '../parser/text';
import { written } from './hover/context';
import { openingWords } from './lead';
import { count, OUTLINE_ITEMS } from './limits';
import { SymbolKind, type DocumentSymbol } from './types';

/** Words of a paragraph's opening shown in its outline name. */
const LEAD_WORDS = 4;

/** One top-level outline item, built only if it fits under the cap: `items` counts it and its children. */
interface Entry {
  readonly at: Range;
  readonly items: number;
  readonly build: () => DocumentSymbol;
}

/**
 * The outline, at most `limit` items: past it, the items are left out whole and a last item says how
 * many, starting where the first left out would have.
 */
export function documentSymbols(cable: Cable, limit = OUTLINE_ITEMS): DocumentSymbol[] {
  const entries: Entry[] = [];
  const { header, banner, subject, references } = cable;
  if (header) {
    const blocks = [header.from, header.to, header.info, header.exempt].filter((b): b is AddressBlock => b !== null);
    entries.push({
      at: header.range,
      items: 1 + blocks.reduce((n, b) => n + 1 + (b.keyword.value === 'FM' ? 0 : b.items.length), 0),
      build: () => ({
        name: 'Header',
        detail: header.dateTime?.dtg?.text ?? header.transmission?.prefix.text,
        kind: SymbolKind.Module,
        range: header.range,
        selectionRange: trimmedLineRange(cable.lines, header.range.start.line),
        children: blocks.map(addressSymbol),
      }),
    });
  }
  if (banner) {
    entries.push({
      at: banner.range,
      items: 1,
      build: () => ({
        name: written(cable, banner.range),
        detail: banner.marking.value ?? undefined,
        kind: SymbolKind.Constant,
        range: banner.range,
        selectionRange: banner.marking.range,
      }),
    });
  }
  if (subject) {
    entries.push({
      at: subject.range,
      items: 1,
      build: () => ({ name: `SUBJECT: ${subject.subject.value}`.trim(), kind: SymbolKind.String, range: subject.range, selectionRange: subject.keyword.range }),
    });
  }
  if (references) {
    entries.push({
      at: references.range,
      items: 1 + references.items.length,
      build: () => ({
        name: written(cable, references.keyword.range),
        kind: SymbolKind.Array,
        range: references.range,
        selectionRange: references.keyword.range,
        children: references.items.map((item) => ({
          name: `${item.letter ? item.letter.value + '. ' : ''}${item.text.value}`,
          detail: item.cableId ?? undefined,
          kind: SymbolKind.Key,
          range: item.range,
          selectionRange: (item.letter ?? item.text).range,
        })),
      }),
    });
  }
  const symbols: DocumentSymbol[] = [];
  let room = limit;
  const take = (entry: Entry): boolean => {
    if (entry.items > room) return false;
    symbols.push(entry.build());
    room -= entry.items;
    return true;
  };
  const head = entries.findIndex((e) => !take(e));
  // Paragraphs and section breaks, each list in document order, merged; built only while they fit.
  const { paragraphs, sections } = cable;
  let p = 0;
  let s = 0;
  while (head < 0 && (p < paragraphs.length || s < sections.length)) {
    const paragraphFirst = s >= sections.length || (p < paragraphs.length && comparePositions(paragraphs[p].range.start, sections[s].range.start) <= 0);
    const entry: Entry = paragraphFirst
      ? { at: paragraphs[p].range, items: 1 + paragraphs[p].subparagraphs.length, build: () => paragraphSymbol(cable, paragraphs[p]) }
      : { at: sections[s].range, items: 1, build: () => sectionSymbol(sections[s]) };
    if (!take(entry)) {
      const left = paragraphs.slice(p).reduce((n, q) => n + 1 + q.subparagraphs.length, 0) + sections.length - s;
      symbols.push(omittedSymbol(cable, entry.at.start, left, limit));
      return symbols;
    }
    if (paragraphFirst) p++;
    else s++;
  }
  if (head >= 0) {
    const left = entries.slice(head).reduce((n, e) => n + e.items, 0) + paragraphs.reduce((n, q) => n + 1 + q.subparagraphs.length, 0) + sections.length;
    symbols.push(omittedSymbol(cable, entries[head].at.start, left, limit));
  }
  return symbols;
}

/** The last item of a capped outline: how many items are left out, from where. */
function omittedSymbol(cable: Cable, start: Position, items: number, limit: number): DocumentSymbol {
  return {
    name: `${count(items)} more items not shown (the outline stops at ${count(limit)})`,
    kind: SymbolKind.Null,
    range: { start, end: cable.range.end },
    selectionRange: { start, end: start },
  };
}

function addressSymbol(block: AddressBlock): DocumentSymbol {
  if (block.keyword.value === 'FM') {
    const from = block.items[0];
    return { name: from ? `FM ${from.address.text}` : 'FM', kind: SymbolKind.Field, range: block.range, selectionRange: block.keyword.range };
  }
  const count = block.items.length;
  return {
    name: block.keyword.value,
    detail: `${count} addressee${count === 1 ? '' : 's'}`,
    kind: SymbolKind.Field,
    range: block.range,
    selectionRange: block.keyword.range,
    children: block.items.map((item) => ({
      name: item.routingIndicator ? `${item.routingIndicator.text}/${item.address.text}` : item.address.text,
      detail: [item.precedence?.text, item.serial?.text].filter(Boolean).join(' ') || undefined,
      kind: SymbolKind.EnumMember,
      range: item.range,
      selectionRange: (item.routingIndicator ?? item.address).range,
    })),
  };
}

function paragraphSymbol(cable: Cable, p: Paragraph): DocumentSymbol {
  return {
    name: itemName(cable, `${p.number.value}.`, p.mark, openingWords(cable, p, LEAD_WORDS)),
    detail: p.mark?.level ?? undefined,
    kind: SymbolKind.String,
    range: p.range,
    selectionRange: p.number.range,
    children: p.subparagraphs.map((s) => subparagraphSymbol(cable, s)),
  };
}

function subparagraphSymbol(cable: Cable, s: SubParagraph): DocumentSymbol {
  return { name: itemName(cable, written(cable, s.label.range).replace('¶', ''), s.mark, openingWords(cable, s, LEAD_WORDS)), kind: SymbolKind.Key, range: s.range, selectionRange: s.label.range };
}

function sectionSymbol(s: SectionBreak): DocumentSymbol {
  const name = s.kind === 'continuation' ? `Section ${s.section.value}${s.total ? ` of ${s.total.value}` : ''}` : `Page ${s.part}`;
  return { name, detail: s.origin.text, kind: SymbolKind.Package, range: s.range, selectionRange: s.range };
}

/** `1. (C) SUMMARY: Muttahida Quami Movement...`: label, mark as written, the first four words. */
function itemName(cable: Cable, label: string, mark: PortionMark | null, lead: string): string {
  return [label, mark ? written(cable, mark.range) : '', lead].filter(Boolean).join(' ');
}
