// The cable model: what the parser produces and every feature reads. Section numbers (§) refer to
// the format description (docs/format.md, after cable-format.md). Every element carries the exact
// range of its text; values are normalised where the format allows it, and `text` keeps what was
// written so that features can quote it.

import type { Level } from './levels';
import type { Range } from './range';

export { LEVEL_RANK, type Level } from './levels';

/** A piece of the document: what is written there, its parsed value, and where it is. */
export interface Span<T = string> {
  readonly text: string;
  readonly value: T;
  readonly range: Range;
}

/** ACP 127 precedences, highest first (§2.2, §2.5). */
export type Precedence = 'FLASH' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE';

export const PRECEDENCE_RANK: Readonly<Record<Precedence, number>> = {
  FLASH: 3,
  IMMEDIATE: 2,
  PRIORITY: 1,
  ROUTINE: 0,
};

// ---------------------------------------------------------------------------------------------
// Transmission header (§2)

/** FL1 `VZCZCXRO1595`: channel designator and channel sequence number. */
export interface TransmissionLine {
  readonly range: Range;
  readonly prefix: Span;
  readonly channel: Span | null;
  readonly serial: Span | null;
}

/** FL2 `PP RUEHLH RUEHPW` (indicators may continue on following lines). */
export interface RoutingLine {
  readonly range: Range;
  readonly prosign: Span<Precedence>;
  readonly indicators: readonly Span[];
}

/** FL3 `DE RUEHKP #0861/01 3480626`. Parts may be missing on malformed lines. */
export interface StationLine {
  readonly range: Range;
  readonly keyword: Span;
  readonly indicator: Span | null;
  readonly serial: Span<number> | null;
  readonly section: Span<number> | null;
  readonly julianDay: Span<number> | null;
  readonly time: Span | null;
}

/** FL4 `ZNY CCCCC ZZH`: security warning and operating signals. */
export interface SecurityLine {
  readonly range: Range;
  readonly prefix: Span;
  readonly warning: Span;
  /** The level the warning stands for, or null for release codes and unknown groups. */
  readonly level: Level | null;
  /** `UNCLAS EFTO` is written `ZNY EEEEE`. */
  readonly efto: boolean;
  readonly specat: Span | null;
  readonly signals: readonly Span[];
  readonly rest: Span | null;
}

/** A date-time group `140626Z DEC 07`. `iso` is null when the date does not exist. */
export interface DateTimeGroup {
  readonly range: Range;
  readonly text: string;
  readonly day: Span<number>;
  readonly time: Span;
  readonly month: Span<number>;
  readonly year: Span<number>;
  readonly hour: number;
  readonly minute: number;
  readonly iso: string | null;
}

/** FL5 `P 140626Z DEC 07` (dual precedence `O P`, trailing operating signals and free text allowed). */
export interface DateTimeLine {
  readonly range: Range;
  readonly precedences: readonly Span<Precedence>[];
  readonly dtg: DateTimeGroup | null;
  readonly signals: readonly Span[];
  readonly rest: Span | null;
}

/** One addressee `RUEHC/SECSTATE WASHDC PRIORITY 0214` of FM, TO, INFO or XMT. */
export interface Addressee {
  readonly range: Range;
  /** `ZEN/` prefix: served by other means (ACP 127 §206). */
  readonly zen: Span | null;
  readonly routingIndicator: Span | null;
  readonly address: Span;
  /** The precedence word as written (`NIACT IMMEDIATE` keeps its NIACT in `text`). */
  readonly precedence: Span<Precedence> | null;
  readonly serial: Span | null;
}

export type AddressKeyword = 'FM' | 'TO' | 'INFO' | 'XMT';

export interface AddressBlock {
  readonly range: Range;
  readonly keyword: Span<AddressKeyword>;
  readonly items: readonly Addressee[];
}

export type HeaderLineKind =
  | 'transmission'
  | 'routing'
  | 'station'
  | 'security'
  | 'dateTime'
  | 'address'
  | 'printout'
  | 'break'
  | 'end';

export interface Header {
  readonly range: Range;
  readonly transmission: TransmissionLine | null;
  readonly routing: RoutingLine | null;
  readonly station: StationLine | null;
  readonly security: SecurityLine | null;
  readonly dateTime: DateTimeLine | null;
  readonly from: AddressBlock | null;
  readonly to: AddressBlock | null;
  readonly info: AddressBlock | null;
  readonly exempt: AddressBlock | null;
  /** State printout lines (`PAGE 01 …`, `ACTION AF-00`, `INFO LOG-00 …`, dashes) kept as ranges. */
  readonly printout: readonly Range[];
}

// ---------------------------------------------------------------------------------------------
// Text (§3)

/** `SECTION 01 OF 02` in the banner. */
export interface SectionMark {
  readonly range: Range;
  readonly number: Span<number>;
  readonly total: Span<number>;
}

/** Message reference number `KARACHI 000861`. */
export interface MessageReference {
  readonly range: Range;
  readonly origin: Span;
  readonly serial: Span<number>;
}

/** The classification line `C O N F I D E N T I A L SECTION 01 OF 02 KARACHI 000861` (§3.1). */
export interface Banner {
  readonly range: Range;
  /** The classification word as written; `value` is the level, or null for a misspelt word. */
  readonly marking: Span<Level | null>;
  readonly spaced: boolean;
  readonly efto: boolean;
  readonly section: SectionMark | null;
  readonly reference: MessageReference | null;
}

