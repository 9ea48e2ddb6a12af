// The transmission header's format lines 1–5 (§2.1–§2.5); addressee lines are in addressees.ts.

import type { Cable, DateTimeGroup, DateTimeLine, Header, MessageReference, RoutingLine, Span, StationLine, TransmissionLine } from '../../model/cable';
import { rangeSpansLine, type Position, type Range } from '../../model/range';
import { lookupRoutingIndicator } from '../../reference';
import { addresseeHover } from './addressees';
import { pick, type HoverContext } from './context';
import { dateOfDayOfYear, dayAndMonth, dayOfYear, longDate } from '../../model/calendar';
import { code, escape, hoverOf, source, type Hover } from '../markdown';
import { dualPrecedenceRole, precedenceHover } from './precedence';
import { agreementText, indicatorHover } from './routing';
import { securityLineHover, signalHover } from './signals';

/** `0626` → `06:26`. */
function clock(hhmm: string): string {
  return `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`;
}

export function headerHover(ctx: HoverContext, header: Header): Hover | null {
  const { position } = ctx;
  const on = <T extends { readonly range: Range }>(element: T | null): element is T =>
    element !== null && rangeSpansLine(element.range, position.line);
  if (on(header.transmission)) return transmissionHover(header.transmission, position);
  if (on(header.routing)) return routingHover(ctx.cable, header.routing, position);
  if (on(header.station)) return stationHover(ctx, header.station, position);
  if (on(header.security)) return securityLineHover(ctx.cable, header.security, position);
  if (on(header.dateTime)) return dateTimeHover(header.dateTime, position);
  return addresseeHover(ctx, header);
}

function transmissionHover(line: TransmissionLine, position: Position): Hover | null {
  if (!pick([line], position)) return null;
  return hoverOf(line.range, [
    `${code(line.prefix.text + (line.channel?.text ?? '') + (line.serial?.text ?? ''))} — format line 1, transmission identification`,
    [
      '`V` start of transmission, `ZCZC` start of message',
      line.channel ? `channel designator ${code(line.channel.text)} (the circuit and flow)` : null,
      line.serial ? `channel sequence number ${code(line.serial.text)}` : null,
    ]
      .filter(Boolean)
      .join(', ') + '.',
    source('FAH2-320 H-321.1', 'ACP127 §112, §126–131'),
  ]);
}

function routingHover(cable: Cable, line: RoutingLine, position: Position): Hover | null {
  if (pick([line.prosign], position)) return precedenceHover(line.prosign);
  const indicator = pick(line.indicators, position);
  if (!indicator) return null;
  const header = cable.header;
  const served = [header?.to, header?.info, header?.exempt].flatMap((block) =>
    block ? block.items.filter((item) => item.routingIndicator?.text === indicator.text).map((item) => `${block.keyword.value} ${code(item.address.text)}`) : [],
  );
  return indicatorHover(indicator, 'routing line (format line 2)', [served.length > 0 ? `Routes to ${served.join(', ')}.` : null]);
}

/** Each field of the DE line has its own hover; `DE` itself sums the line up. */
function stationHover(ctx: HoverContext, line: StationLine, position: Position): Hover | null {
  const at = <T extends Span<unknown>>(field: T | null, describe: (field: T) => Hover): Hover | null =>
    field !== null && pick([field], position) ? describe(field) : null;
  return (
    at(line.indicator, (indicator) => stationIndicatorHover(ctx, indicator)) ??
    at(line.serial, (serial) => stationSerialHover(ctx, serial)) ??
    at(line.section, (section) => stationSectionHover(ctx, section)) ??
    at(line.julianDay, (day) => julianDayHover(ctx, day.value, day.range, ctx.cable.header?.dateTime?.dtg ?? null)) ??
    at(line.time, (time) => filingTimeHover(ctx, time)) ??
    at(line.keyword, () => stationSummary(ctx, line))
  );
}

function stationIndicatorHover(ctx: HoverContext, indicator: Span): Hover {
  const from = ctx.cable.header?.from?.items[0]?.address ?? null;
  return indicatorHover(indicator, 'originating station (DE line)', [from === null ? null : `FM line: ${agreementText(indicator.text, from.text)}`]);
}

