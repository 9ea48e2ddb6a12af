// Source of syntaxes/cable.tmLanguage.json (run `node syntaxes/src/generate.mjs` after editing).
// Written as a module so that regex fragments are shared instead of copied and can carry comments.
// Line forms follow docs/cable-format.md (§ numbers below). Every pattern is either anchored at a
// line start or starts with a literal/word boundary, and every repetition that could meet itself
// again is possessive (`*+`, `++`) or bounded, so no line makes the engine backtrack badly
// (test/unit/grammar-performance.test.ts feeds it pathological lines).

const R = String.raw;

/** A byte-order mark, read correctly or as the mojibake some mirrors published. */
const BOM = R`(?:\x{FEFF}|ï»¿)?`;
const MONTH = R`(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)`;
/** `140626Z DEC 07` (§2.5). */
const DTG = R`[0-3]\d[0-2]\d[0-5]\dZ[ \t]+${MONTH}[ \t]+(?:\d{4}|\d{2})(?!\d)`;
/** A post or station name of up to five words (`KARACHI`, `NEW DELHI`, `CAPE T`). */
const ORIGIN = R`[A-Z][A-Z.'-]*+(?>(?:[ \t][A-Z][A-Z.'-]*+){0,4})`;
/** A routing indicator (§2.2): five to eight characters. */
const RI = R`(?>[A-Z][A-Z0-9]{3,7})`;
const PRECEDENCE = R`NIACT[ \t]+IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE`;
/** Special-handling and distribution captions (§3.3). */
const CAPTION = [
  'S I P D I S',
  'SIPDIS',
  'NOFORN',
  'SENSITIVE BUT UNCLASSIFIED',
  'SENSITIVE',
  'EXDIS',
  'NODIS',
  'LIMDIS',
  'STADIS',
  'NOTAL',
  R`CORRECTED[ \t]+COPY|C O R R E C T E D[ \t]+(?:C O P Y|COPY)`,
  'NOT FOR INTERNET DISTRIBUTION',
  'AGRMENT',
  'OFFICIAL INFORMAL',
  'ORCON',
  'FOR OFFICIAL USE ONLY',
  'SPECAT',
  R`REL(?:[ \t]+TO)?[ \t]+[A-Z][A-Z]++(?:,[ \t]*[A-Z][A-Z]++)*+`,
].join('|');
/**
 * Classification levels. `scope` ends every level-carrying scope name; `banner` are the written
 * forms of the banner (§3.1), `mark` the level part of a portion mark (§3.9), `warning` the FL4
 * security warning groups (§2.4), `wholeText` the words of an `ENTIRE TEXT` mark. LIMITED
 * OFFICIAL USE and SBU are administrative controls on unclassified information (§3.3, FAH1-240),
 * hence unclassified, as the parser reads them.
 */
const LEVELS = [
  { scope: 'top-secret', banner: R`T O P[ \t]+S E C R E T|TOP SECRET`, mark: 'TS', warning: 'TTTTT', wholeText: 'TOP SECRET' },
  { scope: 'secret', banner: R`S E C R E T|SECRET`, mark: 'SECRET|S', warning: 'SSSSS', wholeText: 'SECRET' },
  { scope: 'confidential', banner: R`C O N F I D E N T I A L|CONFIDENTIAL`, mark: 'CONFIDENTIAL|C', warning: 'CCCCC', wholeText: 'CONFIDENTIAL' },
  {
    scope: 'unclassified',
    banner: R`U N C L A S S I F I E D|UNCLASSIFIED|UNCLAS(?:[ \t]+E F T O|[ \t]+EFTO)?|LIMITED OFFICIAL USE`,
    mark: 'UNCLASSIFIED|UNCLAS|SBU|LOU|U',
    warning: 'UUUUU|EEEEE',
    wholeText: 'SENSITIVE BUT UNCLASSIFIED|UNCLASSIFIED|LIMITED OFFICIAL USE',
  },
];
/** The controls after the level in a portion mark: `/NF`, `//REL UK`, ` - ENTIRE TEXT`. */
const PORTION_CONTROLS = R`(?:(?:/{1,2}|[ \t]*-[ \t]*|[ \t])[A-Za-z](?>[A-Za-z /,.-]{0,60}))?`;
/** Any paragraph-level portion mark, for captures that are then split by level (§3.9). */
const PORTION = R`\((?:${LEVELS.map((level) => level.mark).join('|')})${PORTION_CONTROLS}\)`;
/** Older cables mark the whole text once instead: `1.  CONFIDENTIAL - ENTIRE TEXT.` */
const ENTIRE_TEXT = R`[ \t]*-[ \t]*ENTIRE[ \t]+TEXT\b`;
const CLASSIFIED_BY = R`(?:Classified|CLASSIFIED)[ \t]+(?:By|by|BY)(?![A-Za-z])`;
const PARAGRAPH_NUMBER = R`¶?\d{1,3}\.(?!\d)`;
const SUMMARY_FOLLOW = R`(?=[ \t]*[:.,-]|[ \t]*$|[ \t]+(?:and|AND|&)[ \t])`;

