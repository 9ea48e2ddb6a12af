// The E.O. line of a cable that has none, offered on an `E.O.` prefix below the banner: under
// E.O. 13526 with a DECL date ten years from today, or N/A for an unclassified cable.

import { replacing, type CompletionRequest } from '../completion/request';
import { onCaptionLine } from '../completion/captions';
import { CompletionItemKind, InsertTextFormat, rank, type CompletionItem, type CompletionList } from '../completion/types';
import { markdown, source } from '../markdown';
import { declassifyOn } from './clock';

const EO_SO_FAR = /^[ \t]*(E(?:\.(?:O\.?)?|O)?)$/i;

export function executiveOrderCompletions(request: CompletionRequest): CompletionList | null {
  const { cable, position, before } = request;
  const typed = EO_SO_FAR.exec(before)?.[1];
  if (typed === undefined || cable.executiveOrder !== null || !onCaptionLine(cable, position.line)) return null;
  const decl = declassifyOn(request.now);
  const unclassified = cable.banner?.marking.value === 'UNCLASSIFIED';
  const lines = [
    { label: `E.O. 13526: DECL: ${decl}`, text: `E.O. 13526: DECL: \${1:${decl}}`, about: `Declassify ten years from today (${decl}).` },
    { label: 'E.O. 13526: N/A', text: 'E.O. 13526: N/A', about: 'An unclassified cable needs no declassification instruction.' },
  ];
  if (unclassified) lines.reverse();
  const range = replacing(request, before.length - typed.length);
  const items = lines.map(
    (line, index): CompletionItem => ({
      label: line.label,
      kind: CompletionItemKind.Snippet,
      detail: 'E.O. line',
      documentation: markdown([line.about, source('FAH1-210')]),
      sortText: rank(index),
      filterText: 'E.O.',
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: line.text },
    }),
  );
  return { isIncomplete: false, items };
}
