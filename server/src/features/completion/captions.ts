// Captions on the lines between the banner and the E.O. line (§3.3): `SIPDIS`, `NOFORN`, `EXDIS`…

import type { Cable } from '../../model/cable';
import { firstNonBlank } from '../../parser/text';
import { listCaptions } from '../../reference';
import { describeCaption } from '../describers';
import { markdown } from '../markdown';
import { replacing, type CompletionRequest } from './request';
import { CompletionItemKind, rank, type CompletionItem, type CompletionList } from './types';

const CAPTION_SO_FAR = /^[ \t]*[A-Za-z][A-Za-z ]*$|^[ \t]*$/;

/**
 * Whether `line` is a caption line: below the banner and above the first of the E.O., TAGS,
 * SUBJECT, REF and Classified By lines and the first paragraph.
 */
export function onCaptionLine(cable: Cable, line: number): boolean {
  const banner = cable.banner;
  if (banner === null || line <= banner.range.end.line) return false;
  const below = [cable.executiveOrder, cable.tags, cable.subject, cable.references, cable.classifiedBy, cable.paragraphs[0]].flatMap((element) =>
    element ? [element.range.start.line] : [],
  );
  return line < Math.min(cable.lines.length, ...below);
}

export function captionCompletions(request: CompletionRequest): CompletionList | null {
  if (!onCaptionLine(request.cable, request.position.line) || !CAPTION_SO_FAR.test(request.before)) return null;
  const col = firstNonBlank(request.before);
  const range = replacing(request, col < 0 ? request.position.character : col);
  const items = listCaptions().map(
    (caption, index): CompletionItem => ({
      label: caption.code,
      kind: CompletionItemKind.Keyword,
      detail: caption.meaning ?? 'caption, meaning not in the reference lists',
      documentation: markdown(describeCaption(caption.code, caption, null)),
      sortText: rank(index),
      textEdit: { range, newText: caption.code },
    }),
  );
  return { isIncomplete: false, items };
}
