// Routing indicators and plain language addresses on the header's routing line (FL2) and on FM,
// TO, INFO and XMT lines: an indicator completes with its station (`RUEHC/SECSTATE WASHDC`), an
// indicator before `/` with its addresses, and a written address with the precedence words.

import type { AddressBlock, Cable } from '../../model/cable';
import { rangeSpansLine } from '../../model/range';
import { firstNonBlank } from '../../parser/text';
import { indicatorsForAddress, listPrecedences, listRoutingIndicators, lookupRoutingIndicator } from '../../reference';
import { markdown } from '../markdown';
import { describeIndicator, describePrecedence } from '../describers';
import { replacing, trailing, type CompletionRequest } from './request';
import { CompletionItemKind, rank, type CompletionItem, type CompletionList } from './types';

/** More than this many matches (`R` matches nearly every indicator) are cut, and the list marked incomplete. */
const MAX_ITEMS = 200;
const ADDRESS_KEYWORD = /^(\s*)(FM|TO|INFO|XMT)([ \t]+)/;
const ZEN = /^ZEN\//i;
const INDICATOR_THEN_ADDRESS = /^([A-Z][A-Z0-9]{2,7})\/(.*)$/i;
const CODE_SO_FAR = /^[A-Z0-9]*$/i;
const INDICATOR_CHARACTER = /[A-Za-z0-9]/;
const LETTER = /[A-Za-z]/;

interface Station {
  readonly address: string;
  readonly indicator: string;
  readonly cables: number;
}

let stations: readonly Station[] | undefined;

/** Every listed address with its indicator, the best-attested pairing of each address first. */
function allStations(): readonly Station[] {
  if (stations === undefined) {
    const byAddress = new Map<string, Station & { readonly primary: boolean }>();
    for (const info of listRoutingIndicators()) {
      for (const station of info.stations) {
        const known = byAddress.get(station.name);
        const better = known === undefined || (station.primary && !known.primary) || (station.primary === known.primary && station.cables > known.cables);
        if (better) byAddress.set(station.name, { address: station.name, indicator: info.indicator, cables: station.cables, primary: station.primary });
      }
    }
    stations = [...byAddress.values()].sort((a, b) => b.cables - a.cables);
  }
  return stations;
}

export function routingCompletions(request: CompletionRequest): CompletionList | null {
  const { cable, position, before } = request;
  const routing = cable.header?.routing ?? null;
  const afterProsign = routing !== null && (position.line > routing.prosign.range.start.line || position.character > routing.prosign.range.end.character);
  if (routing !== null && rangeSpansLine(routing.range, position.line) && afterProsign) {
    const typed = trailing(before, INDICATOR_CHARACTER);
    return indicatorItems(request, position.character - typed.length, typed, false);
  }
  const item = addresseeStart(cable, request);
  if (item === null) return null;
  let start = item.start;
  let typed = before.slice(start);
  const zen = ZEN.exec(typed);
  if (zen) {
    start += zen[0].length;
    typed = typed.slice(zen[0].length);
  }
  if (!item.withIndicator) return addressItems(request, start, typed, null, false);
  if (CODE_SO_FAR.test(typed)) return merge(indicatorItems(request, start, typed, true), addressItems(request, start, typed, null, true));
  const slash = INDICATOR_THEN_ADDRESS.exec(typed);
  if (slash) return addressItems(request, start + slash[1].length + 1, slash[2], slash[1].toUpperCase(), false);
  return addressItems(request, start, typed, null, true);
}

/**
 * Where the addressee being typed begins, when the cursor is on an address line of the header, and
 * whether items there carry a routing indicator (TO and INFO do; FM and XMT name the address only).
 */
