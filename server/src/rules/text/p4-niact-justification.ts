// P4: a NIACT IMMEDIATE telegram justifies NIACT in its first paragraph (5 FAH-2 H-421.2 b). A
// justification cannot be recognised mechanically; the rule checks that paragraph 1 names NIACT.

import type { Addressee, Cable } from '../../model/cable';
import type { Range } from '../../model/range';
import type { Rule } from '../types';

const NIACT = /\bNIACT\b/i;

export const niactJustification: Rule = {
  code: 'P4',
  name: 'niact-justification',
  severity: 'information',
  description: 'A NIACT IMMEDIATE telegram says why in its first paragraph.',
  basis: '5 FAH-2 H-421.2',
  check(cable) {
    const niact = niactAddressee(cable)?.precedence;
    if (!niact || firstParagraphNamesNiact(cable)) return [];
    const first = cable.paragraphs[0];
    return [
      {
        range: niact.range,
        message: 'NIACT IMMEDIATE: paragraph 1 does not give the justification for NIACT',
        ...(first ? { related: [{ range: first.number.range, message: `Paragraph ${first.number.value}` }] } : {}),
      },
    ];
  },
};

function niactAddressee(cable: Cable): Addressee | undefined {
  const h = cable.header;
  const items = [...(h?.to?.items ?? []), ...(h?.info?.items ?? []), ...(h?.exempt?.items ?? [])];
  return items.find((a) => a.precedence !== null && NIACT.test(a.precedence.text));
}

/** Paragraph 1, or without numbered paragraphs the whole text after the front matter. */
function firstParagraphNamesNiact(cable: Cable): boolean {
  const first = cable.paragraphs[0];
  const range: Range | null = first ? first.range : textAfterFrontMatter(cable);
  if (!range) return false;
  for (let line = range.start.line; line <= range.end.line; line++) {
    if (NIACT.test(cable.lines[line])) return true;
  }
  return false;
}

function textAfterFrontMatter(cable: Cable): Range | null {
  const ends = [cable.banner, cable.executiveOrder, cable.tags, cable.subject, cable.references, cable.classifiedBy]
    .flatMap((e) => (e === null ? [] : [e.range.end.line]));
  if (ends.length === 0) return null;
  const last = cable.lines.length - 1;
  return { start: { line: Math.max(...ends) + 1, character: 0 }, end: { line: last, character: cable.lines[last].length } };
}
