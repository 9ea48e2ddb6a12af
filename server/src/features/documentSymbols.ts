// The outline: header (FM, TO, INFO, XMT with their addressees), banner, SUBJECT, REF items,
// numbered paragraphs with their sub-paragraphs, and section breaks, in document order.

import type { AddressBlock, Cable, Paragraph, PortionMark, SectionBreak, SubParagraph } from '../model/cable';
import { comparePositions, type Range } from '../model/range';
import { trimmedLineRange } from '../parser/text';
import { written } from './hover/context';
import { openingWords } from './lead';
import { SymbolKind, type DocumentSymbol } from './types';

/** Words of a paragraph's opening shown in its outline name. */
const LEAD_WORDS = 4;

export function documentSymbols(cable: Cable): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const { header, banner, subject, references } = cable;
  if (header) {
    const blocks = [header.from, header.to, header.info, header.exempt].filter((b): b is AddressBlock => b !== null);
    symbols.push({
      name: 'Header',
      detail: header.dateTime?.dtg?.text ?? header.transmission?.prefix.text,
      kind: SymbolKind.Module,
      range: header.range,
      selectionRange: trimmedLineRange(cable.lines, header.range.start.line),
      children: blocks.map(addressSymbol),
    });
  }
  if (banner) {
    symbols.push({ name: written(cable, banner.range), detail: banner.marking.value ?? undefined, kind: SymbolKind.Constant, range: banner.range, selectionRange: banner.marking.range });
  }
  if (subject) {
    symbols.push({ name: `SUBJECT: ${subject.subject.value}`.trim(), kind: SymbolKind.String, range: subject.range, selectionRange: subject.keyword.range });
  }
  if (references) {
    symbols.push({
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
    });
  }
  const body: Array<{ at: Range; symbol: DocumentSymbol }> = [
    ...cable.paragraphs.map((p) => ({ at: p.range, symbol: paragraphSymbol(cable, p) })),
    ...cable.sections.map((s) => ({ at: s.range, symbol: sectionSymbol(s) })),
  ];
  body.sort((a, b) => comparePositions(a.at.start, b.at.start));
  return symbols.concat(body.map((b) => b.symbol));
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
