// Generated from server/data/security-warnings.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'security-warnings.tsv',
  lines: () => [
    "code\tkind\tclassification\tmeaning\tsource\tnotes",
    "ZNR UUUUU\twarning\tUNCLASSIFIED\tunclassified or off-line encrypted message; may be forwarded without change by radio or non-approved circuit\tACP127 §124, §203\tthe US Navy text adds: and classified messages transmitted in the clear (TPUB)",
    "ZNY EEEEE\twarning\tUNCLAS EFTO\tunclassified EFTO message (encrypted for transmission only)\tACP127US; TPUB\t",
    "ZNY RRRRR\twarning\tRESTRICTED\tRESTRICTED message: do not forward unencrypted by radio or non-approved circuit\tACP127 §124, §203\tallied use",
    "ZNY CCCCC\twarning\tCONFIDENTIAL\tCONFIDENTIAL message: do not forward unencrypted by radio or non-approved circuit\tACP127 §124, §203\t",
    "ZNY SSSSS\twarning\tSECRET\tSECRET message: do not forward unencrypted by radio or non-approved circuit\tACP127 §124, §203\t",
    "ZNY TTTTT\twarning\tTOP SECRET\tTOP SECRET message: do not forward unencrypted by radio or non-approved circuit\tACP127 §124, §203\tthe Cablegate release has no TOP SECRET cables",
    "/AAAAA\tspecat\t\tSPECAT SIOP-ESI message\tTPUB; ACP127US\tfollows the five classification letters, e.g. ZNY TTTTT/AAAAA",
    "/BBBBB\tspecat\t\tSPECAT message other than SIOP-ESI\tTPUB; ACP127US\tfollows the five classification letters, e.g. ZNY SSSSS/BBBBB",
    "A\trelease\t\ttransmission release code: Australia\tCABLE2GRAPH extract (secondary)\tlast two letters of forms such as ZNR UUUAA",
    "B\trelease\t\ttransmission release code: British\tCABLE2GRAPH extract (secondary)\tlast two letters of forms such as ZNY SSSBB",
    "C\trelease\t\ttransmission release code: Canada\tCABLE2GRAPH extract (secondary)\t",
    "O\trelease\t\ttransmission release code: Japan\tCABLE2GRAPH extract (secondary)\t",
    "U\trelease\t\ttransmission release code: United States (from non-U.S. interfaces)\tCABLE2GRAPH extract (secondary)\t",
    "X\trelease\t\ttransmission release code: all other NATO\tCABLE2GRAPH extract (secondary)\t",
  ],
};
