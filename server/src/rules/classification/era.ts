// Which classification order a cable was written under. Before E.O. 12958 (17 April 1995) cables
// carried neither portion marks nor a Classified By paragraph as a rule (79TEHRAN8980,
// 85BEIRUT2325, 89PANAMA8545, 90CAPETOWN97), so the rules that require them skip older cables.

import { cableDate } from '../../model/facts';
import type { Cable } from '../../model/cable';
import { executiveOrderInForce, lookupExecutiveOrder, type ExecutiveOrderRecord } from '../../reference';

/**
 * The order (or amended version) in force when the cable was written: by its date, else by the
 * order on its E.O. line. The date wins because declassified old cables cite the order that
 * declassified them (`E.O. 12958: AS AMENDED; DECLASSIFIED …` on a 1972 cable). Null when unknown.
 */
function orderOfCable(cable: Cable): ExecutiveOrderRecord | null {
  const date = cableDate(cable);
  if (date !== null) return executiveOrderInForce(date);
  const order = cable.executiveOrder?.order?.value;
  return order === undefined ? null : lookupExecutiveOrder(order);
}

/** Whether the cable predates E.O. 12958; false when its era is unknown. */
export function beforeOrder12958(cable: Cable): boolean {
  const since = lookupExecutiveOrder('12958')?.from;
  const version = orderOfCable(cable);
  if (since === undefined) return false;
  if (version !== null) return version.from < since;
  const date = cableDate(cable);
  return date !== null && date < since;
}
