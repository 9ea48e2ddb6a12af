// H13 (split from H10): routing indicators are known and stand for the address written with them —
// each TO/INFO/XMT `RI/PLAD` pair, and the FL3 station's indicator with the FM originator. The
// routing lists are incomplete and station names change, so a mismatch only informs.

import type { Cable, Span } from '../../model/cable';
import { lookupRoutingIndicator, routingAgreement } from '../../reference';
import type { Finding, Rule } from '../types';

function checkPair(indicator: Span, address: Span): Finding[] {
  const agreement = routingAgreement(indicator.text, address.text);
  if (agreement === 'unknown-indicator') {
    return [{ range: indicator.range, message: `Routing indicator ${indicator.text} is in no routing list.` }];
  }
  if (agreement !== 'different') return [];
  const listed = lookupRoutingIndicator(indicator.text)?.stations[0].name;
  return [
    {
      range: address.range,
      message: `${indicator.text} is listed for ${listed}, not for ${address.text}.`,
      related: [{ range: indicator.range, message: 'routing indicator' }],
    },
  ];
}

function check(cable: Cable): Finding[] {
  const h = cable.header;
  if (!h) return [];
  const out: Finding[] = [];
  const originator = h.from?.items[0];
  if (h.station?.indicator && originator) out.push(...checkPair(h.station.indicator, originator.address));
  for (const block of [h.to, h.info, h.exempt]) {
    for (const item of block?.items ?? []) if (item.routingIndicator) out.push(...checkPair(item.routingIndicator, item.address));
  }
  return out;
}

export const addresseeRouting: Rule = {
  code: 'H13',
  name: 'addressee-routing',
  severity: 'information',
  description: 'Routing indicators are listed and stand for the address written with them (TO/INFO RI/PLAD, DE with FM).',
  basis: '5 FAH-2 H-230; ACP 117 routing indicator lists',
  check,
};