/** A handling caption (`SIPDIS`, `NOFORN`, `REL CANADA`, ...); `value` is normalised. */
export type Caption = Span;

/** `E.O. 12958: DECL: 12/14/2017` (§3.4). */
export interface ExecutiveOrderLine {
  readonly range: Range;
  readonly keyword: Span;
  readonly order: Span | null;
  readonly declassify: Declassification | null;
}

export interface Declassification {
  readonly range: Range;
  readonly keyword: Span | null;
  /** ISO date (`2017-12-14`) when the DECL part is a valid date. */
  readonly date: Span | null;
  /** Anything else, as written (`N/A`, `25X1-HUMAN`, `OADR`, an event). */
  readonly marking: Span | null;
}

/** One TAGS token; `value` is the upper-case code, `range` covers the code only (not `[..](#)`). */
export type Tag = Span;

export interface TagsLine {
  readonly range: Range;
  readonly keyword: Span;
  readonly tags: readonly Tag[];
  /** Separator style as written: commas or spaces. */
  readonly commas: boolean;
}

export interface SubjectLine {
  readonly range: Range;
  readonly keyword: Span;
  /** The subject with white space folded to single spaces; `range` covers all its lines. */
  readonly subject: Span;
}

export interface ReferenceItem {
  readonly range: Range;
  readonly letter: Span | null;
  readonly text: Span;
  /** The referenced cable's id (`07 KARACHI 123` → `07KARACHI123`) when it names one. */
  readonly cableId: string | null;
}

export interface ReferencesBlock {
  readonly range: Range;
  readonly keyword: Span;
  readonly items: readonly ReferenceItem[];
}

/** `Classified By: Kay Anske, Consul General, reasons 1.4 (c), (d)` (§3.8). */
export interface ClassifiedBy {
  readonly range: Range;
  readonly keyword: Span;
  readonly authority: Span | null;
  /** `1.4` or `1.5`. */
  readonly section: Span | null;
  /** Lower-case reason letters. */
  readonly reasons: readonly Span[];
}

/** A portion mark `(C)`, `(S//NF)`, `(SBU)` (§3.9). `range` includes the parentheses. */
export interface PortionMark {
  readonly range: Range;
  /** The text inside the parentheses. */
  readonly text: string;
  /** The level the mark stands for (SBU counts as UNCLASSIFIED), or null when unrecognised. */
  readonly level: Level | null;
  /** Dissemination controls after the level (`NF`, `REL UK`, `FGI`, `FOUO`). */
  readonly controls: readonly string[];
  /** Whether the opening and the closing parenthesis are written (`C)` and `(S` occur). */
  readonly open: boolean;
  readonly closed: boolean;
}

export interface SubParagraph {
  readonly range: Range;
  readonly label: Span;
  readonly mark: PortionMark | null;
}

export interface Paragraph {
  readonly range: Range;
  readonly number: Span<number>;
  /** The `¶` the publisher put before the number, when present. */
  readonly pilcrow: Range | null;
  readonly mark: PortionMark | null;
  readonly subparagraphs: readonly SubParagraph[];
}

export type BlockKind = 'summary' | 'comment';

/** SUMMARY … END SUMMARY, COMMENT … END COMMENT. `end` is null when never closed. */
export interface TextBlock {
  readonly kind: BlockKind;
  readonly range: Range;
  readonly start: Span;
  readonly end: Span | null;
}

/** `KARACHI 00000861 002 OF 002` between sections, or a printout `PAGE 02 …` line. */
export interface SectionBreak {
  readonly range: Range;
  readonly kind: 'continuation' | 'page';
  readonly origin: Span;
  readonly serial: Span<number>;
  readonly section: Span<number>;
  /** The `.2` of `001.2 OF 006`. */
  readonly part: number | null;
  readonly total: Span<number> | null;
}

/**
 * Lines after the signature that close the text: `BT`, `NNNN`, `#0861` (§2.9), the classification
 * repeated at the foot of a printout, a publisher's footer (`2001VATICA03507 - Classification: …`).
 */
export type TrailerLine = Span;

export interface Cable {
  /** The document's lines without their line ends. */
  readonly lines: readonly string[];
  /** Text before the header or the banner (notices, a dateline, a metadata row). */
  readonly preamble: Range | null;
  /** A media-partner dateline (`Tuesday, 03 July 2001, 12:03`); `value` is the ISO date. */
  readonly dateline: Span | null;
  readonly header: Header | null;
  readonly banner: Banner | null;
  readonly captions: readonly Caption[];
  readonly passing: readonly Span[];
  readonly executiveOrder: ExecutiveOrderLine | null;
  readonly tags: TagsLine | null;
  readonly subject: SubjectLine | null;
  readonly references: ReferencesBlock | null;
  readonly classifiedBy: ClassifiedBy | null;
  readonly paragraphs: readonly Paragraph[];
  readonly blocks: readonly TextBlock[];
  readonly sections: readonly SectionBreak[];
  /** Headings in capitals underlined with dashes. */
  readonly headings: readonly Span[];
  readonly signature: Span | null;
  readonly trailer: readonly TrailerLine[];
  /** Whole-document range. */
  readonly range: Range;
}
