// Generated from server/data/executive-orders.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'executive-orders.tsv',
  lines: () => [
    "id\torder\tamended_by\ttitle\tfrom\tuntil\treason_section\tsource\tnotes",
    "11652\t11652\t\tClassification and Declassification of National Security Information and Material\t1972-03-08\t1978-06-28\t\tITLAW-11652; HSDL-12065\t37 FR 5209; revoked by E.O. 12065",
    "12065\t12065\t\tNational Security Information\t1978-06-28\t1982-04-02\t\tFAS-12065\t43 FR 28949; revoked by E.O. 12356",
    "12356\t12356\t\tNational Security Information\t1982-04-02\t1995-04-17\t\tFAS-12356; EO12958\t47 FR 14874; superseded by E.O. 12958",
    "12958\t12958\t\tClassified National Security Information\t1995-04-17\t2003-03-25\t1.5\tEO12958\t60 FR 19825; 10-year default declassification (§1.6)",
    "12958/13292\t12958\t13292\tClassified National Security Information, as amended by E.O. 13292\t2003-03-25\t2009-12-29\t1.4\tEO12958; EO13292; FAH3-700\t68 FR 15313; the amendment renumbered the classification reasons to §1.4",
    "13526\t13526\t\tClassified National Security Information\t2009-12-29\t\t1.4\tEO13526; FAH1-130\treplaced E.O. 12958; no Cablegate cable cites it",
  ],
};
