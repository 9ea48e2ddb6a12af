// The text: numbered paragraphs and sub-paragraphs with their portion marks (§3.9), and REF
// items naming earlier cables (§3.7).

import type { Cable, Level, Paragraph, PortionMark, ReferenceItem, Span, SubParagraph } from '../../model/cable';
import { LEVEL_RANK } from '../../model/cable';
import { countAtMost } from '../../model/sorted';
import type { Position, Range } from '../../model/range';
import { describePortionMark, indicatorsForAddress } from '../../reference';
import { openingWords } from '../lead';
import { pick, under, written, type HoverContext } from './context';
import { capitalise, code, escape, hoverOf, source, type Hover } from '../markdown';
import { groups } from '../../parser/text';

const LEAD_WORDS = 8;

/** The paragraph starting at or before `line` (paragraphs are in document order). */
function paragraphAt(paragraphs: readonly Paragraph[], line: number): Paragraph | undefined {
  return paragraphs[countAtMost(paragraphs, line, (p) => p.range.start.line) - 1];
}

export function paragraphHover(cable: Cable, position: Position): Hover | null {
  const paragraph = paragraphAt(cable.paragraphs, position.line);
  if (!paragraph || position.line > paragraph.range.end.line) return null;
  const numberRange = pick([paragraph.number], position)?.range ?? (paragraph.pilcrow && under(paragraph.pilcrow, position) ? paragraph.pilcrow : null);
  if (numberRange) return numberHover(cable, paragraph, numberRange);
  if (paragraph.mark && pick([paragraph.mark], position)) return portionMarkHover(cable, paragraph.mark);
  for (const sub of paragraph.subparagraphs) {
    if (pick([sub.label], position)) return subparagraphHover(cable, paragraph, sub);
    if (sub.mark && pick([sub.mark], position)) return portionMarkHover(cable, sub.mark);
  }
  return null;
}

function markText(cable: Cable, mark: PortionMark | null): string {
  if (mark === null) return 'no portion mark';
  return `portion mark ${code(written(cable, mark.range))}${mark.level === null ? '' : ` (${mark.level})`}`;
}

function beginsWith(lead: string): string | null {
  return lead === '' ? null : `Begins: “${escape(lead)}”`;
}

function numberHover(cable: Cable, paragraph: Paragraph, range: Range): Hover {
  const subs = paragraph.subparagraphs.length;
  return hoverOf(range, [
    `${code(`${paragraph.number.value}.`)} — paragraph ${paragraph.number.value}, level 1 (numbered paragraph)`,
    `${capitalise(markText(cable, paragraph.mark))}${subs > 0 ? `; ${subs} sub-paragraph${subs === 1 ? '' : 's'}` : ''}.`,
    beginsWith(openingWords(cable, paragraph, LEAD_WORDS)),
    paragraph.pilcrow === null ? null : 'The `¶` before the number was added by the publisher.',
    source('FAH1-240 H-246.2'),
  ]);
}

function subparagraphHover(cable: Cable, paragraph: Paragraph, sub: SubParagraph): Hover {
  return hoverOf(sub.label.range, [
    `${code(sub.label.text)} — sub-paragraph of paragraph ${paragraph.number.value}, level 2`,
    `${capitalise(markText(cable, sub.mark))}.`,
    beginsWith(openingWords(cable, sub, LEAD_WORDS)),
    source('OBS (cable-format.md §3.9)'),
  ]);
}

function portionMarkHover(cable: Cable, mark: PortionMark): Hover {
  const described = describePortionMark(mark.text);
  const parts = described.map((part) => {
    const meaning = part.mark?.meaning ?? null;
    const argument = part.argument === null ? '' : ` ${code(part.argument)}`;
    return `${code(part.text)}: ${meaning === null ? 'its meaning is not in the reference lists' : escape(meaning)}${argument}`;
  });
  const banner: Level | null = cable.banner?.marking.value ?? null;
  const above = banner !== null && mark.level !== null && LEVEL_RANK[mark.level] > LEVEL_RANK[banner];
  return hoverOf(mark.range, [
    `${code(written(cable, mark.range))} — portion mark${mark.level === null ? '' : `: **${mark.level}**`}`,
    parts.join('; '),
    above ? `Above the banner's ${banner}.` : null,
    !mark.open || !mark.closed ? `Written without its ${mark.open ? 'closing' : 'opening'} parenthesis.` : null,
    source(...described.map((part) => part.mark?.source)),
  ]);
}

// REF items the parser gives no id: without a year (`STATE 12345`), or with the origin in mixed
// case (`02 Halifax 0091`, `2005 Lisbon 1609`).
const UNDATED_CABLE = /^(?:(?<year>\d{4}|\d{2}) +)?(?<origin>[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}) +0*(?<num>\d{1,7})(?![\d/])/;
const ADDRESS_PREFIXES = ['', 'AMEMBASSY ', 'AMCONSUL ', 'USMISSION ', 'USINT '];
const DEPARTMENT = new Set(['STATE', 'SECSTATE']);

/** The address of the post a REF item's origin names (`KARACHI` → `AMCONSUL KARACHI`), or null. */
function postAddress(origin: string): string | null {
  const name = origin.toUpperCase();
  if (DEPARTMENT.has(name)) return 'SECSTATE WASHDC';
  for (const prefix of ADDRESS_PREFIXES) {
    if (indicatorsForAddress(prefix + name).length > 0) return prefix + name;
  }
  return null;
}

function referenceHover(ctx: HoverContext, item: ReferenceItem, hovered: Span): Hover {
  const title = `${code(item.text.value)} — reference`;
  if (item.cableId !== null) {
    return hoverOf(hovered.range, [title, `Cable **${item.cableId}**.`, source('OBS (cable-format.md §3.7)')]);
  }
  const m = UNDATED_CABLE.exec(item.text.value);
  const post = m === null ? null : postAddress(groups(m).origin);
  if (m === null || post === null) {
    return hoverOf(hovered.range, [title, 'Does not name a cable by a post listed in the reference lists.']);
  }
  const origin = groups(m).origin.toUpperCase().replace(/[^A-Z]/g, '');
  const year = groups(m).year ?? (ctx.year === null ? null : String(ctx.year));
  const id = year === null ? null : `${year.slice(-2)}${origin}${groups(m).num}`;
  return hoverOf(hovered.range, [
    title,
    id === null ? `A cable of ${code(post)}; no year is written and the cable has no date.` : `Cable **${id}** (${escape(post)}).`,
    groups(m).year === undefined && id !== null ? `No year is written: read as the cable's own year, ${year}.` : null,
    source('OBS (cable-format.md §3.7)'),
  ]);
}

export function referencesHover(ctx: HoverContext, position: Position): Hover | null {
  const block = ctx.cable.references;
  if (block === null) return null;
  for (const item of block.items) {
    const hovered = pick([item.letter, item.text], position);
    if (hovered) return referenceHover(ctx, item, hovered);
  }
  return null;
}
