// The front matter between the banner and the first paragraph (§3.1–§3.8): banner, captions and
// passing lines, section continuation lines, the E.O., TAGS, SUBJECT, REF and Classified By lines.

import { readFileSync } from 'node:fs';

import { ANY_BANNER_WORD, LEVELS, MONTH, ORIGIN, PORTION, R, scopes } from './fragments.mjs';

const CLASSIFIED_BY = R`(?:Classified|CLASSIFIED)[ \t]+(?:By|by|BY)(?![A-Za-z])`;
const PARAGRAPH_NUMBER = R`¶?\d{1,3}\.(?!\d)`;

/** `KARACHI 00000861 002 OF 002`, `NEW DELHI 00009127 001.2 OF 006` (§3.2). */
const CONTINUATION = R`[ \t]*(${ORIGIN})[ \t]+(\d{8})[ \t]+(\d{3}(?:\.\d)?)[ \t]+(OF)[ \t]+(\d{3})(?!\d)`;

/** The captions the parser reads too, from the list beside it (§3.3). */
const SHARED = JSON.parse(readFileSync(new URL('../../server/src/parser/captions.json', import.meta.url), 'utf8'));

const spaceOut = (word) => [...word].join(' ');

/** Patterns for a caption: letter-spaced (first word spaced, later words spaced or not), then as it is. */
function writtenForms(caption) {
  if (!SHARED.letterSpaced.includes(caption)) return [caption];
  const [first, ...rest] = caption.split(' ');
  return [spaceOut(first) + rest.map((word) => R`[ \t]+(?:${spaceOut(word)}|${word})`).join(''), caption];
}

/** Special-handling and distribution captions (§3.3). */
const CAPTION = [
  ...SHARED.captions.flatMap(writtenForms),
  // NOTAL marks a REF item (`07 KARACHI 123 (NOTAL)`, §3.7), whose captions the references rule
  // colours with this one; it heads no cable, so the parser's caption lines leave it out.
  'NOTAL',
  R`REL(?:[ \t]+TO)?[ \t]+[A-Z][A-Z]++(?:,[ \t]*[A-Z][A-Z]++)*+`,
].join('|');

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
    beginCaptures: scopes(
      'markup.heading.banner.cable',
      `constant.language.classification.${level.scope}.cable`,
      'keyword.other.section.cable',
      'constant.numeric.section.cable',
      'keyword.other.section.cable',
      'constant.numeric.section.cable',
      'entity.name.post.cable',
      'constant.numeric.serial.cable',
    ),
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

/** E.O. line (§3.4); `start` says where it may begin (line start, or after text on a run-on line). */
function executiveOrder(start) {
  return {
    name: 'meta.executive-order.cable',
    begin: R`${start}(E\.[ \t]?O\.?|EO)(?=[ \t]*\d{5})[ \t]*(\d{5})(?!\d)`,
    beginCaptures: scopes('keyword.other.label.executive-order.cable', 'constant.numeric.executive-order.cable'),
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
    captures: scopes(
      'punctuation.definition.link.begin.cable',
      'constant.other.tag.cable',
      'punctuation.definition.link.end.cable',
      'punctuation.definition.link.begin.cable',
      'markup.underline.link.cable',
      'punctuation.definition.link.end.cable',
    ),
  },
  { match: R`[A-Za-z0-9][A-Za-z0-9&'-]*+`, name: 'constant.other.tag.cable' },
  { match: '[,;]', name: 'punctuation.separator.tag.cable' },
];

function tags(begin) {
  return {
    name: 'meta.tags.cable',
    begin,
    beginCaptures: scopes('keyword.other.label.tags.cable', 'punctuation.separator.key-value.cable'),
    patterns: tagPatterns,
  };
}

/** Repository entries for the front matter. */
export const frontMatterRules = {
  banners: { patterns: LEVELS.map(banner) },
  'classification-controls': {
    match: R`(//)(NOFORN|FOR OFFICIAL USE ONLY)\b`,
    captures: scopes('punctuation.separator.caption.cable', 'storage.modifier.caption.cable'),
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
    captures: scopes(
      'entity.name.post.cable',
      'constant.numeric.serial.cable',
      'constant.numeric.section.cable',
      'keyword.other.section.cable',
      'constant.numeric.section.cable',
    ),
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
    beginCaptures: scopes('keyword.other.label.subject.cable', 'punctuation.separator.key-value.cable'),
    end: SUBJECT_END,
    contentName: 'string.unquoted.subject.cable',
    patterns: [{ include: '#portion-marks' }, { include: '#printout-page' }, { include: '#page-footer' }],
  },
  references: {
    // REF items `A. STATE 12345`, `¶B. CAIRO 2141`, `(A) 08 STATE 061194` (§3.7).
    name: 'meta.references.cable',
    begin: R`^[ \t]*(REF(?:S|TELS?)?|Refs?|Reftels?)(?:[ \t]*([:.]))?(?=[ \t]|$)`,
    beginCaptures: scopes('keyword.other.label.reference.cable', 'punctuation.separator.key-value.cable'),
    end: REFERENCES_END,
    patterns: [
      { include: '#printout-page' },
      { include: '#page-footer' },
      { include: '#classified-by' },
      { include: '#caption' },
      {
        match: R`(?<![A-Za-z0-9.])(¶)?(\()?([A-Z])([.)])(?=[ \t])`,
        captures: scopes(
          'punctuation.definition.pilcrow.cable',
          'punctuation.definition.reference-label.begin.cable',
          'variable.other.reference-label.cable',
          'punctuation.definition.reference-label.end.cable',
        ),
      },
      {
        match: R`(\()(NOTAL|EXDIS|NODIS|STADIS|LIMDIS|NOFORN)(\))`,
        captures: scopes(
          'punctuation.definition.caption.begin.cable',
          'storage.modifier.caption.cable',
          'punctuation.definition.caption.end.cable',
        ),
      },
      {
        match: R`\b(?:(\d{2})[ \t])?(?!${MONTH}[ \t])([A-Z][A-Za-z]++(?>(?:[ \t][A-Z][A-Za-z]++){0,3}))[ \t]+(\d{1,6})\b`,
        name: 'meta.cable-reference.cable',
        captures: scopes('constant.numeric.year.cable', 'entity.name.post.cable', 'constant.numeric.serial.cable'),
      },
      { include: '#date' },
    ],
  },
  'classified-by': {
    // `Classified By: Kay Anske, Consul General, reasons 1.4 (c), (d)`, wrapped up to a blank line (§3.8).
    name: 'meta.classified-by.cable',
    begin: R`(?:^[ \t]*|(?<=[ \t]))(?:(${PORTION})[ \t]*)?(${CLASSIFIED_BY})(?:[ \t]*(:))?`,
    beginCaptures: scopes(
      { patterns: [{ include: '#portion-marks' }] },
      'keyword.other.label.classified-by.cable',
      'punctuation.separator.key-value.cable',
    ),
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
    captures: scopes('constant.numeric.executive-order-section.cable', {
      patterns: [
        { match: R`(?<![A-Za-z])[a-hA-H](?![A-Za-z])`, name: 'constant.language.reason.cable' },
        { match: R`[()]`, name: 'punctuation.definition.reason.cable' },
      ],
    }),
  },
  date: {
    match: R`\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}/\d{2}/\d{2}|\d{4}-\d{2}-\d{2})\b`,
    name: 'constant.numeric.date.cable',
  },
};
