// Routing indicators (FL2, DE, TO/INFO/XMT items) and plain language addresses: the stations the
// lists give, and whether an addressee's indicator and written address are paired there.

import type { Span } from '../../model/cable';
import { indicatorsForAddress, lookupRoutingIndicator, routingAgreement } from '../../reference';
import { describeIndicator, routingSource } from '../describers';
import { code, hoverOf, source, type Hover, type Paragraphs } from '../markdown';

/** A routing indicator, in the role given (`routing line (FL2)`, `TO addressee`…). */
export function indicatorHover(indicator: Span, role: string, extra: Paragraphs = []): Hover {
  return hoverOf(indicator.range, describeIndicator(indicator.text, role, extra));
}

/** Whether an addressee's indicator and written address agree in the lists. */
export function agreementText(indicator: string, address: string): string {
  const written = code(address);
  switch (routingAgreement(indicator, address)) {
    case 'primary':
      return `Agrees with the written address ${written}: it is this indicator's station.`;
    case 'listed':
      return `Agrees with the written address ${written}: a name also listed for this indicator.`;
    case 'different': {
      const listed = indicatorsForAddress(address).map((other) => code(other.indicator));
      const elsewhere = listed.length > 0 ? ` The lists give ${written} under ${listed.slice(0, 3).join(', ')}.` : '';
      return `Does not agree with the written address ${written}: the lists do not pair them.${elsewhere}`;
    }
    case 'unknown-indicator':
      return `The written address ${written} cannot be checked against an indicator that is not in the lists.`;
  }
}

/** A plain language address (PLAD) of FM, TO, INFO or XMT: the indicators listed for it. */
export function addressHover(address: Span, role: string, extra: Paragraphs = []): Hover {
  const listed = indicatorsForAddress(address.text);
  const title = `${code(address.text)} — plain language address, ${role}`;
  if (listed.length === 0) {
    return hoverOf(address.range, [title, 'No routing indicator is listed for this address in the reference lists.', ...extra]);
  }
  const names = listed.slice(0, 3).map((entry) => `${code(entry.indicator)}${entry.primary ? '' : ' (as a variant name)'}`);
  const stations = lookupRoutingIndicator(listed[0].indicator)?.stations ?? [];
  const named = stations.find((station) => station.name === address.text.trim().toUpperCase()) ?? stations[0];
  return hoverOf(address.range, [
    title,
    `Routing indicator${listed.length === 1 ? '' : 's'}: ${names.join(', ')}${listed.length > 3 ? ` and ${listed.length - 3} more` : ''}`,
    ...extra,
    named ? source(...named.sources.map(routingSource)) : null,
  ]);
}
