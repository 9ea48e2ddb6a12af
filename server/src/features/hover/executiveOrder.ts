// The E.O. line (`E.O. 12958: DECL: 12/14/2017`) and the Classified By paragraph's reasons
// (`1.4 (c)`), read in the wording of the order in force at the cable's date (§3.4, §3.8).

import type { ClassifiedBy, ExecutiveOrderLine, Span } from '../../model/cable';
import {
  executiveOrderInForce,
  executiveOrderName,
  lookupClassificationReason,
  lookupDeclassificationMarking,
  lookupExecutiveOrder,
  type ReasonLookup,
} from '../../reference';
import { pick, type HoverContext } from './context';
import { dayAndMonth, longDate, timeBetween } from '../../model/calendar';
import { capitalise, code, escape, hoverOf, notInLists, source, type Hover } from '../markdown';

export function executiveOrderHover(ctx: HoverContext, line: ExecutiveOrderLine): Hover | null {
  const { position } = ctx;
  const order = pick([line.keyword, line.order], position);
  if (order) return orderHover(ctx, line, order);
  const decl = line.declassify;
  if (decl === null) return null;
  const at = pick([decl.keyword, decl.date, decl.marking], position);
  if (!at) return null;
  if (decl.date) return declassifyDateHover(ctx, decl.date, at.range);
  return decl.marking ? markingHover(decl.marking, at.range) : null;
}

function orderHover(ctx: HoverContext, line: ExecutiveOrderLine, token: Span): Hover {
  if (line.order === null) return hoverOf(token.range, [`${code(token.text)} — executive order line without an order number`]);
  const title = `${code(`E.O. ${line.order.text}`)} — executive order`;
  const version = lookupExecutiveOrder(line.order.text, ctx.date ?? undefined);
  if (version === null) return hoverOf(token.range, [title, notInLists('An executive order number')]);
  const inForce = ctx.date === null ? null : executiveOrderInForce(ctx.date);
  const era =
    ctx.date === null
      ? null
      : inForce?.id === version.id
        ? `In force at the cable date (${longDate(ctx.date)}): ${executiveOrderName(version)}, from ${longDate(version.from)}.`
        : `At the cable date (${longDate(ctx.date)}) ${inForce === null ? 'no listed order' : executiveOrderName(inForce)} was in force.`;
  return hoverOf(token.range, [
    `${title}: *${escape(version.title)}*`,
    era,
    version.notes === null ? null : `*${escape(version.notes)}*`,
    source(version.source),
  ]);
}

function declassifyDateHover(ctx: HoverContext, date: Span, range: Span['range']): Hover {
  const after = ctx.date === null ? null : timeBetween(ctx.date, date.value);
  const relation =
    ctx.date === null
      ? 'The cable has no date to compare it with.'
      : after === null
        ? `Before the cable date (${longDate(ctx.date)}).`
        : `${after} after the cable date (${dayAndMonth(ctx.date)} ${ctx.date.slice(0, 4)}).`;
  return hoverOf(range, [
    `${code(date.text)} — declassify on **${longDate(date.value)}**`,
    capitalise(relation),
    source('FAH1-210', 'FAH1-240'),
  ]);
}

function markingHover(marking: Span, range: Span['range']): Hover {
  const record = lookupDeclassificationMarking(marking.value);
  const title = `${code(marking.text)} — declassification instruction`;
  if (record === null) return hoverOf(range, [title, 'Written as an event or a marking that is not in the reference lists.']);
  return hoverOf(range, [
    title,
    record.meaning === null ? notInLists(`A declassification marking${record.order === null ? '' : ` of E.O. ${record.order}`}`) : escape(record.meaning),
    record.notes === null ? null : `*${escape(record.notes)}*`,
    source(record.source),
  ]);
}

export function classifiedByHover(ctx: HoverContext, block: ClassifiedBy): Hover | null {
  const { position } = ctx;
  const reason = pick(block.reasons, position);
  if (reason) return reasonHover(ctx, block, reason);
  if (block.section && pick([block.section], position)) return sectionHover(ctx, block.section);
  if (!pick([block.keyword], position)) return null;
  const section = block.section?.value ?? null;
  const letters = block.reasons.map((r) => `(${r.value})`).join(', ');
  return hoverOf(block.keyword.range, [
    `${code(block.keyword.text)} — classification authority and reasons`,
    section !== null && letters !== '' ? `Reasons ${section} ${letters}${orderSuffix(reasons(ctx, section, 'a'))}.` : 'No reason is cited.',
    source('FAH1-240'),
  ]);
}

function orderSuffix(lookup: ReasonLookup): string {
  return lookup.version === null ? '' : ` of ${executiveOrderName(lookup.version)}`;
}

/** The reason in the order on the E.O. line; an order not in the lists (a typo) falls back to any. */
function reasons(ctx: HoverContext, section: string, letter: string): ReasonLookup {
  const order = ctx.cable.executiveOrder?.order?.value;
  const date = ctx.date ?? undefined;
  const lookup = lookupClassificationReason(section, letter, { order, date });
  return lookup.version === null && order !== undefined ? lookupClassificationReason(section, letter, { date }) : lookup;
}

function eraNote(lookup: ReasonLookup, section: string): string | null {
  if (lookup.sectionInForce === null || lookup.sectionInForce === section) return null;
  return `At the cable date the order in force lists its reasons in §${lookup.sectionInForce}, not §${section}.`;
}

function sectionHover(ctx: HoverContext, section: Span): Hover {
  const lookup = reasons(ctx, section.value, 'a');
  const title = `${code(section.text)} — section listing the classification reasons`;
  if (lookup.version === null) return hoverOf(section.range, [title, notInLists('A section number')]);
  return hoverOf(section.range, [`${title} of ${executiveOrderName(lookup.version)}`, eraNote(lookup, section.value), source(lookup.version.source)]);
}

function reasonHover(ctx: HoverContext, block: ClassifiedBy, reason: Span): Hover {
  const section = block.section?.value ?? null;
  const title = `${code(section === null ? `(${reason.value})` : `${section} (${reason.value})`)} — classification reason`;
  if (section === null) return hoverOf(reason.range, [title, 'No section is cited, so the reason cannot be looked up.']);
  const lookup = reasons(ctx, section, reason.value);
  if (lookup.version === null) return hoverOf(reason.range, [title, notInLists('A classification reason')]);
  if (lookup.reason === null) {
    return hoverOf(reason.range, [title, `${executiveOrderName(lookup.version)} §${section} has no reason (${reason.value}).`, source(lookup.version.source)]);
  }
  return hoverOf(reason.range, [
    `${title}: **${escape(lookup.reason.text)}**`,
    `${executiveOrderName(lookup.version)}, §${section} (${reason.value}).`,
    eraNote(lookup, section),
    source(lookup.reason.source),
  ]);
}
