// Inputs that would expose a pattern or a loop that is not linear: each word the parser and the
// rules look for, repeated in one long line, in many long lines and in many short lines; at the start
// of a text, after a banner, after a lettered REF list (the rules check the text's "ref D" against
// it) and after a header. Shared by the robustness tests (which check the result) and the benchmarks
// (which time it).

/** The words the parser and the rules know, with the separator they are repeated with. */
export const KEYWORDS: readonly string[] = [
  'C O N F I D E N T I A L ',
  'S E C R E T ',
  'T O P S E C R E T ',
  'U N C L A S S I F I E D ',
  'UNCLAS ',
  'UNCLASSIFIED ',
  'CONFIDENTIAL ',
  'SECRET ',
  'TOP SECRET ',
  'LIMITED OFFICIAL USE ',
  'UNCLAS E F T O ',
  'CONFIDENTIAL KARACHI 000861 ',
  'C O N F I D E N T I A L SECTION 01 OF 02 KARACHI 000861 ',
  'SECTION 01 OF 02 ',
  'KARACHI 00000861 002 OF 002 ',
  'PAGE 02 HARARE 05461 01 OF 02 ',
  'VZCZC',
  'VZCZCXRO1595 ',
  'PP RUEHLH ',
  'DE RUEHKP #0861/01 3480626 ',
  'ZNY CCCCC ZZH ',
  'P 140626Z DEC 07 ',
  'FM AMCONSUL KARACHI ',
  'TO RUEHC/SECSTATE WASHDC PRIORITY 8587 ',
  'INFO ',
  'RUEHC/',
  'BT ',
  'NNNN ',
  'SIPDIS ',
  'NOFORN ',
  'REL TO USA, GBR ',
  'E.O. 12958: DECL: 12/14/2017 ',
  'E.o. 12958: decl: ',
  'EO 12958 ',
  'TAGS: PGOV PINR ',
  'tags: ',
  'TAGS ',
  '[PGOV](#) ',
  'SUBJECT: ',
  'REF: A. STATE 12345 ',
  'Refs: (A)STATE 071143, ',
  'A. ',
  '(A) ',
  'Classified By: ',
  'Reason(s): 1.4 (B/D) ',
  'reasons 1.4 (b) and (d) ',
  '1.4 (',
  'DERIVED FROM: ',
  '1. (C) ',
  '2 . (U) ',
  '¶1. ',
  '(S//NF) ',
  '(C/REL TO USA, AUS, ',
  '(C ',
  'C) ',
  'SUMMARY: ',
  'END SUMMARY ',
  'BEGIN COMMENT ',
  'Cable dated:2005-11-29T14:19:00',
  'This record is a partial extract of the original cable. ',
  'header: ',
  'destination: ',
  '07KARACHI861 ',
  'TED3146 ',
  'null ',
  'Tuesday, 03 July 2001, 12:03 ',
  '------- ',
  'ref A ',
  'refs A and B ',
  'REFTEL ',
  'para 3 ',
  'paras 3-5 ',
  'para 4 of ref A ',
  'ref A para 4 ',
  'x ¶3 ',
  '\u00a0',
  '\t',
];

/** Where the repeated text stands: alone, after a banner, after a header. */
const CONTEXTS: ReadonlyArray<readonly [string, string]> = [
  ['alone', ''],
  ['after a banner', 'C O N F I D E N T I A L KARACHI 000861\n\n'],
  ['after a lettered REF list', 'UNCLAS STATE 000001\n\nSUBJECT: X\nREF: A. STATE 1 B. 07 KARACHI 861\n\n'],
  ['after a header', 'VZCZCXRO1595\nPP RUEHLH\nDE RUEHKP #0861/01 3480626\nZNY CCCCC ZZH\nP 140626Z DEC 07\nFM AMCONSUL KARACHI\nTO RUEHC/SECSTATE WASHDC PRIORITY 8587\nINFO RUEHBUL/AMEMBASSY KABUL 1234\n'],
];

/** `word` repeated to about `bytes` characters, as one line, as lines of 20,000 and as short lines. */
function shapes(word: string, bytes: number): Array<readonly [string, string]> {
  const line = (size: number) => word.repeat(Math.max(1, Math.ceil(size / word.length)));
  const long = line(20_000);
  const short = line(80);
  return [
    ['one line', line(bytes)],
    ['lines of 20,000', Array.from({ length: Math.max(1, Math.round(bytes / long.length)) }, () => long).join('\n')],
    ['short lines', Array.from({ length: Math.max(1, Math.round(bytes / short.length)) }, () => short).join('\n')],
  ];
}

export interface Pathological {
  readonly label: string;
  readonly text: string;
}

/** Every keyword in every shape and context, each text about `bytes` characters long. */
export function* pathologicalInputs(bytes: number): Generator<Pathological> {
  for (const word of KEYWORDS) {
    for (const [shape, body] of shapes(word, bytes)) {
      for (const [context, before] of CONTEXTS) yield { label: `${JSON.stringify(word)} ${shape} ${context}`, text: before + body };
    }
  }
}