function addresseeStart(cable: Cable, request: CompletionRequest): { start: number; withIndicator: boolean } | null {
  const { position, before } = request;
  const keyword = ADDRESS_KEYWORD.exec(before);
  if (keyword) return { start: keyword[0].length, withIndicator: keyword[2] === 'TO' || keyword[2] === 'INFO' };
  const header = cable.header;
  if (header === null) return null;
  // A continuation line of TO, INFO or XMT, or a new line just below one.
  const block = [header.to, header.info, header.exempt].find(
    (b): b is AddressBlock => b !== null && (rangeSpansLine(b.range, position.line) || b.range.end.line === position.line - 1),
  );
  if (block === undefined) return null;
  const col = firstNonBlank(before);
  return { start: col < 0 ? before.length : col, withIndicator: block.keyword.value !== 'XMT' };
}

function indicatorItems(request: CompletionRequest, start: number, typed: string, withStation: boolean): CompletionList {
  const prefix = typed.toUpperCase();
  const matching = listRoutingIndicators()
    .filter((info) => info.indicator.startsWith(prefix))
    .sort((a, b) => b.stations[0].cables - a.stations[0].cables);
  const range = replacing(request, start);
  const items = matching.slice(0, MAX_ITEMS).map(({ indicator, stations: [station] }, index): CompletionItem => ({
    label: indicator,
    kind: CompletionItemKind.Reference,
    detail: station.name,
    sortText: rank(index),
    filterText: indicator,
    textEdit: { range, newText: withStation ? `${indicator}/${station.name}` : indicator },
    data: { indicator },
  }));
  return { isIncomplete: matching.length > MAX_ITEMS, items };
}

/**
 * Addresses starting with what is typed (those of `indicator` when one is written before `/`),
 * inserted with their indicator when `withIndicator`, and the precedence words after a whole address.
 */
function addressItems(request: CompletionRequest, start: number, typed: string, indicator: string | null, withIndicator: boolean): CompletionList {
  const prefix = typed.toUpperCase();
  const listed = indicator === null ? allStations() : (lookupRoutingIndicator(indicator)?.stations ?? []).map((s) => ({ address: s.name, indicator, cables: s.cables }));
  const matching = listed.filter((station) => station.address.startsWith(prefix) && station.address !== prefix.trimEnd());
  const range = replacing(request, start);
  const items = matching.slice(0, MAX_ITEMS).map((station, index): CompletionItem => ({
    label: station.address,
    kind: CompletionItemKind.Value,
    detail: station.indicator,
    sortText: rank(index),
    filterText: station.address,
    textEdit: { range, newText: withIndicator ? `${station.indicator}/${station.address}` : station.address },
  }));
  return merge({ isIncomplete: matching.length > MAX_ITEMS, items }, precedenceItems(request, start, typed, indicator));
}

/** `PRIORITY`, `NIACT IMMEDIATE`… after a written address (`SECSTATE WASHDC PRI`). */
function precedenceItems(request: CompletionRequest, start: number, typed: string, indicator: string | null): CompletionList {
  const written = trailing(typed, LETTER);
  const before = typed.slice(0, typed.length - written.length);
  const address = before.trim();
  if (!before.endsWith(' ') || address === '') return { isIncomplete: false, items: [] };
  const word = written.toUpperCase();
  const known = indicator === null ? indicatorsForAddress(address).length > 0 : (lookupRoutingIndicator(indicator)?.stations ?? []).some((s) => s.name === address.toUpperCase());
  const words = listPrecedences('word').filter((record) => record.code.startsWith(word));
  if (!known && (word === '' || words.length === 0)) return { isIncomplete: false, items: [] };
  const range = replacing(request, start + before.length);
  return {
    isIncomplete: false,
    items: words.map((record, index) => ({
      label: record.code,
      kind: CompletionItemKind.Keyword,
      detail: `precedence ${record.precedence}`,
      documentation: markdown(describePrecedence(record.code)),
      sortText: rank(index),
      textEdit: { range, newText: record.code },
    })),
  };
}

/** The documentation of an indicator item, added on completionItem/resolve. */
export function indicatorDocumentation(indicator: string): CompletionItem['documentation'] {
  return markdown(describeIndicator(indicator, null));
}

function merge(a: CompletionList, b: CompletionList): CompletionList {
  return { isIncomplete: a.isIncomplete || b.isIncomplete, items: [...a.items, ...b.items] };
}
