// Generated from server/data/captions.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'captions.tsv',
  lines: () => [
    "code\tmeaning\tsource\tnotes",
    "SIPDIS\tSIPRNet distribution: the cable is to be posted to the SIPRNet (Net-Centric Diplomacy) database\tSIPDIS; FAH2-440\tmay not be combined with NODIS or EXDIS; often written twice",
    "NOFORN\tno foreign distribution (12 FAM 500)\tSIPDIS; PLUSD\tthe WikiLeaks metadata then reads …//NOFORN",
    "SENSITIVE\tSensitive But Unclassified (SBU): administrative control on an unclassified cable\tFAH1-210\tWikiLeaks metadata: UNCLASSIFIED//FOR OFFICIAL USE ONLY",
    "SENSITIVE BUT UNCLASSIFIED\tSensitive But Unclassified (SBU): administrative control on an unclassified cable\tFAH1-210\tWikiLeaks metadata: UNCLASSIFIED//FOR OFFICIAL USE ONLY",
    "EXDIS\texclusive distribution (the 2023 FAH: equivalent of the military SPECAT)\tFAH2-250; PLUSD\t",
    "NODIS\tno distribution other than to persons indicated (comparable to SPECAT EXCLUSIVE)\tFAH2-250; PLUSD\t",
    "LIMDIS\tlimited distribution\tPLUSD\t",
    "STADIS\tState distribution only\tFAH2-250; PLUSD\tmay accompany EXDIS or NODIS (2023 FAH)",
    "CORRECTED COPY\tre-issued (corrected) text\tOBS\talso written letter-spaced: C O R R E C T E D C O P Y",
    "NOT FOR INTERNET DISTRIBUTION\tnot to be posted on the open internet\tOBS\te.g. 07STATE146856, 09STATE15113",
    "REL\treleasable to the countries named after it\tOBS; CAPCO\twritten REL <country>, e.g. SIPDIS REL CANADA; CAPCO syntax REL TO",
    "AGRMENT\tAGRMENT channel: communications between an ambassador and the Secretary on agrément\tFAH2-440\tnever used with NODIS or EXDIS",
    "OFFICIAL INFORMAL\t\tFAH2-250\tmust appear on the caption line and on the SUBJECT line",
    "ORCON\t\tOBS\tnot observed as a caption line in 2000–2010 cables; its meaning is not in the sources read",
    "FOR OFFICIAL USE ONLY\t\tOBS\toccurs in the WikiLeaks metadata and in one (U//FOUO) portion mark, not as a caption line",
    "LIMITED OFFICIAL USE\t\tPLUSD\tLOU; seen in 1970s printouts; the PlusD gloss is not quoted in the sources read",
    "NOTAL\t\tOBS\twritten after a REF item, e.g. (NOTAL); its meaning is not in the sources read",
  ],
};
