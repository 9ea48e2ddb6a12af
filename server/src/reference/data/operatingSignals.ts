// Generated from server/data/operating-signals.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'operating-signals.tsv',
  lines: () => [
    "code\tstatus\tmeaning\tsource\tnotes",
    "ZNR\tdocumented\tsecurity warning: unclassified or off-line encrypted message (followed by UUUUU)\tACP127 §124, §203\tfirst group of format line 4",
    "ZNY\tdocumented\tsecurity warning: do not forward unencrypted by radio or non-approved circuit (followed by the classification letter five times)\tACP127 §124, §203; TPUB\tfirst group of format line 4; ZNY EEEEE marks UNCLAS EFTO (TPUB)",
    "ZEN\tdocumented\tdelivery to the addressee that follows was accomplished before the message entered the tape relay network\tACP127 §206\twritten ZEN/ before an addressee in format lines 7 and 8",
    "ZEX\tdocumented\tbook message\tACP127 §206\tinserted in format line 5 after the date-time group",
    "ZOT\tdocumented\tthe stations or addressees that follow may handle the message at the lower precedence (dual-precedence CODRESS messages)\tACP127 §152\tformat line 4",
    "ZGC\tdocumented\tstation-to-station receipt of a FLASH message is not required\tACP127 §151\tformat line 4",
    "ZZH\tsecondary\tfrom Department of State offices\tCABLE2GRAPH extract (secondary)\tpresent on almost every cable (OBS)",
    "ZFD\tsecondary\tthis message is a suspected duplicate\tCABLE2GRAPH extract (secondary)\t",
    "ZZK\tsecondary\tNIACT\tCABLE2GRAPH extract (secondary)\t",
    "ZDF\tsecondary\treceived\tCABLE2GRAPH extract (secondary)\t",
    "ZOC\tsecondary\tstation(s) called relay this message to addressees for whom you are responsible\tCABLE2GRAPH extract (secondary)\t",
    "ZUI\tsecondary\tyour attention is invited to\tCABLE2GRAPH extract (secondary)\t",
    "ZFR\tsecondary\tcancel\tCABLE2GRAPH extract (secondary)\t",
    "ZOJ\tsecondary\tthis is corrected version number\tCABLE2GRAPH extract (secondary)\t",
    "ZEL\tsecondary\tthis message is a correction\tCABLE2GRAPH extract (secondary)\t",
    "ZDK\tunknown\t\tOBS\tseen in format line 4 and after the date-time group (about 130 lines), often followed by operator free text",
    "ZDS\tunknown\t\tOBS\tseen after the date-time group (about 35 lines), e.g. ZDS CITE RUEHSD 0005",
    "ZFF\tunknown\t\tOBS\tseen with a digit after the date-time group: ZFF3, ZFF4, ZFF6",
  ],
};
