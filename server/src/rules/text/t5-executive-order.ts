// T5: an archived telegram carries an E.O. line naming the executive order it is classified (or
// not) under (§3.4; 5 FAH-1 H-210). The orders are those of executive-orders.tsv: 11652, 12065,
// 12356, 12958 (and its amendment 13292), 13526. Mistyped numbers (12598, 19523) are real-cable
// defects, hence a warning; so is a missing line.

import { cableDate } from '../../model/facts';
import { executiveOrderInForce, executiveOrderVersions, listExecutiveOrders } from '../../reference';
import type { Finding, Rule } from '../types';
import { missingElementAnchor } from './frontMatterAnchor';

export const executiveOrder: Rule = {
  code: 'T5',
  name: 'executive-order',
  severity: 'warning',
  description: 'The telegram has an E.O. line naming an executive order on classified information.',
  basis: '5 FAH-1 H-210; E.O. 12958',
  check(cable) {
    const eo = cable.executiveOrder;
    if (!eo) {
      const range = missingElementAnchor(cable, 'executiveOrder');
      return range ? [{ range, message: 'No E.O. line' }] : [];
    }
    if (!eo.order) return [{ range: eo.keyword.range, message: 'E.O. line without an order number' }];
    if (executiveOrderVersions(eo.order.text).length > 0) return [];
    const date = cableDate(cable);
    // Before the oldest order in the table, an unlisted number may be the order then in force.
    if (date !== null && date < listExecutiveOrders()[0].from) return [];
    const inForce = date === null ? null : executiveOrderInForce(date);
    const finding: Finding = {
      range: eo.order.range,
      message: `E.O. ${eo.order.text} is not an executive order on classified information${inForce ? ` (in force on ${date}: E.O. ${inForce.order})` : ''}`,
    };
    return [finding];
  },
};
