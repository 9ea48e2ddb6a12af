// The transmission header (ACP 127 format lines FL1–FL9, BT, NNNN; State printout headers), §2.

import type {
  AddressBlock,
  AddressKeyword,
  DateTimeLine,
  Header,
  Level,
  Precedence,
  RoutingLine,
  SecurityLine,
  Span,
  StationLine,
  TransmissionLine,
} from '../model/cable';
import { lineRange, unionRange, type Range } from '../model/range';
import { parseAddressee } from './addressee';
import { parseDtgAt } from './dtg';
import { firstNonBlank, groupIndices, groups, groupSpan, groupValue, matchAt, requiredSpan, span, textSpan, trimmedEnd } from './text';

// What the header's codes stand for. They are the prosigns, letters and warning groups of
// precedence.tsv and security-warnings.tsv, kept here so that parsing reads no table; a unit test
// (test/unit/parser/referenceAgreement.test.ts) fails when the two disagree.
export const PROSIGNS: Readonly<Record<string, Precedence>> = { ZZ: 'FLASH', OO: 'IMMEDIATE', PP: 'PRIORITY', RR: 'ROUTINE' };
export const LETTERS: Readonly<Record<string, Precedence>> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' };
/** The level of a security warning group; RRRRR (allied RESTRICTED) and release forms have none. */
export const WARNINGS: Readonly<Record<string, Level>> = {
  UUUUU: 'UNCLASSIFIED',
  EEEEE: 'UNCLASSIFIED',
  CCCCC: 'CONFIDENTIAL',
  SSSSS: 'SECRET',
  TTTTT: 'TOP SECRET',
};

