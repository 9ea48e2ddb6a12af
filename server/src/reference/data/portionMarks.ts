// Generated from server/data/portion-marks.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'portion-marks.tsv',
  lines: () => [
    "code\tkind\tlevel\tmeaning\tsource\tnotes",
    "U\tlevel\tUNCLASSIFIED\tUnclassified\tFAH1-240 H-246.2; FAH1-210\t",
    "SBU\tlevel\tUNCLASSIFIED\tSensitive But Unclassified (administratively controlled)\tFAH1-240 H-246.2; FAH1-210\t",
    "SBU/N\tlevel\tUNCLASSIFIED\tSBU NOFORN (administratively controlled, no foreign distribution)\tFAH1-240 H-246.2\twritten SBU-N in 5 FAH-1 H-210",
    "SBU-N\tlevel\tUNCLASSIFIED\tSBU NOFORN (administratively controlled, no foreign distribution)\tFAH1-210\twritten SBU/N in 5 FAH-1 H-240",
    "C\tlevel\tCONFIDENTIAL\tConfidential\tFAH1-240 H-246.2; FAH1-210\t",
    "S\tlevel\tSECRET\tSecret\tFAH1-240 H-246.2; FAH1-210\t",
    "TS\tlevel\tTOP SECRET\tTop Secret\tFAH1-240 H-246.2; FAH1-210\t",
    "NF\tcontrol\t\tNOFORN: no foreign distribution\tOBS; SIPDIS\twritten after the level with one or two slashes: S/NF, C//NF",
    "NOFORN\tcontrol\t\tno foreign distribution (12 FAM 500)\tSIPDIS; PLUSD\twritten after the level: C/NOFORN, S//NOFORN",
    "REL TO\tcontrol\t\treleasable to the countries or organizations named after it\tCAPCO; OBS\twritten REL TO … or REL …: C/REL UK, S//REL CAN, S/REL NATO, C//REL ISAF",
    "FGI\tcontrol\t\tforeign government information\tOBS\te.g. S//FGI//NF",
    "ORCON\tcontrol\t\t\tOBS\tadmitted by the portion-mark pattern of the format description; its meaning is not in the sources read",
    "FOUO\tcontrol\t\tFor Official Use Only\tOBS\tone (U//FOUO) mark in the sample; WikiLeaks metadata UNCLASSIFIED//FOR OFFICIAL USE ONLY",
  ],
};