function stationSerialHover(ctx: HoverContext, serial: Span<number>): Hover {
  const mrn = ctx.cable.banner?.reference ?? null;
  return hoverOf(serial.range, [
    `${code(`#${serial.text}`)} — station serial number ${serial.value}`,
    mrn === null ? null : serialComparison(mrn, serial.value),
    source('ACP127 §115, §133'),
  ]);
}

/** How the DE line's serial compares with the banner's message reference number. */
function serialComparison(mrn: MessageReference, serial: number): string {
  const written = code(`${mrn.origin.text} ${mrn.serial.text}`);
  return mrn.serial.value === serial ? `The banner's message reference ${written} has the same number.` : `The banner's message reference is ${written}.`;
}

function stationSectionHover(ctx: HoverContext, section: Span<number>): Hover {
  const total = ctx.cable.banner?.section?.total.value ?? null;
  return hoverOf(section.range, [
    `${code(`/${section.text}`)} — section ${section.value}${total === null ? '' : ` of ${total} (banner)`}`,
    total === null ? 'Single-section cables carry `/01` too.' : null,
    source('OBS (cable-format.md §2.3)'),
  ]);
}

function filingTimeHover(ctx: HoverContext, written: Span): Hover {
  const dtg = ctx.cable.header?.dateTime?.dtg ?? null;
  const time = clock(written.text);
  const dtgTime = dtg === null ? null : clock(dtg.time.value);
  return hoverOf(written.range, [
    `${code(written.text)} — filing time ${time} UTC`,
    dtgTime === null ? null : dtgTime === time ? 'The same as the date-time group.' : `The date-time group says ${dtgTime} (filing and release times may differ).`,
    source('ACP127 §115, §133'),
  ]);
}

function julianDayHover(ctx: HoverContext, day: number, range: Range, dtg: DateTimeGroup | null): Hover {
  const year = dtg?.year.value ?? ctx.year;
  const date = year === null ? null : dateOfDayOfYear(year, day);
  const dtgDay = dtg?.iso ? dayOfYear(dtg.iso) : null;
  return hoverOf(range, [
    `${code(String(day).padStart(3, '0'))} — filing day ${day} of the year`,
    year === null ? 'The cable has no date, so the day cannot be read as a date.' : date === null ? `${year} has no day ${day}.` : `Day ${day} of ${year} = **${longDate(date)}**`,
    dtgDay === null || dtgDay === day ? null : `The date-time group is day ${dtgDay}.`,
    source('ACP127 §115, §133'),
  ]);
}

function stationSummary(ctx: HoverContext, line: StationLine): Hover {
  const dtg = ctx.cable.header?.dateTime?.dtg ?? null;
  const year = dtg?.year.value ?? ctx.year;
  const day = line.julianDay && year !== null ? dateOfDayOfYear(year, line.julianDay.value) : null;
  const station = line.indicator ? lookupRoutingIndicator(line.indicator.text)?.stations[0]?.name ?? null : null;
  const parts = [
    line.indicator ? `station ${code(line.indicator.text)}${station === null ? '' : ` (${escape(station)})`}` : null,
    line.serial ? `serial ${line.serial.text}` : null,
    line.section ? `section ${line.section.text}` : null,
    line.julianDay ? `day ${line.julianDay.text}${day === null ? '' : ` = ${dayAndMonth(day)}`}` : null,
    line.time ? `filed ${clock(line.time.text)} UTC` : null,
  ].filter(Boolean);
  return hoverOf(line.keyword.range, [
    `${code('DE')} — format line 3, originating station`,
    parts.length > 0 ? `${parts.join(', ')}.` : null,
    source('ACP127 §115, §133'),
  ]);
}

function dateTimeHover(line: DateTimeLine, position: Position): Hover | null {
  const index = line.precedences.findIndex((p) => pick([p], position));
  if (index >= 0) return precedenceHover(line.precedences[index], dualPrecedenceRole(index, line.precedences.length));
  const signal = pick(line.signals, position);
  if (signal) return signalHover(signal);
  return line.dtg && pick([line.dtg], position) ? dtgHover(line.dtg) : null;
}

function dtgHover(dtg: DateTimeGroup): Hover {
  const date = dtg.iso === null ? null : `**${longDate(dtg.iso)}, ${clock(dtg.time.value)} UTC**`;
  return hoverOf(dtg.range, [
    `${code(dtg.text)} — date-time group`,
    date ?? 'Not a valid date (DDHHMM, zone `Z`, month, year).',
    source('ACP127 §113'),
  ]);
}
