// Lines of the transmission format and of printouts around the text: the transmission header
// (§2: VZCZC, routing, DE, ZNR/ZNY, date-time group, FM/TO/INFO), the trailer (§2.9), printout
// page headers, rules and footers (§2.10), and the notice and dateline publishers put first (§1).

import { ANY_BANNER_WORD, LEVELS, MONTH, ORIGIN, R, scopes } from './fragments.mjs';

/** A byte-order mark, read correctly or as the mojibake some mirrors published. */
const BOM = R`(?:\x{FEFF}|ï»¿)?`;
/** `140626Z DEC 07` (§2.5). */
const DTG = R`[0-3]\d[0-2]\d[0-5]\dZ[ \t]+${MONTH}[ \t]+(?:\d{4}|\d{2})(?!\d)`;
/** A routing indicator (§2.2): five to eight characters. */
const RI = R`(?>[A-Z][A-Z0-9]{3,7})`;
const PRECEDENCE = R`NIACT[ \t]+IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE`;

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

/** Repository entries for the header and printout lines. */
export const headerRules = {
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
    captures: scopes(
      'keyword.other.prosign.transmission.cable',
      'constant.other.channel.cable',
      'constant.numeric.serial.cable',
    ),
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
    captures: scopes(
      'keyword.other.prosign.station.cable',
      'constant.other.routing-indicator.cable',
      'punctuation.definition.serial.cable',
      'constant.numeric.serial.cable',
      'punctuation.separator.section.cable',
      'constant.numeric.section.cable',
      'constant.numeric.filing-time.cable',
    ),
  },
  security: {
    name: 'meta.header.security.cable',
    begin: R`^[ \t]*(ZN[RY])(?=[ \t])`,
    beginCaptures: scopes('keyword.other.prosign.security.cable'),
    end: '$',
    patterns: [
      ...LEVELS.map(securityWarning),
      { match: R`\b[UECSTR]{3}[A-Z]{2}\b`, name: 'constant.language.security-warning.cable' },
      {
        match: R`(/)(AAAAA|BBBBB)\b`,
        captures: scopes('punctuation.separator.specat.cable', 'constant.language.specat.cable'),
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
    captures: scopes(
      'keyword.other.precedence.cable',
      'keyword.other.precedence.cable',
      'constant.numeric.date-time-group.cable',
      { patterns: [{ include: '#operating-signal' }] },
    ),
  },
  'address-line': {
    // `TO RUEHC/SECSTATE WASHDC PRIORITY 0214`, `INFO NSC WASHDC IMMEDIATE`, `ZEN/AMEMBASSY X` (§2.6-2.8).
    match: R`^(?:(FM|TO|INFO|XMT)(?=[ \t]))?[ \t]*(?:(ZEN)(/))?(?:(${RI})(/))?((?!(?:${PRECEDENCE})\b)[^\s/][^\s]*+(?:[ \t]++(?!(?:${PRECEDENCE})\b|\d{2,4}(?:-\d{2,4})?[ \t]*$)[^\s]++)*+)?(?:[ \t]+(${PRECEDENCE}))?(?:[ \t]+(\d{2,4}(?:-\d{2,4})?))?`,
    name: 'meta.header.address.cable',
    captures: scopes(
      'keyword.other.address.cable',
      'keyword.other.zen.cable',
      'punctuation.separator.routing.cable',
      'constant.other.routing-indicator.cable',
      'punctuation.separator.routing.cable',
      'entity.name.address.cable',
      'keyword.other.precedence.cable',
      'constant.numeric.serial.cable',
    ),
  },
  'printout-rule': {
    match: R`^[ \t]*(-{5,})([0-9A-F]{6})[ \t]+([0-3]\d[0-2]\d[0-5]\dZ)(?:[ \t]+(/)(\d{2}))?`,
    name: 'meta.header.printout.cable',
    captures: scopes(
      'punctuation.separator.printout.cable',
      'constant.other.printout-id.cable',
      'constant.numeric.date-time-group.cable',
      'punctuation.separator.printout.cable',
      'constant.numeric.serial.cable',
    ),
  },
  'printout-page': {
    // `PAGE 01        HARARE  05461  01 OF 02  271458Z` (§2.10), also at the top of later pages.
    match: R`^[ \t]*(PAGE)[ \t]+(\d{2,3})[ \t]+(${ORIGIN})[ \t]+(\d{4,6})(?:[ \t]+(\d{2})[ \t]+(OF)[ \t]+(\d{2}))?(?:[ \t]+([0-3]\d[0-2]\d[0-5]\dZ))?`,
    name: 'meta.printout.page.cable',
    captures: scopes(
      'keyword.other.printout.cable',
      'constant.numeric.page.cable',
      'entity.name.post.cable',
      'constant.numeric.serial.cable',
      'constant.numeric.section.cable',
      'keyword.other.section.cable',
      'constant.numeric.section.cable',
      'constant.numeric.date-time-group.cable',
    ),
  },
  'printout-id': {
    match: R`^[ \t]*([A-Z]{3}\d{4})[ \t]*$|\bPTQ\d{4}\b`,
    name: 'constant.other.printout-id.cable',
  },
  'page-footer': { patterns: LEVELS.map(pageFooter) },
  trailer: {
    // FL13 `BT`, FL15 `#0861`, FL16 `NNNN` (§2.9).
    patterns: [
      { match: R`^[ \t]*(BT)[ \t]*$`, captures: scopes('keyword.control.prosign.break.cable') },
      { match: R`^[ \t]*(NNNN)(?![^ \t\n])`, captures: scopes('keyword.control.prosign.end-of-message.cable') },
      {
        match: R`^[ \t]*(#)(\d{4})[ \t]*$`,
        captures: scopes('punctuation.definition.serial.cable', 'constant.numeric.serial.cable'),
      },
    ],
  },
  notice: {
    match: R`^(This record is a partial extract of the original cable\.[ \t]*The full text of the original cable is not available\.)`,
    captures: scopes('comment.line.notice.cable'),
  },
  dateline: {
    // Media-partner copies put a dateline (`Friday, 01 January 2010, 15:02`) before the banner (§1).
    match: R`^[ \t]*((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+\d{1,2}[ \t]+[A-Z][a-z]++[ \t]+\d{4},[ \t]+\d{1,2}:\d{2})[ \t]*$`,
    captures: scopes('comment.line.dateline.cable'),
  },
};
