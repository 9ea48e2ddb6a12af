// C3: a classification written elsewhere in the document agrees with the banner. Published copies
// repeat it: WikiLeaks' metadata (`SECRET//NOFORN`) copied above the text, a publisher's footer
// (`2001VATICA03507 - Classification: CONFIDENTIAL`), the classification at the top or foot of a
// State printout page (§1). When one of them names another level, the text under the label is
// probably another cable's (05SOFIA1280 shows the body of PARIS 5539).

import type { Cable, Level, Span } from '../../model/cable';
import { LEVEL_RANK, LEVEL_WORDS } from '../../model/levels';
import type { Range } from '../../model/range';
import { firstNonBlank } from '../../parser/text';
import type { Finding, Rule } from '../types';
import { bannerLevel } from './marks';

// A level alone, with metadata controls (`//NOFORN`, `//FOR OFFICIAL USE ONLY`) or after a
// publisher's `- Classification:`; printout feet may start with `>`.
const STATED =
  /^(?<prefix>(?:>\s*)?(?:\d{4}[A-Z]+\d+ - Classification:\s*)?)(?<level>TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS)(?:\/\/[A-Z]+(?: [A-Z]+)*)*[ \t]*$/;

interface Stated {
  readonly level: Level;
  readonly range: Range;
}

function stated(text: string, line: number, column: number): Stated | null {
  const m = STATED.exec(text);
  if (!m?.groups) return null;
  const start = column + m.groups.prefix.length;
  return { level: LEVEL_WORDS[m.groups.level], range: { start: { line, character: start }, end: { line, character: start + m.groups.level.length } } };
}

function spanStated(span: Span): Stated | null {
  return stated(span.text, span.range.start.line, span.range.start.character);
}

/** Classifications stated outside the banner: preamble lines, metadata captions, trailer lines. */
function statedElsewhere(cable: Cable): Stated[] {
  const found: Stated[] = [];
  if (cable.preamble) {
    for (let line = cable.preamble.start.line; line <= cable.preamble.end.line; line++) {
      const text = cable.lines[line];
      const column = firstNonBlank(text);
      const s = column < 0 ? null : stated(text.slice(column), line, column);
      if (s) found.push(s);
    }
  }
  for (const span of [...cable.captions, ...cable.trailer]) {
    const s = spanStated(span);
    if (s) found.push(s);
  }
  return found;
}

export const bannerMetadata: Rule = {
  code: 'C3',
  name: 'banner-metadata',
  severity: 'warning',
  description: 'A classification stated elsewhere in the document (metadata line, printout foot, publisher footer) agrees with the banner.',
  basis: 'observed practice',
  check(cable) {
    const level = bannerLevel(cable);
    const banner = cable.banner;
    if (level === null || !banner) return [];
    const findings: Finding[] = [];
    for (const s of statedElsewhere(cable)) {
      if (LEVEL_RANK[s.level] === LEVEL_RANK[level]) continue;
      findings.push({
        range: s.range,
        message: `${s.level} here, but the banner says ${level}`,
        related: [{ range: banner.marking.range, message: `banner: ${level}` }],
      });
    }
    return findings;
  },
};
