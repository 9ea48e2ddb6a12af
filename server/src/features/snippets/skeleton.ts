// A new cable: offered at the start of an otherwise empty document (or on a `cable` prefix) as
// snippets, one per classification. The dates are today's, which a static snippet cannot compute:
// the DTG and DE filing time now, and the DECL date ten years on.

import { replacing, type CompletionRequest } from '../completion/request';
import { CompletionItemKind, InsertTextFormat, rank, type CompletionItem, type CompletionList } from '../completion/types';
import { markdown } from '../markdown';
import { dateTimeGroup, declassifyOn, filingTime } from './clock';

const PREFIX = 'cable';
const WORD_SO_FAR = /^[ \t]*([A-Za-z]*)$/;

interface Classification {
  readonly level: string;
  readonly warning: string;
  readonly banner: string;
  readonly mark: string;
}

const CLASSIFICATIONS: readonly Classification[] = [
  { level: 'CONFIDENTIAL', warning: 'ZNY CCCCC', banner: 'C O N F I D E N T I A L', mark: 'C' },
  { level: 'SECRET', warning: 'ZNY SSSSS', banner: 'S E C R E T', mark: 'S' },
  { level: 'UNCLASSIFIED', warning: 'ZNR UUUUU', banner: 'UNCLAS', mark: 'U' },
];

// $3 is the precedence letter and the prosign doubles it. The TO line's word is a choice of its own:
// a transform of $3 would only be applied once the cursor leaves $3, so it is never derived.
const PRECEDENCE_WORD = '${10|ROUTINE,PRIORITY,IMMEDIATE,NIACT IMMEDIATE,FLASH|}';

function skeleton(classification: Classification, now: Date): string {
  const classified = classification.level !== 'UNCLASSIFIED';
  const mark = classification.mark;
  return [
    'VZCZC${1:XYZ}${2:0001}',
    '${3|R,P,O,Z|}${3} ${4:RUEHC}',
    `DE \${5:station} #\${6:0001} ${filingTime(now)}`,
    `${classification.warning} ZZH`,
    `\${3} ${dateTimeGroup(now)}`,
    'FM ${7:AMEMBASSY} ${8:post}',
    `TO \${4}/\${9:SECSTATE WASHDC} ${PRECEDENCE_WORD} \${11:0001}`,
    '',
    `${classification.banner} \${8} 00\${6}`,
    '',
    classified ? `E.O. 13526: DECL: ${declassifyOn(now)}` : 'E.O. 13526: N/A',
    'TAGS: ${12:tags}',
    'SUBJECT: ${13:subject}',
    '',
    ...(classified ? ['Classified By: ${14:name}, ${15:title}, reasons 1.4 (${16|b,d,a,c,e,f,g,h|})', ''] : []),
    `1. (${mark}) \${17:SUMMARY: }`,
    '',
    `2. (${mark}) $0`,
    '',
    '${18:SURNAME}',
  ].join('\n');
}

export function skeletonCompletions(request: CompletionRequest): CompletionList | null {
  const { cable, position, before, after } = request;
  const word = WORD_SO_FAR.exec(before)?.[1];
  if (cable.header !== null || cable.banner !== null || word === undefined || after.trim() !== '') return null;
  if (!PREFIX.startsWith(word.toLowerCase())) return null;
  if (cable.lines.some((text, line) => line !== position.line && text.trim() !== '')) return null;
  const range = replacing(request, before.length - word.length);
  const decl = declassifyOn(request.now);
  const items = CLASSIFICATIONS.map(
    (classification, index): CompletionItem => ({
      label: `cable (${classification.level})`,
      kind: CompletionItemKind.Snippet,
      detail: `New ${classification.level} cable dated now`,
      documentation: markdown([
        `Header, banner, E.O. line${classification.level === 'UNCLASSIFIED' ? ' (N/A)' : ` with DECL ${decl}, ten years from today`}, TAGS, SUBJECT, ${classification.level === 'UNCLASSIFIED' ? '' : 'Classified By, '}numbered paragraphs marked (${classification.mark}) and signature.`,
        `The date-time group and the DE line's filing time are the current UTC time (${dateTimeGroup(request.now)}).`,
      ]),
      sortText: rank(index),
      filterText: PREFIX,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: skeleton(classification, request.now) },
    }),
  );
  return { isIncomplete: false, items };
}
