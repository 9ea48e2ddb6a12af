// The text after the front matter (§3.9–§3.10): numbered paragraphs and their portion marks,
// subparagraphs, bullets, underlines, SUMMARY/COMMENT/QUOTE markers, the signature, and `body`,
// the list of every line form that may stand in the text.

import { LEVELS, PORTION, PORTION_CONTROLS, R, scopes } from './fragments.mjs';

/** Older cables mark the whole text once instead: `1.  CONFIDENTIAL - ENTIRE TEXT.` */
const ENTIRE_TEXT = R`[ \t]*-[ \t]*ENTIRE[ \t]+TEXT\b`;
const SUMMARY_FOLLOW = R`(?=[ \t]*[:.,-]|[ \t]*$|[ \t]+(?:and|AND|&)[ \t])`;

function portionMark(level) {
  return {
    match: R`(\()(?:${level.mark})${PORTION_CONTROLS}(\))`,
    name: `storage.modifier.portion-mark.${level.scope}.cable`,
    captures: scopes(
      'punctuation.definition.portion-mark.begin.cable',
      'punctuation.definition.portion-mark.end.cable',
    ),
  };
}

function entireTextMark(level) {
  return { match: R`(?:${level.wholeText})${ENTIRE_TEXT}`, name: `storage.modifier.portion-mark.${level.scope}.cable` };
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
      captures: scopes(`keyword.control.${kind}.begin.cable`),
    },
  ];
}

/** Repository entries for the text. */
export const bodyRules = {
  'portion-marks': { patterns: [...LEVELS.map(portionMark), ...LEVELS.map(entireTextMark)] },
  paragraph: {
    // `1. (C)`, `¶1. (S/NF)`, `1.(U)`; a 4-digit `¶2007.` is a year the publisher marked, not a number.
    match: R`^[ \t]*((¶)?\d{1,3}\.)(?!\d)(?:[ \t]*(${PORTION}|(?:${LEVELS.map((level) => level.wholeText).join('|')})${ENTIRE_TEXT}))?(?:[ \t]*((?:SUMMARY|Summary)${SUMMARY_FOLLOW})|[ \t]*((?:COMMENT|Comment)${SUMMARY_FOLLOW}))?`,
    captures: scopes(
      'markup.heading.paragraph-number.cable',
      'punctuation.definition.pilcrow.cable',
      { patterns: [{ include: '#portion-marks' }] },
      'keyword.control.summary.begin.cable',
      'keyword.control.comment.begin.cable',
    ),
  },
  subparagraph: {
    match: R`^[ \t]*((¶)?[A-Z]\.|\([a-z]\)|[a-z][.)])(?=[ \t])(?:[ \t]*(${PORTION}))?`,
    captures: scopes(
      'markup.heading.subparagraph-label.cable',
      'punctuation.definition.pilcrow.cable',
      { patterns: [{ include: '#portion-marks' }] },
    ),
  },
  'leading-portion-mark': {
    match: R`^[ \t]*(${PORTION})(?=[ \t]|$)`,
    captures: scopes({ patterns: [{ include: '#portion-marks' }] }),
  },
  bullet: {
    match: R`^[ \t]*(--?|\*|o)(?=[ \t])`,
    captures: scopes('punctuation.definition.list.begin.cable'),
  },
  underline: {
    // Dashes under a heading or between parts.
    match: R`^[ \t]*(--(?>-+)(?:[ \t]+-++)*+)[ \t]*$`,
    captures: scopes('punctuation.separator.underline.cable'),
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
    captures: scopes('entity.name.signature.cable'),
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
};
