// The next numbered paragraph with its portion mark, `5. (C) `, offered on an empty line of the
// text: the number follows the paragraph above, and the marks offered start with the banner's level.

import { LEVEL_RANK, type Cable, type Level } from '../../model/cable';
import { listPortionMarks } from '../../reference';
import { replacing, type CompletionRequest } from '../completion/request';
import { CompletionItemKind, InsertTextFormat, type CompletionList } from '../completion/types';
import { markdown, source } from '../markdown';

const NUMBER_SO_FAR = /^\d{0,3}$/;

/** The last line of the header and of the elements above the first paragraph. */
function frontMatterEnd(cable: Cable): number {
  const elements = [cable.header, cable.banner, cable.executiveOrder, cable.tags, cable.subject, cable.references, cable.classifiedBy, ...cable.captions, ...cable.passing];
  return Math.max(-1, ...elements.flatMap((element) => (element ? [element.range.end.line] : [])));
}

/** Level marks in the order offered: the banner's level, then lower ones (all when there is no banner). */
function marks(banner: Level | null): string[] {
  return listPortionMarks()
    .flatMap(({ code, level }) => (level !== null && (banner === null || LEVEL_RANK[level] <= LEVEL_RANK[banner]) ? [{ code, rank: LEVEL_RANK[level] }] : []))
    .sort((a, b) => b.rank - a.rank)
    .map((mark) => mark.code);
}

export function paragraphCompletions(request: CompletionRequest): CompletionList | null {
  const { cable, position, before, after } = request;
  const end = frontMatterEnd(cable);
  if (end < 0 || position.line <= end || !NUMBER_SO_FAR.test(before) || after.trim() !== '') return null;
  const above = cable.paragraphs.filter((p) => p.range.start.line < position.line);
  const number = above.length === 0 ? 1 : above[above.length - 1].number.value + 1;
  const banner = cable.banner?.marking.value ?? null;
  const choices = marks(banner);
  return {
    isIncomplete: false,
    items: [
      {
        label: `${number}. (${choices[0]})`,
        kind: CompletionItemKind.Snippet,
        detail: 'Numbered paragraph with its portion mark',
        documentation: markdown([
          `Paragraph ${number}${above.length === 0 ? '' : `, after paragraph ${above[above.length - 1].number.value}`}; marks offered: ${choices.join(', ')}${banner === null ? '' : ` (none above the banner's ${banner})`}.`,
          source('FAH1-240 H-246.2'),
        ]),
        filterText: String(number),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: replacing(request, 0), newText: `${number}. (\${1|${choices.join(',')}|}) $0` },
      },
    ],
  };
}