const ANY_BANNER_WORD = R`C O N F|S E C R|T O P[ \t]+S|U N C L|UNCLAS|CONFIDENTIAL|SECRET\b|TOP SECRET|LIMITED OFFICIAL USE`;

/** `KARACHI 00000861 002 OF 002`, `NEW DELHI 00009127 001.2 OF 006` (§3.2). */
const CONTINUATION = R`[ \t]*(${ORIGIN})[ \t]+(\d{8})[ \t]+(\d{3}(?:\.\d)?)[ \t]+(OF)[ \t]+(\d{3})(?!\d)`;

/** What may follow a banner word, so that `SECRET POLICE ...` in running text is no banner. */
const BANNER_FOLLOW = R`(?![A-Za-z])(?=[ \t]*$|//|[ \t]+SECTION\b|[ \t]+${ORIGIN}[ \t]+\d{3,8}(?!\d)|[ \t]+PTQ\d{4}\b)`;

/**
 * Lines that close the front matter (banner, captions and passing lines, §3 order): the next
 * element, a header, or a line of prose (passing lines are in capitals), so that a cable without
 * E.O., TAGS or numbered paragraphs does not read as passing lines to its end.
 */
const FRONT_END = R`^(?=[ \t]*(?:E\.[ \t]?O\.|EO[ \t]*\d|TAGS?(?::|[ \t])|SUBJ(?:ECT)?[ \t]*:|Subject[ \t]*:|REF(?:S|TELS?)?\b|Refs?[:.]|(?:${PORTION}[ \t]*)?${CLASSIFIED_BY}|${PARAGRAPH_NUMBER}|VZCZC|PAGE[ \t]+\d|[ZOPR](?:[ \t][ZOPR])?[ \t]+[0-3]\d{5}Z|SUMMARY\b|Summary\b|BT[ \t]*$|NNNN)|${CONTINUATION}|[^\n]*?[a-z]{4})`;
/** Lines that close a reference block besides a blank line; a subject also ends at REF. */
const NEXT_ELEMENT = R`(?:${PORTION}[ \t]*)?${CLASSIFIED_BY}|${PARAGRAPH_NUMBER}|E\.[ \t]?O\.|TAGS?:|SUMMARY\b|Summary\b`;
const REFERENCES_END = R`^(?=[ \t]*$|[ \t]*(?:${NEXT_ELEMENT})|${CONTINUATION})`;
const SUBJECT_END = R`^(?=[ \t]*$|[ \t]*(?:${NEXT_ELEMENT}|REF(?:S|TELS?)?\b|Refs?[:.])|${CONTINUATION})`;

function banner(level) {
  return {
    name: 'meta.front-matter.cable',
    begin: R`(?:^|(?<=available\.))[ \t]*((${level.banner})${BANNER_FOLLOW}(?:[ \t]+(SECTION)[ \t]+(\d{1,3})[ \t]+(OF)[ \t]+(\d{1,3}))?(?:[ \t]+(${ORIGIN})[ \t]+(\d{3,8})(?!\d))?)`,
    beginCaptures: {
      1: { name: 'markup.heading.banner.cable' },
      2: { name: `constant.language.classification.${level.scope}.cable` },
      3: { name: 'keyword.other.section.cable' },
      4: { name: 'constant.numeric.section.cable' },
      5: { name: 'keyword.other.section.cable' },
      6: { name: 'constant.numeric.section.cable' },
      7: { name: 'entity.name.post.cable' },
      8: { name: 'constant.numeric.serial.cable' },
    },
    end: FRONT_END,
    patterns: [
      { include: '#banners' },
      { include: '#caption-line' },
      { include: '#caption' },
      { include: '#classification-controls' },
      { include: '#executive-order-inline' },
      { include: '#tags-inline' },
      { include: '#printout-id' },
      { include: '#passing-line' },
      { include: '#body' },
    ],
  };
}

