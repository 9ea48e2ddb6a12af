// Generated from server/data/precedence.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'precedence.tsv',
  lines: () => [
    "code\tkind\tprecedence\tmeaning\tsource\tnotes",
    "ZZ\tprosign\tFLASH\tFLASH precedence in the routing line (format line 2): processed, transmitted and delivered in the order of receipt and ahead of all other messages\tACP127 §150-151; FAH2-320 H-321.2-1\tthe highest precedence of a multi-address, multi-precedence telegram determines the prosign; preceded by the bell signal on tape",
    "OO\tprosign\tIMMEDIATE\tIMMEDIATE precedence in the routing line (format line 2): processed, transmitted and delivered in the order received and ahead of all messages of lower precedence\tACP127 §150-151; FAH2-320 H-321.2-1\tthe highest precedence of a multi-address, multi-precedence telegram determines the prosign",
    "PP\tprosign\tPRIORITY\tPRIORITY precedence in the routing line (format line 2): processed, transmitted and delivered in the order of receipt and ahead of all messages of lower precedence\tACP127 §150-151; FAH2-320 H-321.2-1\tthe highest precedence of a multi-address, multi-precedence telegram determines the prosign",
    "RR\tprosign\tROUTINE\tROUTINE precedence in the routing line (format line 2): processed, transmitted and delivered in the order of receipt and after all messages of higher precedence\tACP127 §150-151; FAH2-320 H-321.2-1\tthe highest precedence of a multi-address, multi-precedence telegram determines the prosign",
    "Z\tletter\tFLASH\tFLASH precedence in the preamble (format line 5): processed, transmitted and delivered in the order of receipt and ahead of all other messages\tACP127 §150-152\twith two letters (dual precedence) the first is the action and the second the information addressees' precedence",
    "O\tletter\tIMMEDIATE\tIMMEDIATE precedence in the preamble (format line 5): processed, transmitted and delivered in the order received and ahead of all messages of lower precedence\tACP127 §150-152\twith two letters (dual precedence) the first is the action and the second the information addressees' precedence",
    "P\tletter\tPRIORITY\tPRIORITY precedence in the preamble (format line 5): processed, transmitted and delivered in the order of receipt and ahead of all messages of lower precedence\tACP127 §150-152\twith two letters (dual precedence) the first is the action and the second the information addressees' precedence",
    "R\tletter\tROUTINE\tROUTINE precedence in the preamble (format line 5): processed, transmitted and delivered in the order of receipt and after all messages of higher precedence\tACP127 §150-152\twith two letters (dual precedence) the first is the action and the second the information addressees' precedence",
    "FLASH\tword\tFLASH\tFLASH precedence for this addressee\tFAH2-420\t",
    "NIACT IMMEDIATE\tword\tIMMEDIATE\tnight action: immediate action by the addressee regardless of the time of day\tFAH2-420\tthe drafter must justify NIACT in the first paragraph",
    "IMMEDIATE\tword\tIMMEDIATE\tIMMEDIATE precedence for this addressee\tFAH2-420\t",
    "PRIORITY\tword\tPRIORITY\tPRIORITY precedence for this addressee\tFAH2-420; OBS\tnot in the 2017 and later FAH list (FLASH, NIACT IMMEDIATE, IMMEDIATE, ROUTINE) but used throughout Cablegate",
    "ROUTINE\tword\tROUTINE\tROUTINE precedence for this addressee\tFAH2-420\t",
  ],
};
