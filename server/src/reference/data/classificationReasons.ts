// Generated from server/data/classification-reasons.tsv by `npm run build` (scripts/referenceData.mjs): edit the table, not this.

import type { TableSource } from '../tsv';

export const table: TableSource = {
  file: 'classification-reasons.tsv',
  lines: () => [
    "order_id\tsection\tletter\ttext\tsource",
    "12958\t1.5\ta\tmilitary plans, weapons systems, or operations\tEO12958 §1.5",
    "12958\t1.5\tb\tforeign government information\tEO12958 §1.5",
    "12958\t1.5\tc\tintelligence activities (including special activities), intelligence sources or methods, or cryptology\tEO12958 §1.5",
    "12958\t1.5\td\tforeign relations or foreign activities of the United States, including confidential sources\tEO12958 §1.5",
    "12958\t1.5\te\tscientific, technological, or economic matters relating to the national security\tEO12958 §1.5",
    "12958\t1.5\tf\tUnited States Government programs for safeguarding nuclear materials or facilities\tEO12958 §1.5",
    "12958\t1.5\tg\tvulnerabilities or capabilities of systems, installations, projects or plans relating to the national security\tEO12958 §1.5",
    "12958/13292\t1.4\ta\tmilitary plans, weapons systems, or operations\tFAH3-700 (via CABLEMAP interfaces.py)",
    "12958/13292\t1.4\tb\tforeign government information\tFAH3-700 (via CABLEMAP interfaces.py)",
    "12958/13292\t1.4\tc\tintelligence activities, sources, or methods, or cryptology\tFAH3-700 (via CABLEMAP interfaces.py)",
    "12958/13292\t1.4\td\tforeign relations or foreign activities of the United States, including confidential sources\tFAH3-700 (via CABLEMAP interfaces.py)",
    "12958/13292\t1.4\te\tscientific, technological or economic matters relating to national security, which includes defense against transnational terrorism\tFAH3-700 (via CABLEMAP interfaces.py)",
    "12958/13292\t1.4\tf\tUSG programs for safeguarding nuclear materials or facilities\tFAH3-700 (via CABLEMAP interfaces.py)",
    "12958/13292\t1.4\tg\tvulnerabilities or capabilities of systems, installations, infrastructures, projects or plans, or protection services relating to the national security, which includes defense against transnational terrorism\tFAH3-700 (via CABLEMAP interfaces.py)",
    "12958/13292\t1.4\th\tweapons of mass destruction\tFAH3-700 (via CABLEMAP interfaces.py)",
    "13526\t1.4\ta\tmilitary plans, weapons systems, or operations\tEO13526 §1.4",
    "13526\t1.4\tb\tforeign government information\tEO13526 §1.4",
    "13526\t1.4\tc\tintelligence activities (including covert action), intelligence sources or methods, or cryptology\tEO13526 §1.4",
    "13526\t1.4\td\tforeign relations or foreign activities of the United States, including confidential sources\tEO13526 §1.4",
    "13526\t1.4\te\tscientific, technological, or economic matters relating to the national security\tEO13526 §1.4",
    "13526\t1.4\tf\tUnited States Government programs for safeguarding nuclear materials or facilities\tEO13526 §1.4",
    "13526\t1.4\tg\tvulnerabilities or capabilities of systems, installations, infrastructures, projects, plans, or protection services relating to the national security\tEO13526 §1.4",
    "13526\t1.4\th\tthe development, production, or use of weapons of mass destruction\tEO13526 §1.4",
  ],
};