function portionMark(level) {
  return {
    match: R`(\()(?:${level.mark})${PORTION_CONTROLS}(\))`,
    name: `storage.modifier.portion-mark.${level.scope}.cable`,
    captures: {
      1: { name: 'punctuation.definition.portion-mark.begin.cable' },
      2: { name: 'punctuation.definition.portion-mark.end.cable' },
    },
  };
}

function entireTextMark(level) {
  return { match: R`(?:${level.wholeText})${ENTIRE_TEXT}`, name: `storage.modifier.portion-mark.${level.scope}.cable` };
}

function securityWarning(level) {
  return {
    match: R`\b(?:${level.warning})\b`,
    name: `constant.language.security-warning.${level.scope}.cable`,
  };
}

/** The running classification a State printout puts at the foot of each page (`...  CONFIDENTIAL`). */
function pageFooter(level) {
  return {
    match: R`(?<=\S[ \t]{2})(?:${level.banner})(?=[ \t]*$)`,
    name: `constant.language.classification.${level.scope}.cable`,
  };
}

/** E.O. line (§3.4); `start` says where it may begin (line start, or after text on a run-on line). */
function executiveOrder(start) {
  return {
    name: 'meta.executive-order.cable',
    begin: R`${start}(E\.[ \t]?O\.?|EO)(?=[ \t]*\d{5})[ \t]*(\d{5})(?!\d)`,
    beginCaptures: {
      1: { name: 'keyword.other.label.executive-order.cable' },
      2: { name: 'constant.numeric.executive-order.cable' },
    },
    end: '$',
    patterns: [
      { include: '#tags-inline' },
      { match: R`\b(DECL)\b`, name: 'keyword.other.label.declassify.cable' },
      { include: '#date' },
      {
        match: R`\bN/A\b|\b(?:25X\d(?:-HUMAN)?|50X\d(?:-HUM)?|X[1-8]|OADR|MR|GDS|1\.6X\d)\b`,
        name: 'constant.language.declassification.cable',
      },
      { include: '#reasons' },
      { match: '[:,]', name: 'punctuation.separator.key-value.cable' },
    ],
  };
}

const tagPatterns = [
  {
    match: R`(\[)([A-Za-z0-9&'-]++)(\])(\()([^)\s]*+)(\))`,
    captures: {
      1: { name: 'punctuation.definition.link.begin.cable' },
      2: { name: 'constant.other.tag.cable' },
      3: { name: 'punctuation.definition.link.end.cable' },
      4: { name: 'punctuation.definition.link.begin.cable' },
      5: { name: 'markup.underline.link.cable' },
      6: { name: 'punctuation.definition.link.end.cable' },
    },
  },
  { match: R`[A-Za-z0-9][A-Za-z0-9&'-]*+`, name: 'constant.other.tag.cable' },
  { match: '[,;]', name: 'punctuation.separator.tag.cable' },
];

function tags(begin) {
  return {
    name: 'meta.tags.cable',
    begin,
    beginCaptures: {
      1: { name: 'keyword.other.label.tags.cable' },
      2: { name: 'punctuation.separator.key-value.cable' },
    },
    patterns: tagPatterns,
  };
}

function marker(words, kind) {
  return [
    {
      match: R`(?<![A-Za-z])(?:END|End|end)[ \t]+(?:OF[ \t]+)?(?:${words})(?![A-Za-z])`,
      name: `keyword.control.${kind}.end.cable`,
    },
    {
      match: R`(?<![A-Za-z])(?:(?:BEGIN|Begin)[ \t]+)?(?:${words})(?=(?:[ \t]+(?:and|AND|&)[ \t]+[A-Za-z]++(?:[ \t]+[A-Za-z]++)?)?[ \t]*:)`,
      name: `keyword.control.${kind}.begin.cable`,
    },
    {
      match: R`(?:^[ \t]*|(?<=\())(${words})(?=[ \t]*[.:-]|[ \t]*$)`,
      captures: { 1: { name: `keyword.control.${kind}.begin.cable` } },
    },
  ];
}

