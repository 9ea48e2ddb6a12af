// The routing card: the transmission header line by line as written, each with its reading — the
// precedence as a badge, routing indicators decoded to their stations, the DE and security lines
// and the date-time group in words, and the FM, TO, INFO and XMT addressees.

import type { AddressBlock, Addressee, DateTimeLine, Header, RoutingLine, SecurityLine, Span, StationLine, TransmissionLine } from '../model/cable';
import { rangeSpansLine, type Range } from '../model/range';
import { dateOfDayOfYear, dayAndMonth, longDate, precedenceOf, securityWarning, signalMeaning, specatMeaning, stationName } from './decode';
import { clock, code, esc, lines, meaningOr, unknown } from './html';
import type { RenderContext } from './readings';

interface Row {
  readonly label: string;
  readonly html: string;
}

/** A precedence as written, as a badge naming the precedence it stands for. */
export function precedenceBadge(written: string): string {
  const precedence = precedenceOf(written);
  if (precedence === null) return `${code(written)} ${unknown('precedence not in the reference lists')}`;
  return `<span class="badge prec prec-${precedence.toLowerCase()}">${esc(precedence)}</span>`;
}

/** A routing indicator and the station it stands for. */
export function indicator(span: Span): string {
  const station = stationName(span.text);
  return `${code(span.text)} ${station === null ? unknown() : `<span class="station">${esc(station)}</span>`}`;
}

function signals(spans: readonly Span[]): string {
  return spans.map((signal) => `${code(signal.text)}: ${meaningOr(signalMeaning(signal.text))}`).join('; ');
}

function transmission(line: TransmissionLine): Row {
  const parts = ['Start of message'];
  if (line.channel) parts.push(`channel ${code(line.channel.text)}`);
  if (line.serial) parts.push(`sequence number ${code(line.serial.text)}`);
  return { label: 'Transmission', html: `${parts.join(', ')}.` };
}

function routing(line: RoutingLine): Row {
  const indicators = line.indicators.map((span) => `<li>${indicator(span)}</li>`).join('');
  return { label: 'Routing', html: `${precedenceBadge(line.prosign.text)}${indicators === '' ? '' : ` relayed to:<ul class="stations">${indicators}</ul>`}` };
}

function station(ctx: RenderContext, line: StationLine, dtg: DateTimeLine | null): Row {
  const parts: string[] = [];
  if (line.indicator) parts.push(`from ${indicator(line.indicator)}`);
  if (line.serial) parts.push(`station serial ${line.serial.value}`);
  if (line.section) parts.push(`section ${line.section.value}`);
  if (line.julianDay) {
    const year = dtg?.dtg?.year.value ?? ctx.year;
    const date = year === null ? null : dateOfDayOfYear(year, line.julianDay.value);
    parts.push(`filed on day ${line.julianDay.value}${date === null ? '' : ` (${esc(dayAndMonth(date))})`}`);
  }
  if (line.time) parts.push(`at ${clock(line.time.text)} UTC`);
  return { label: 'Station (DE)', html: parts.length === 0 ? 'Originating station line.' : `${parts.join(', ')}.` };
}

function security(line: SecurityLine): Row {
  const group = `${line.prefix.text} ${line.warning.text}`;
  const warning = securityWarning(group);
  const parts = [
    warning === null
      ? `${code(group)} ${unknown('security warning not in the reference lists')}`
      : esc(warning.meaning),
  ];
  if (line.specat) parts.push(`SPECAT ${code(line.specat.text)}: ${meaningOr(specatMeaning(`${group}/${line.specat.text}`))}`);
  if (line.signals.length > 0) parts.push(signals(line.signals));
  return { label: 'Security', html: parts.join('; ') };
}

