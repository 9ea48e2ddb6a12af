// The metadata of a cable in the shape `cable inspect --json` prints: every key present, null or []
// when the cable does not say.

import type { Addressee, Cable, Level } from '../model/cable';
import { classification, referenceId } from '../model/facts';

export interface AddresseeMetadata {
  routingIndicator: string | null;
  address: string;
  precedence: string | null;
  serial: string | null;
}

export interface CableMetadata {
  referenceId: string | null;
  classification: Level | null;
  captions: string[];
  precedence: string | null;
  dateTimeGroup: string | null;
  from: { routingIndicator: string | null; address: string | null } | null;
  to: AddresseeMetadata[];
  info: AddresseeMetadata[];
  executiveOrder: string | null;
  declassify: { date: string } | { marking: string } | null;
  tags: string[];
  subject: string | null;
  references: Array<{ letter: string | null; text: string }>;
  classifiedBy: { text: string | null; section: string | null; reasons: string[] } | null;
  paragraphs: Array<{ number: number; marking: string | null; line: number }>;
  sections: { declared: number | null; continuations: number[] };
  signature: string | null;
}

/** `fileName` (a path or URI) gives the reference id when the text has none. */
export function cableMetadata(cable: Cable, fileName?: string): CableMetadata {
  const h = cable.header;
  const eo = cable.executiveOrder;
  const decl = eo?.declassify;
  const cb = cable.classifiedBy;
  const toItems = (items: readonly Addressee[] | undefined) => (items ?? []).map(addressee);
  return {
    referenceId: referenceId(cable, fileName),
    classification: classification(cable),
    captions: unique(cable.captions.map((c) => c.value)),
    precedence: h?.dateTime?.precedences[0]?.value ?? h?.routing?.prosign.value ?? null,
    dateTimeGroup: h?.dateTime?.dtg?.iso ?? null,
    from: h?.from || h?.station?.indicator ? { routingIndicator: h.station?.indicator?.text ?? null, address: h.from?.items[0]?.address.text ?? null } : null,
    to: toItems(h?.to?.items),
    info: toItems(h?.info?.items),
    executiveOrder: eo?.order?.text ?? null,
    declassify: decl?.date ? { date: decl.date.value } : decl?.marking ? { marking: decl.marking.value } : null,
    tags: unique(cable.tags?.tags.map((t) => t.value) ?? []),
    subject: cable.subject?.subject.value || null,
    references: cable.references?.items.map((r) => ({ letter: r.letter?.value ?? null, text: r.text.value })) ?? [],
    classifiedBy: cb ? { text: cb.authority?.value ?? null, section: cb.section?.value ?? null, reasons: cb.reasons.map((r) => r.value) } : null,
    paragraphs: cable.paragraphs.map((p) => ({ number: p.number.value, marking: p.mark?.text ?? null, line: p.range.start.line })),
    sections: {
      declared: cable.banner?.section?.total.value ?? null,
      continuations: cable.sections.filter((s) => s.kind === 'continuation' && s.part === null).map((s) => s.section.value),
    },
    signature: cable.signature?.text ?? null,
  };
}

function addressee(a: Addressee): AddresseeMetadata {
  return { routingIndicator: a.routingIndicator?.text ?? null, address: a.address.text, precedence: a.precedence?.text ?? null, serial: a.serial?.text ?? null };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
