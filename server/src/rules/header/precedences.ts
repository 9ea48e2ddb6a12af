// Precedences as the header writes them: the FL2 prosign (`OO`), the FL5 letter (`O`), the addressee's
// word (`IMMEDIATE`). The codes come from the sourced precedence table.

import { PRECEDENCE_RANK, type Addressee, type Header, type Precedence, type Span } from '../../model/cable';
import { listPrecedences, type PrecedenceForm } from '../../reference';

/** `OO` for IMMEDIATE in the `prosign` form, `O` in the `letter` form. */
export function precedenceCode(precedence: Precedence, form: Extract<PrecedenceForm, 'prosign' | 'letter'>): string {
  const record = listPrecedences(form).find((r) => r.precedence === precedence);
  if (!record) throw new Error(`no ${form} for ${precedence} in precedence.tsv`);
  return record.code;
}

/** The TO/INFO addressee with the highest precedence word, or null when none writes one. */
function highestAddressee(header: Header): Addressee | null {
  let best: Addressee | null = null;
  let bestRank = -1;
  for (const item of [...(header.to?.items ?? []), ...(header.info?.items ?? [])]) {
    const rank = item.precedence ? PRECEDENCE_RANK[item.precedence.value] : -1;
    if (rank > bestRank) [best, bestRank] = [item, rank];
  }
  return best;
}

/** The span that sets the message's highest precedence: an FL5 letter or an addressee's word. */
export function highestPrecedence(header: Header): Span<Precedence> | null {
  let best: Span<Precedence> | null = null;
  for (const s of [...(header.dateTime?.precedences ?? []), highestAddressee(header)?.precedence]) {
    if (s && (!best || PRECEDENCE_RANK[s.value] > PRECEDENCE_RANK[best.value])) best = s;
  }
  return best;
}