function dateTime(line: DateTimeLine): Row {
  const parts: string[] = [];
  const dual = line.precedences.length > 1;
  line.precedences.forEach((p, i) => parts.push(`${dual ? (i === 0 ? 'action ' : 'info ') : ''}${precedenceBadge(p.text)}`));
  const dtg = line.dtg;
  if (dtg?.iso) {
    parts.push(`<time datetime="${esc(dtg.iso)}">${esc(`${longDate(dtg.iso)}, ${clock(dtg.time.value)} UTC`)}</time>`);
  } else if (dtg) {
    parts.push(`${code(dtg.text)} ${unknown('is not a valid date')}`);
  }
  if (line.signals.length > 0) parts.push(signals(line.signals));
  return { label: 'Date-time group', html: parts.join(' ') };
}

const ROLES = { FM: 'From', TO: 'To', INFO: 'Info', XMT: 'Exempted (XMT)' } as const;

function addressee(item: Addressee): string {
  const parts = [`<span class="address">${esc(item.address.text)}</span>`];
  if (item.precedence) parts.push(precedenceBadge(item.precedence.text));
  if (item.serial) parts.push(`serial ${esc(item.serial.text)}`);
  const ri = item.routingIndicator;
  if (ri) {
    const station = stationName(ri.text);
    const same = station !== null && station === item.address.text.trim().toUpperCase();
    parts.push(`via ${same ? code(ri.text) : indicator(ri)}`);
  }
  if (item.zen) parts.push(`(${code(item.zen.text)}: served by other means)`);
  return parts.join(' ');
}

function addresseeRow(block: AddressBlock, line: number): Row {
  const items = block.items.filter((item) => item.range.start.line === line);
  return { label: ROLES[block.keyword.value], html: items.map(addressee).join('<br>') };
}

/** The rows of the header, one for each of its non-blank lines. */
export function headerRows(ctx: RenderContext, header: Header, extra: (line: number) => string): string {
  const lineElements: Array<[Range | undefined, () => Row]> = [
    [header.transmission?.range, () => transmission(header.transmission!)],
    [header.routing?.range, () => routing(header.routing!)],
    [header.station?.range, () => station(ctx, header.station!, header.dateTime)],
    [header.security?.range, () => security(header.security!)],
    [header.dateTime?.range, () => dateTime(header.dateTime!)],
  ];
  const blocks = [header.from, header.to, header.info, header.exempt];
  const printoutLines = new Set(header.printout.flatMap((range) => Array.from({ length: range.end.line - range.start.line + 1 }, (_, k) => range.start.line + k)));
  const rows: string[] = [];
  for (let line = header.range.start.line; line <= header.range.end.line; line++) {
    const text = ctx.lines[line];
    if (text.trim() === '') continue;
    let row: Row | null = null;
    const element = lineElements.find(([range]) => rangeSpansLine(range, line));
    if (element) {
      const read = element[1]();
      // A line that continues the one above (routing indicators run onto the next line).
      row = element[0]!.start.line === line ? read : { label: read.label, html: '' };
    } else {
      const block = blocks.find((b) => b !== null && rangeSpansLine(b.range, line));
      if (block) row = addresseeRow(block, line);
      else if (printoutLines.has(line)) {
        // The printout's page and distribution lines, in one row.
        let end = line;
        while (printoutLines.has(end + 1)) end++;
        rows.push(fieldRow(line, end, 'Printout', ctx.lines.slice(line, end + 1).join('\n'), `Lines of the printout the cable was copied from.${extra(line)}`));
        line = end;
        continue;
      }
    }
    rows.push(fieldRow(line, line, row?.label ?? '', text, (row?.html ?? '') + extra(line)));
  }
  return rows.join('');
}

/** One line (or run of lines) as written with its label and reading. */
export function fieldRow(start: number, end: number, label: string, written: string, reading: string, extraClass = ''): string {
  const shown = reading === '' ? '' : `<div class="reading">${reading}</div>`;
  return (
    `<div class="field${extraClass === '' ? '' : ` ${extraClass}`}${label === '' ? ' unread' : ''}" id="line-${start}" ${lines(start, end)}>` +
    `<dt>${label === '' ? 'Line' : esc(label)}</dt><dd><pre class="written">${esc(written)}</pre>${shown}</dd></div>`
  );
}