export const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Cable',
  scopeName: 'text.cable',
  comment: 'Generated from syntaxes/src/cable.grammar.mjs by syntaxes/src/generate.mjs; do not edit by hand.',
  patterns: [{ include: '#header' }, { include: '#banners' }, { include: '#body' }],
  repository: {
    // ---------------------------------------------------------------- transmission header (§2)
    header: {
      patterns: [
        { include: '#transmission' },
        { include: '#routing' },
        { include: '#station' },
        { include: '#security' },
        { include: '#printout-distribution' },
        { include: '#address-block' },
      ],
    },
    transmission: {
      match: R`^${BOM}[ \t]*(VZCZC)([A-Z]{3})(\d{3,4})(?![A-Za-z0-9])`,
      name: 'meta.header.transmission.cable',
      captures: {
        1: { name: 'keyword.other.prosign.transmission.cable' },
        2: { name: 'constant.other.channel.cable' },
        3: { name: 'constant.numeric.serial.cable' },
      },
    },
    routing: {
      name: 'meta.header.routing.cable',
      begin: R`^(?=(?:ZZ|OO|PP|RR)(?:[ \t]++${RI})++[ \t]*+$)`,
      while: R`^(?=[ \t]*+${RI}(?:[ \t]++${RI})*+[ \t]*+$)`,
      patterns: [
        { match: R`^(?:ZZ|OO|PP|RR)(?=[ \t])`, name: 'keyword.other.precedence.cable' },
        { match: R`\b${RI}\b`, name: 'constant.other.routing-indicator.cable' },
      ],
    },
    station: {
      match: R`^[ \t]*(DE)[ \t]+(${RI})[ \t]+(#)(\d{3,4})(?:(/)(\d{2,3}))?(?:[ \t]+(\d{7}))?`,
      name: 'meta.header.station.cable',
      captures: {
        1: { name: 'keyword.other.prosign.station.cable' },
        2: { name: 'constant.other.routing-indicator.cable' },
        3: { name: 'punctuation.definition.serial.cable' },
        4: { name: 'constant.numeric.serial.cable' },
        5: { name: 'punctuation.separator.section.cable' },
        6: { name: 'constant.numeric.section.cable' },
        7: { name: 'constant.numeric.filing-time.cable' },
      },
    },
    security: {
      name: 'meta.header.security.cable',
      begin: R`^[ \t]*(ZN[RY])(?=[ \t])`,
      beginCaptures: { 1: { name: 'keyword.other.prosign.security.cable' } },
      end: '$',
      patterns: [
        ...LEVELS.map(securityWarning),
        { match: R`\b[UECSTR]{3}[A-Z]{2}\b`, name: 'constant.language.security-warning.cable' },
        {
          match: R`(/)(AAAAA|BBBBB)\b`,
          captures: { 1: { name: 'punctuation.separator.specat.cable' }, 2: { name: 'constant.language.specat.cable' } },
        },
        { include: '#operating-signal' },
      ],
    },
    'operating-signal': {
      match: R`\bZ[A-Z]{2}[A-Z0-9]?\b`,
      name: 'constant.other.operating-signal.cable',
    },
    'printout-distribution': {
      name: 'meta.header.printout.cable',
      begin: R`^(?=(?:ACTION|INFO|ORIGIN)[ \t]+[A-Z0-9]++-\d{2}\b)`,
      while: R`^(?=[ \t]+(?:[A-Z0-9]++-\d{2}\b|/\d{3}))`,
      patterns: [
        { match: R`^(?:ACTION|INFO|ORIGIN)\b`, name: 'keyword.other.printout.cable' },
        { match: R`\b[A-Z0-9]++-\d{2}\b`, name: 'constant.other.office-symbol.cable' },
        { match: R`/\d{3}[ \t]?W\b`, name: 'constant.numeric.copy-count.cable' },
      ],
    },
    'address-block': {
      // Starts at the FL5 date-time line (or the printout's dashed line) and runs over the FM, TO,
      // INFO and XMT lines and their continuations: upper-case lines up to the banner or a blank line.
      name: 'meta.header.addressing.cable',
      begin: R`^(?=${BOM}(?:[ZOPR](?:[ \t]+[ZOPR])?[ \t]+${DTG}|[ \t]*-{5,}[0-9A-F]{6}[ \t]))`,
      while: R`^(?=[ \t]*[A-Z0-9])(?![ \t]*(?:${ANY_BANNER_WORD}))(?=[A-Z0-9 \t/().,&'#:;-]*+$)`,
      patterns: [{ include: '#date-time-line' }, { include: '#printout-rule' }, { include: '#address-line' }],
    },
    'date-time-line': {
      match: R`^${BOM}([ZOPR])(?:[ \t]+([ZOPR]))?[ \t]+(${DTG})((?:[ \t]+/*Z(?>[A-Z0-9]{2,4})/*)*+)`,
      name: 'meta.header.date-time.cable',
      captures: {
        1: { name: 'keyword.other.precedence.cable' },
        2: { name: 'keyword.other.precedence.cable' },
        3: { name: 'constant.numeric.date-time-group.cable' },
        4: { patterns: [{ include: '#operating-signal' }] },
      },
    },
    'address-line': {
      // `TO RUEHC/SECSTATE WASHDC PRIORITY 0214`, `INFO NSC WASHDC IMMEDIATE`, `ZEN/AMEMBASSY X` (§2.6-2.8).
      match: R`^(?:(FM|TO|INFO|XMT)(?=[ \t]))?[ \t]*(?:(ZEN)(/))?(?:(${RI})(/))?((?!(?:${PRECEDENCE})\b)[^\s/][^\s]*+(?:[ \t]++(?!(?:${PRECEDENCE})\b|\d{2,4}(?:-\d{2,4})?[ \t]*$)[^\s]++)*+)?(?:[ \t]+(${PRECEDENCE}))?(?:[ \t]+(\d{2,4}(?:-\d{2,4})?))?`,
      name: 'meta.header.address.cable',
      captures: {
        1: { name: 'keyword.other.address.cable' },
        2: { name: 'keyword.other.zen.cable' },
        3: { name: 'punctuation.separator.routing.cable' },
        4: { name: 'constant.other.routing-indicator.cable' },
        5: { name: 'punctuation.separator.routing.cable' },
        6: { name: 'entity.name.address.cable' },
        7: { name: 'keyword.other.precedence.cable' },
        8: { name: 'constant.numeric.serial.cable' },
      },
    },
    'printout-rule': {
      match: R`^[ \t]*(-{5,})([0-9A-F]{6})[ \t]+([0-3]\d[0-2]\d[0-5]\dZ)(?:[ \t]+(/)(\d{2}))?`,
      name: 'meta.header.printout.cable',
      captures: {
        1: { name: 'punctuation.separator.printout.cable' },
        2: { name: 'constant.other.printout-id.cable' },
        3: { name: 'constant.numeric.date-time-group.cable' },
        4: { name: 'punctuation.separator.printout.cable' },
        5: { name: 'constant.numeric.serial.cable' },
      },
    },
    'printout-page': {
      // `PAGE 01        HARARE  05461  01 OF 02  271458Z` (§2.10), also at the top of later pages.
      match: R`^[ \t]*(PAGE)[ \t]+(\d{2,3})[ \t]+(${ORIGIN})[ \t]+(\d{4,6})(?:[ \t]+(\d{2})[ \t]+(OF)[ \t]+(\d{2}))?(?:[ \t]+([0-3]\d[0-2]\d[0-5]\dZ))?`,
      name: 'meta.printout.page.cable',
      captures: {
        1: { name: 'keyword.other.printout.cable' },
        2: { name: 'constant.numeric.page.cable' },
        3: { name: 'entity.name.post.cable' },
        4: { name: 'constant.numeric.serial.cable' },
        5: { name: 'constant.numeric.section.cable' },
        6: { name: 'keyword.other.section.cable' },
        7: { name: 'constant.numeric.section.cable' },
        8: { name: 'constant.numeric.date-time-group.cable' },
      },
    },
    'printout-id': {
      match: R`^[ \t]*([A-Z]{3}\d{4})[ \t]*$|\bPTQ\d{4}\b`,
      name: 'constant.other.printout-id.cable',
    },
    'page-footer': { patterns: LEVELS.map(pageFooter) },
    trailer: {
      // FL13 `BT`, FL15 `#0861`, FL16 `NNNN` (§2.9).
      patterns: [
        { match: R`^[ \t]*(BT)[ \t]*$`, captures: { 1: { name: 'keyword.control.prosign.break.cable' } } },
        {
          match: R`^[ \t]*(NNNN)(?![^ \t\n])`,
          captures: { 1: { name: 'keyword.control.prosign.end-of-message.cable' } },
        },
        {
          match: R`^[ \t]*(#)(\d{4})[ \t]*$`,
          captures: { 1: { name: 'punctuation.definition.serial.cable' }, 2: { name: 'constant.numeric.serial.cable' } },
        },
      ],
    },
    notice: {
      match: R`^(This record is a partial extract of the original cable\.[ \t]*The full text of the original cable is not available\.)`,
      captures: { 1: { name: 'comment.line.notice.cable' } },
    },
    dateline: {
      // Media-partner copies put a dateline (`Friday, 01 January 2010, 15:02`) before the banner (§1).
      match: R`^[ \t]*((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+\d{1,2}[ \t]+[A-Z][a-z]++[ \t]+\d{4},[ \t]+\d{1,2}:\d{2})[ \t]*$`,
      captures: { 1: { name: 'comment.line.dateline.cable' } },
    },

    // ------------------------------------------------------------------------- text (§3)
    banners: { patterns: LEVELS.map(banner) },
    'classification-controls': {
      match: R`(//)(NOFORN|FOR OFFICIAL USE ONLY)\b`,
      captures: { 1: { name: 'punctuation.separator.caption.cable' }, 2: { name: 'storage.modifier.caption.cable' } },
    },
    caption: { match: R`\b(?:${CAPTION})\b`, name: 'storage.modifier.caption.cable' },
    'caption-line': {
      begin: R`^(?=[ \t]*+(?:${CAPTION})(?:(?:[ \t]*+[,/]{1,2}[ \t]*+|[ \t]++)(?:${CAPTION}))*+(?:[ \t]++\([^)\n]*+\))?[ \t]*+\\?[ \t]*+$)`,
      end: '$',
      patterns: [{ include: '#caption' }, { match: '[,/]', name: 'punctuation.separator.caption.cable' }],
    },
    'passing-line': {
      // Passing and attention lines between captions and the E.O. line (`NSC FOR ...`, `PASS USTR`).
      name: 'meta.passing.cable',
      begin: R`^(?=[ \t]*\S)`,
      end: '$',
      patterns: [{ match: R`\b(?:ALSO[ \t]+FOR|PLEASE[ \t]+PASS|PASS[ \t]+TO|FOR|PASS)\b`, name: 'keyword.other.passing.cable' }],
    },
    'section-continuation': {
      match: R`^${CONTINUATION}`,
      name: 'meta.section-continuation.cable',
      captures: {
        1: { name: 'entity.name.post.cable' },
        2: { name: 'constant.numeric.serial.cable' },
        3: { name: 'constant.numeric.section.cable' },
        4: { name: 'keyword.other.section.cable' },
        5: { name: 'constant.numeric.section.cable' },
      },
    },
    'executive-order': executiveOrder(R`^[ \t]*`),
    'executive-order-inline': executiveOrder(R`(?<=[ \t])`),
    'tags-line': {
      ...tags(R`^[ \t]*(TAGS?)(?:(:)|(?=[ \t]))`),
      // Codes may run onto following lines until the SUBJECT line (§3.5).
      while: R`^(?=[ \t]*[A-Z\[])(?![ \t]*(?:SUBJ|REF|E\.[ \t]?O|EO[ \t]|${CLASSIFIED_BY}|SECTION|${ANY_BANNER_WORD})|${CONTINUATION})(?=[A-Z0-9 \t,;&'\[\]()#/.-]*+$)`,
    },
    'tags-inline': { ...tags(R`(?<=[ \t])(TAGS?)(?:(:)|(?=[ \t]))`), end: '$' },
    subject: {
      // SUBJECT runs on over following lines up to a blank line or the next element (§3.6).
      name: 'meta.subject.cable',
      begin: R`^[ \t]*(SUBJ(?:ECT)?|Subject)[ \t]*(:)`,
      beginCaptures: {
        1: { name: 'keyword.other.label.subject.cable' },
        2: { name: 'punctuation.separator.key-value.cable' },
      },
      end: SUBJECT_END,
      contentName: 'string.unquoted.subject.cable',
      patterns: [{ include: '#portion-marks' }, { include: '#printout-page' }, { include: '#page-footer' }],
    },
    references: {
      // REF items `A. STATE 12345`, `¶B. CAIRO 2141`, `(A) 08 STATE 061194` (§3.7).
      name: 'meta.references.cable',
      begin: R`^[ \t]*(REF(?:S|TELS?)?|Refs?|Reftels?)(?:[ \t]*([:.]))?(?=[ \t]|$)`,
      beginCaptures: {
        1: { name: 'keyword.other.label.reference.cable' },
        2: { name: 'punctuation.separator.key-value.cable' },
      },
      end: REFERENCES_END,
      patterns: [
        { include: '#printout-page' },
        { include: '#page-footer' },
        { include: '#classified-by' },
        { include: '#caption' },
        {
          match: R`(?<![A-Za-z0-9.])(¶)?(\()?([A-Z])([.)])(?=[ \t])`,
          captures: {
            1: { name: 'punctuation.definition.pilcrow.cable' },
            2: { name: 'punctuation.definition.reference-label.begin.cable' },
            3: { name: 'variable.other.reference-label.cable' },
            4: { name: 'punctuation.definition.reference-label.end.cable' },
          },
        },
        {
          match: R`(\()(NOTAL|EXDIS|NODIS|STADIS|LIMDIS|NOFORN)(\))`,
          captures: {
            1: { name: 'punctuation.definition.caption.begin.cable' },
            2: { name: 'storage.modifier.caption.cable' },
            3: { name: 'punctuation.definition.caption.end.cable' },
          },
        },
        {
          match: R`\b(?:(\d{2})[ \t])?(?!${MONTH}[ \t])([A-Z][A-Za-z]++(?>(?:[ \t][A-Z][A-Za-z]++){0,3}))[ \t]+(\d{1,6})\b`,
          name: 'meta.cable-reference.cable',
          captures: {
            1: { name: 'constant.numeric.year.cable' },
            2: { name: 'entity.name.post.cable' },
            3: { name: 'constant.numeric.serial.cable' },
          },
        },
        { include: '#date' },
      ],
    },
    'classified-by': {
      // `Classified By: Kay Anske, Consul General, reasons 1.4 (c), (d)`, wrapped up to a blank line (§3.8).
      name: 'meta.classified-by.cable',
      begin: R`(?:^[ \t]*|(?<=[ \t]))(?:(${PORTION})[ \t]*)?(${CLASSIFIED_BY})(?:[ \t]*(:))?`,
      beginCaptures: {
        1: { patterns: [{ include: '#portion-marks' }] },
        2: { name: 'keyword.other.label.classified-by.cable' },
        3: { name: 'punctuation.separator.key-value.cable' },
      },
      end: R`^(?=[ \t]*$|[ \t]*${PARAGRAPH_NUMBER}|[ \t]*(?:SUMMARY|Summary)\b)`,
      patterns: [
        { match: R`\b(?:REASONS?|[Rr]easons?)\b`, name: 'keyword.other.label.reason.cable' },
        { include: '#reasons' },
        { include: '#portion-marks' },
        { include: '#printout-page' },
        { include: '#page-footer' },
      ],
    },
    reasons: {
      // `1.4 (b) and (d)`, `1.5 (B) AND (D)`, `1.4(b,d)`, `1.4 b and d`: the E.O. section and its letters.
      match: R`\b(1[ \t]?\.[ \t]?[45])((?>[ \t]*+(?:(?:,|and|AND|&)[ \t]*+)?(?:\([ \t]*+[a-hA-H](?:[ \t]*+(?:[,/&]|and|AND)[ \t]*+[a-hA-H])*+[ \t]*+\)|[a-hA-H](?![A-Za-z0-9])))*+)`,
      captures: {
        1: { name: 'constant.numeric.executive-order-section.cable' },
        2: {
          patterns: [
            { match: R`(?<![A-Za-z])[a-hA-H](?![A-Za-z])`, name: 'constant.language.reason.cable' },
            { match: R`[()]`, name: 'punctuation.definition.reason.cable' },
          ],
        },
      },
    },
    date: {
      match: R`\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}/\d{2}/\d{2}|\d{4}-\d{2}-\d{2})\b`,
      name: 'constant.numeric.date.cable',
    },
    'portion-marks': { patterns: [...LEVELS.map(portionMark), ...LEVELS.map(entireTextMark)] },
    paragraph: {
      // `1. (C)`, `¶1. (S/NF)`, `1.(U)`; a 4-digit `¶2007.` is a year the publisher marked, not a number.
      match: R`^[ \t]*((¶)?\d{1,3}\.)(?!\d)(?:[ \t]*(${PORTION}|(?:${LEVELS.map((level) => level.wholeText).join('|')})${ENTIRE_TEXT}))?(?:[ \t]*((?:SUMMARY|Summary)${SUMMARY_FOLLOW})|[ \t]*((?:COMMENT|Comment)${SUMMARY_FOLLOW}))?`,
      captures: {
        1: { name: 'markup.heading.paragraph-number.cable' },
        2: { name: 'punctuation.definition.pilcrow.cable' },
        3: { patterns: [{ include: '#portion-marks' }] },
        4: { name: 'keyword.control.summary.begin.cable' },
        5: { name: 'keyword.control.comment.begin.cable' },
      },
    },
    subparagraph: {
      match: R`^[ \t]*((¶)?[A-Z]\.|\([a-z]\)|[a-z][.)])(?=[ \t])(?:[ \t]*(${PORTION}))?`,
      captures: {
        1: { name: 'markup.heading.subparagraph-label.cable' },
        2: { name: 'punctuation.definition.pilcrow.cable' },
        3: { patterns: [{ include: '#portion-marks' }] },
      },
    },
    'leading-portion-mark': {
      match: R`^[ \t]*(${PORTION})(?=[ \t]|$)`,
      captures: { 1: { patterns: [{ include: '#portion-marks' }] } },
    },
    bullet: {
      match: R`^[ \t]*(--?|\*|o)(?=[ \t])`,
      captures: { 1: { name: 'punctuation.definition.list.begin.cable' } },
    },
    underline: {
      // Dashes under a heading or between parts.
      match: R`^[ \t]*(--(?>-+)(?:[ \t]+-++)*+)[ \t]*$`,
      captures: { 1: { name: 'punctuation.separator.underline.cable' } },
    },
    markers: {
      patterns: [
        ...marker('SUMMARY|Summary|summary', 'summary'),
        ...marker('COMMENT|Comment|comment', 'comment'),
        {
          match: R`(?<![A-Za-z])(?:BEGIN|Begin)[ \t]+(?:TEXT|Text|QUOTE|Quote)(?![A-Za-z])`,
          name: 'keyword.control.quote.begin.cable',
        },
        {
          match: R`(?<![A-Za-z])(?:END|End)[ \t]+(?:TEXT|Text|QUOTE|Quote)(?![A-Za-z])`,
          name: 'keyword.control.quote.end.cable',
        },
      ],
    },
    signature: {
      // The signing officer's surname alone on a line (§3.10); a grammar cannot tell it is the last line.
      match: R`^[ \t]*(?!X++[ \t]*$)([A-Z][A-Z'-][A-Z'-]++)[ \t]*\\?[ \t]*$`,
      captures: { 1: { name: 'entity.name.signature.cable' } },
    },
    body: {
      patterns: [
        { include: '#trailer' },
        { include: '#notice' },
        { include: '#dateline' },
        { include: '#section-continuation' },
        { include: '#printout-page' },
        { include: '#printout-rule' },
        { include: '#printout-id' },
        { include: '#underline' },
        { include: '#executive-order' },
        { include: '#tags-line' },
        { include: '#subject' },
        { include: '#references' },
        { include: '#classified-by' },
        { include: '#paragraph' },
        { include: '#subparagraph' },
        { include: '#leading-portion-mark' },
        { include: '#bullet' },
        { include: '#caption-line' },
        { include: '#markers' },
        { include: '#page-footer' },
        { include: '#signature' },
      ],
    },
  },
};