const TRANSMISSION = /(?<prefix>VZCZC)(?<channel>[A-Z]{3})?(?<serial>\d+)?\s*$/dy;
const ROUTING = /(?<prosign>ZZ|OO|PP|RR)(?<ris>(?: +[A-Z][A-Z0-9]{2,7})+) *$/dy;
const RI_LIST = /[A-Z][A-Z0-9]{3,7}(?: +[A-Z][A-Z0-9]{3,7})* *$/y;
const RI = /[A-Z][A-Z0-9]*/g;
const STATION =
  /(?<kw>DE)(?: +(?<ri>[A-Z][A-Z0-9]{2,7}))?(?: +#(?<ssn>\d{1,5})(?:\/(?<sec>\d{1,3}))?)?(?: +(?<jday>\d{3})(?<time>\d{4}))?\s*$/dy;
const SECURITY = /(?<zn>ZNR|ZNY) +(?<warning>[A-Z]{5})(?:\/(?<specat>[A-Z]{5}))?(?<ops>(?: +Z[A-Z0-9]{2,3}(?![A-Z0-9]))*)(?= |$)/dy;
const DTG_LINE = /(?<p1>[ZOPR])(?: (?<p2>[ZOPR]))? +(?=\d{6}Z )/dy;
const SIGNAL = /\/*(Z[A-Z0-9]{2,4})\/*(?= |$)/y;
const ADDRESS_LINE = /(?<kw>FM|TO|INFO|XMT)(?: +|$)/dy;
const BREAK = /(?:BT|NNNN|#\d{3,5})\s*$/y;
const ITEM_START = /[A-Z][A-Z0-9]{3,7}\//y;
const REFERENCE_ID = /\d{2}[A-Z]+\d+\s*$/y;
/**
 * Addressees of one block read at most: real INFO lists name tens (53 in 08REYKJAVIK109); thousands
 * of lines are no list, and reading each as an addressee would only make them slow.
 */
const MAX_ADDRESSEES = 300;
const LOWER = /[a-z]/;

// State printout lines (partial extracts and 1970s printouts, §2.10).
const PRINTOUT = [
  /(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE) +PTQ\d+\s*$/y,
  /PAGE \d{2}\b/y,
  /(?:ACTION|ORIGIN) +[A-Z]+-\d{2}\b/y,
  /INFO +[A-Z]{1,6}-\d{2}\b/y,
  /(?:[A-Z]{1,6}-\d{2} +)+(?:[A-Z]{1,6}-\d{2} *)?(?:\/\d{3}[A-Z])?\s*$/y,
  /-{5,}[0-9A-F]* +\d{6}Z +\/\d+\s*$/y,
  /(?:DRAFTED|APPROVED|CLEARED) BY\b/y,
];

// Lists grow line by line while the header is read; the built Header is read-only.
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
type MutableBlock = Mutable<AddressBlock>;

/** Accumulates header lines in any order and builds the Header. */
export class HeaderBuilder {
  private range: Range | null = null;
  private transmission: TransmissionLine | null = null;
  private routing: Mutable<RoutingLine> | null = null;
  private station: StationLine | null = null;
  private security: SecurityLine | null = null;
  private dateTime: DateTimeLine | null = null;
  private readonly blocks: Partial<Record<AddressKeyword, MutableBlock>> = {};
  private readonly printout: Range[] = [];
  private openBlock: AddressKeyword | null = null;
  /** The line being read, as accept() prepared it. */
  private text = '';
  private routingOpen = false;
  private blankSinceBlock = false;

  constructor(private readonly lines: readonly string[]) {}

  get started(): boolean {
    return this.range !== null;
  }

  /** Called for a blank line while the header is being read. */
  blank(): void {
    this.blankSinceBlock = true;
  }

  /**
   * Tries to read line `i` (first non-blank at `col`, up to column `end`) as a header line. Tabs are
   * read as spaces (one column each, so ranges still match the text).
   */
  accept(i: number, col: number, end = this.lines[i].length): boolean {
    const line = this.lines[i];
    const text = line.indexOf('\t') < 0 ? line.slice(0, end) : line.slice(0, end).replace(/\t/g, ' ');
    this.text = text;
    const consumed =
      this.readTransmission(text, i, col) ||
      this.readRouting(text, i, col) ||
      this.readStation(text, i, col) ||
      this.readSecurity(text, i, col) ||
      this.readDateTime(text, i, col) ||
      this.readPrintout(text, i, col) ||
      this.readAddressLine(text, i, col) ||
      this.readContinuation(text, i, col);
    if (consumed) this.extend(i);
    // A line that is no header line ends the addressee list (`id: 57696`, `header:` of a mirror's metadata).
    else this.closeLists();
    return consumed;
  }

  /** True for lines that unambiguously begin a header (used to tell a stray banner copy before one). */
  static startsHeader(text: string, col: number): boolean {
    return matchAt(TRANSMISSION, text, col) !== null || matchAt(ROUTING, text, col) !== null;
  }

  /**
   * True for a format line that can open a header: transmission, routing, station, security, date-time
   * or printout line. Not an address line: a note may well begin `TO …`.
   */
  static opensHeader(text: string, col: number): boolean {
    const b = new HeaderBuilder([text]);
    return (
      b.readTransmission(text, 0, col) ||
      b.readRouting(text, 0, col) ||
      b.readStation(text, 0, col) ||
      b.readSecurity(text, 0, col) ||
      b.readDateTime(text, 0, col) ||
      b.readPrintout(text, 0, col)
    );
  }

  /** `BT`, `NNNN` and `#nnnn` lines (§2.9), which may also close the text. */
  static isBreak(text: string, col: number): boolean {
    return matchAt(BREAK, text, col) !== null;
  }

  build(): Header | null {
    if (!this.range) return null;
    return {
      range: this.range,
      transmission: this.transmission,
      routing: this.routing,
      station: this.station,
      security: this.security,
      dateTime: this.dateTime,
      from: this.blocks.FM ?? null,
      to: this.blocks.TO ?? null,
      info: this.blocks.INFO ?? null,
      exempt: this.blocks.XMT ?? null,
      printout: this.printout,
    };
  }

  private lineRange(i: number): Range {
    const start = Math.max(0, firstNonBlank(this.text));
    return lineRange(i, start, Math.max(start, trimmedEnd(this.text)));
  }

  private extend(i: number): void {
    const r = this.lineRange(i);
    this.range = this.range ? unionRange(this.range, r) : r;
    this.blankSinceBlock = false;
  }

  private closeLists(): void {
    this.openBlock = null;
    this.routingOpen = false;
  }

  private readTransmission(text: string, i: number, col: number): boolean {
    const m = this.transmission ? null : matchAt(TRANSMISSION, text, col);
    if (!m) return false;
    this.closeLists();
    this.transmission = {
      range: this.lineRange(i),
      prefix: requiredSpan(m, i, 'prefix'),
      channel: groupSpan(m, i, 'channel'),
      serial: groupSpan(m, i, 'serial'),
    };
    return true;
  }

  private readRouting(text: string, i: number, col: number): boolean {
    if (this.routing && this.routingOpen && !this.station && matchAt(RI_LIST, text, col)) {
      this.routing.range = unionRange(this.routing.range, this.lineRange(i));
      this.routing.indicators.push(...indicatorSpans(text, i, col, trimmedEnd(text)));
      return true;
    }
    const m = this.routing || this.station ? null : matchAt(ROUTING, text, col);
    if (!m) return false;
    this.closeLists();
    const prosign = requiredSpan(m, i, 'prosign');
    const risStart = groupIndices(m).ris[0];
    this.routing = {
      range: this.lineRange(i),
      prosign: span(i, prosign.range.start.character, prosign.text, PROSIGNS[prosign.text]),
      indicators: indicatorSpans(text, i, risStart, risStart + groups(m).ris.length),
    };
    this.routingOpen = true;
    return true;
  }

  private readStation(text: string, i: number, col: number): boolean {
    const m = this.station ? null : matchAt(STATION, text, col);
    if (!m) return false;
    this.closeLists();
    this.station = {
      range: this.lineRange(i),
      keyword: requiredSpan(m, i, 'kw'),
      indicator: groupSpan(m, i, 'ri'),
      serial: groupValue(m, i, 'ssn', Number),
      section: groupValue(m, i, 'sec', Number),
      julianDay: groupValue(m, i, 'jday', Number),
      time: groupSpan(m, i, 'time'),
    };
    return true;
  }

  private readSecurity(text: string, i: number, col: number): boolean {
    const m = this.security ? null : matchAt(SECURITY, text, col);
    if (!m) return false;
    this.closeLists();
    const warning = requiredSpan(m, i, 'warning');
    const ops = groups(m).ops;
    this.security = {
      range: this.lineRange(i),
      prefix: requiredSpan(m, i, 'zn'),
      warning,
      level: WARNINGS[warning.text] ?? null,
      efto: warning.text === 'EEEEE',
      specat: groupSpan(m, i, 'specat'),
      signals: ops ? indicatorSpans(text, i, groupIndices(m).ops[0], groupIndices(m).ops[1]) : [],
      rest: restOfLine(text, i, m.index + m[0].length),
    };
    return true;
  }

  private readDateTime(text: string, i: number, col: number): boolean {
    const m = this.dateTime ? null : matchAt(DTG_LINE, text, col);
    if (!m) return false;
    const dtg = parseDtgAt(text, i, m.index + m[0].length);
    if (!dtg) return false;
    this.closeLists();
    const precedences = [groupSpan(m, i, 'p1'), groupSpan(m, i, 'p2')]
      .filter((s): s is Span => s !== null)
      .map((s) => span(i, s.range.start.character, s.text, LETTERS[s.text]));
    const signals: Span[] = [];
    let at = dtg.range.end.character;
    const end = trimmedEnd(text);
    while (at < end) {
      const next = at + 1;
      const s = text.charCodeAt(at) === 0x20 ? matchAt(SIGNAL, text, next) : null;
      if (!s) break;
      signals.push(textSpan(i, s.index + s[0].indexOf(s[1]), s[1]));
      at = s.index + s[0].length;
    }
    this.dateTime = { range: this.lineRange(i), precedences, dtg, signals, rest: restOfLine(text, i, at) };
    return true;
  }

  private readPrintout(text: string, i: number, col: number): boolean {
    if (!PRINTOUT.some((re) => matchAt(re, text, col))) return false;
    this.closeLists();
    this.printout.push(this.lineRange(i));
    return true;
  }

  private readAddressLine(text: string, i: number, col: number): boolean {
    const m = matchAt(ADDRESS_LINE, text, col);
    const keyword = m?.groups?.kw as AddressKeyword | undefined;
    if (!m || !keyword || this.blocks[keyword]) return false;
    this.closeLists();
    const item = parseAddressee(text, i, m.index + m[0].length);
    this.blocks[keyword] = {
      range: this.lineRange(i),
      keyword: span(i, col, keyword, keyword),
      items: item ? [item] : [],
    };
    this.openBlock = keyword === 'FM' ? null : keyword;
    return true;
  }

  /**
   * A further addressee of the open TO/INFO/XMT block. After a blank line only `RI/ADDRESS` items
   * continue it, so that text following a header without a banner is not taken for addressees.
   */
  private readContinuation(text: string, i: number, col: number): boolean {
    const open = this.openBlock;
    if (!open) return false;
    if (this.blankSinceBlock && !matchAt(ITEM_START, text, col)) return false;
    // Lower case is prose; a trailing backslash marks a pasted database row (07BERN881); a header
    // line or a reference id alone starts a mirror's copy of the header (`VZCZCXYZ0000`, 06BOGOTA2554).
    if (LOWER.test(text) || text.trimEnd().endsWith('\\') || matchAt(REFERENCE_ID, text, col) || HeaderBuilder.opensHeader(text, col)) return false;
    const block = this.blocks[open];
    if (!block || block.items.length >= MAX_ADDRESSEES) return false;
    const item = parseAddressee(text, i, col);
    if (!item) return false;
    block.range = unionRange(block.range, item.range);
    block.items.push(item);
    return true;
  }
}

function indicatorSpans(text: string, line: number, from: number, to: number): Span[] {
  const out: Span[] = [];
  RI.lastIndex = from;
  for (let m = RI.exec(text); m && m.index < to; m = RI.exec(text)) out.push(textSpan(line, m.index, m[0]));
  return out;
}

/** What follows `from` on the line, trimmed, as a span (null when nothing does). */
function restOfLine(text: string, line: number, from: number): Span | null {
  const start = firstNonBlank(text, from);
  const end = trimmedEnd(text);
  return start >= 0 && start < end ? textSpan(line, start, text.slice(start, end)) : null;
}
