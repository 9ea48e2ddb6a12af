// Generated from server/data/declassification-markings.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'declassification-markings.tsv',
  lines: () => [
    "code\tkind\torder\tmeaning\tsource\tnotes",
    "N/A\tnot-applicable\t\tnot applicable: an unclassified cable needs no declassification instruction\tFAH1-210; OBS\tE.O. 12958: N/A on 1,867 sample cables, about the number of UNCLAS cables",
    "GDS\tschedule\t11652\t\tTAGS74\tE.O. 11652 declassification-schedule marking (1970s); its expansion is not quoted in the sources read",
    "OADR\tmarking\t12356\t\tCAPCO\tE.O. 12356-era declassification marking, no longer valid for sources after 14 Oct 1995 (CAPCO); its expansion is not quoted in the sources read",
    "MR\tunknown\t\t\tOBS\tseen as DECL: MR on 3 sample cables; its meaning is not in the sources read",
    "25X1\texemption-25\t13526\treveal the identity of a confidential human source, a human intelligence source… (excerpt)\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; the quoted text is an excerpt of E.O. 13526",
    "25X2\texemption-25\t13526\t\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; its wording is not quoted in the sources read",
    "25X3\texemption-25\t13526\t\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; its wording is not quoted in the sources read",
    "25X4\texemption-25\t13526\t\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; its wording is not quoted in the sources read",
    "25X5\texemption-25\t13526\t\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; its wording is not quoted in the sources read",
    "25X6\texemption-25\t13526\t…serious harm to relations between the United States and a foreign government… (excerpt)\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; the quoted text is an excerpt of E.O. 13526",
    "25X7\texemption-25\t13526\t\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; its wording is not quoted in the sources read",
    "25X8\texemption-25\t13526\t\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; its wording is not quoted in the sources read",
    "25X9\texemption-25\t13526\t\tEO13526 §3.3(b)\texemption from automatic declassification at 25 years; its wording is not quoted in the sources read",
    "25X1-HUMAN\texemption-25\t\t\tCAPCO\tlater replaced by 50X1-HUM (CAPCO); its wording is not quoted in the sources read",
    "X1\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
    "X2\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
    "X3\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
    "X4\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
    "X5\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
    "X6\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
    "X7\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
    "X8\texemption-10\t12958\t\tEO12958 §1.6(d); CAPCO\texemption from the 10-year declassification of E.O. 12958 §1.6(d), invalid after 22 Sep 2003 (CAPCO); its wording is not quoted in the sources read",
  ],
};
