import { table as routingTable } from './data/routing';
import { lazyTable } from './tables';
import { normalizeCode, optional } from './types';

/** A station (plain language address) a routing indicator stands for, with where that pairing comes from. */
export interface Station {
  readonly name: string;
  /** The best-attested name of the indicator. */
  readonly primary: boolean;
  /** `ACP117-2010`, `cable2graph`, `cables` (pairs seen in the sample's headers). */
  readonly sources: readonly string[];
  /** Sample cables where the pair was seen. */
  readonly cables: number;
  /** Where it was seen: `addressee`, `originator`, `list`. */
  readonly roles: readonly string[];
  /** A cable where it was seen. */
  readonly example: string | null;
}

export interface RoutingIndicatorInfo {
  readonly indicator: string;
  /** Primary name first, then by the number of cables. */
  readonly stations: readonly Station[];
  /** The block `RHFJAAA THRU RHFJAAZ` the indicator was found in, when it is not listed singly. */
  readonly block: string | null;
}

export interface AddressIndicator {
  readonly indicator: string;
  /** Whether the address is the indicator's primary name. */
  readonly primary: boolean;
}

/** How a TO/INFO item's routing indicator and written address relate in the lists. */
export type RoutingAgreement = 'primary' | 'listed' | 'different' | 'unknown-indicator';

interface Block {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly stations: readonly Station[];
}

// Stations are kept per indicator and addresses map to bare indicator names; the result objects
// are made on lookup, which keeps the loaded table to the rows themselves.
interface RoutingTables {
  readonly byIndicator: ReadonlyMap<string, readonly Station[]>;
  readonly blocks: readonly Block[];
  /** Address key → indicators, those whose primary name it is first. */
  readonly byAddress: ReadonlyMap<string, readonly string[]>;
}

const BLOCK = /^([A-Z0-9]+) THRU ([A-Z0-9]+)$/;
const COLUMNS = ['indicator', 'station', 'primary', 'sources', 'cables', 'role', 'example'];

const table = lazyTable(routingTable, COLUMNS, (rows): RoutingTables => {
  const lists = new Map<string, readonly string[]>();
  const list = (field: string): readonly string[] => {
    let parts = lists.get(field);
    if (parts === undefined) {
      parts = Object.freeze(field === '' ? [] : field.split(';'));
      lists.set(field, parts);
    }
    return parts;
  };

  const grouped = new Map<string, Station[]>();
  for (const [indicator, name, primary, sources, cables, roles, example] of rows) {
    const station: Station = Object.freeze({
      name,
      primary: primary === '1',
      sources: list(sources),
      cables: Number(cables),
      roles: list(roles),
      example: optional(example),
    });
    const known = grouped.get(indicator);
    if (known === undefined) grouped.set(indicator, [station]);
    else known.push(station);
  }

  // Arrays are copied once complete: a copy has no room left over from growing.
  const byIndicator = new Map<string, readonly Station[]>();
  const blocks: Block[] = [];
  const primaryFirst = new Map<string, string[]>();
  const others = new Map<string, string[]>();
  for (const [indicator, named] of grouped) {
    const stations = Object.freeze(
      named.slice().sort((a, b) => Number(b.primary) - Number(a.primary) || b.cables - a.cables),
    );
    const block = BLOCK.exec(indicator);
    if (block === null) byIndicator.set(indicator, stations);
    else blocks.push({ name: indicator, from: block[1], to: block[2], stations });
    for (const station of stations) {
      for (const key of addressKeys(station.name)) {
        const target = station.primary ? primaryFirst : others;
        const known = target.get(key);
        if (known === undefined) target.set(key, [indicator]);
        else if (!known.includes(indicator)) known.push(indicator);
      }
    }
  }
  const byAddress = new Map<string, readonly string[]>();
  for (const key of new Set([...primaryFirst.keys(), ...others.keys()])) {
    const first = primaryFirst.get(key) ?? [];
    const rest = (others.get(key) ?? []).filter((indicator) => !first.includes(indicator));
    byAddress.set(key, Object.freeze(first.concat(rest)));
  }
  return { byIndicator, blocks, byAddress };
});

// Military addressees carry office symbols after `//` (`SECDEF WASHDC//USDP:PDUSDP//`); the address
// is also known without them.
function addressKeys(address: string): readonly string[] {
  const normalized = normalizeCode(address);
  // The listed names are already normalized; keeping them as keys spares a copy of each.
  const full = normalized === address ? address : normalized;
  const slashes = full.indexOf('//');
  if (slashes < 0) return [full];
  const bare = full.slice(0, slashes).trim();
  return bare === '' ? [full] : [full, bare];
}

function stationsOf(ri: string): RoutingIndicatorInfo | null {
  const { byIndicator, blocks } = table();
  const stations = byIndicator.get(ri);
  if (stations !== undefined) return Object.freeze({ indicator: ri, stations, block: null });
  const block = blocks.find(({ from, to }) => ri.length === from.length && ri >= from && ri <= to);
  return block === undefined ? null : Object.freeze({ indicator: ri, stations: block.stations, block: block.name });
}

/** Each listed station's keys, made once: a header may name the same station hundreds of times. */
const stationKeys = new WeakMap<Station, readonly string[]>();

function keysOf(station: Station): readonly string[] {
  let keys = stationKeys.get(station);
  if (keys === undefined) {
    keys = addressKeys(station.name);
    stationKeys.set(station, keys);
  }
  return keys;
}

function stationFor(info: RoutingIndicatorInfo, address: string): Station | undefined {
  const keys = addressKeys(address);
  return info.stations.find((candidate) => keysOf(candidate).some((key) => keys.includes(key)));
}

/** The stations a routing indicator stands for, or null when it is in no list. */
export function lookupRoutingIndicator(indicator: string): RoutingIndicatorInfo | null {
  return stationsOf(normalizeCode(indicator));
}

/** The routing indicators listed for a plain language address (reverse lookup), primary pairings first. */
export function indicatorsForAddress(address: string): readonly AddressIndicator[] {
  const { byAddress } = table();
  for (const key of addressKeys(address)) {
    const indicators = byAddress.get(key);
    if (indicators === undefined) continue;
    return indicators.map((indicator) => {
      const info = stationsOf(indicator);
      const station = info === null ? undefined : stationFor(info, address);
      return Object.freeze({ indicator, primary: station?.primary ?? false });
    });
  }
  return [];
}

/** Whether an addressee's routing indicator and written address are paired in the lists. */
export function routingAgreement(indicator: string, address: string): RoutingAgreement {
  const info = lookupRoutingIndicator(indicator);
  if (info === null) return 'unknown-indicator';
  const station = stationFor(info, address);
  if (station === undefined) return 'different';
  return station.primary ? 'primary' : 'listed';
}

/** Every singly listed routing indicator with its stations, e.g. for completion. */
export function listRoutingIndicators(): readonly RoutingIndicatorInfo[] {
  return [...table().byIndicator].map(([indicator, stations]) => Object.freeze({ indicator, stations, block: null }));
}

/** The indicator blocks (`RHFJAAA THRU RHFJAAZ`) with their stations. */
export function listRoutingBlocks(): readonly RoutingIndicatorInfo[] {
  return table().blocks.map(({ name, stations }) => Object.freeze({ indicator: name, stations, block: name }));
}
