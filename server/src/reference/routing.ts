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
  readonly from: string;
  readonly to: string;
  readonly info: RoutingIndicatorInfo;
}

interface RoutingTables {
  readonly byIndicator: ReadonlyMap<string, RoutingIndicatorInfo>;
  readonly blocks: readonly Block[];
  readonly byAddress: ReadonlyMap<string, readonly AddressIndicator[]>;
}

const BLOCK = /^([A-Z0-9]+) THRU ([A-Z0-9]+)$/;
const COLUMNS = ['indicator', 'station', 'primary', 'sources', 'cables', 'role', 'example'];

const table = lazyTable('routing.tsv', COLUMNS, (rows): RoutingTables => {
  const lists = new Map<string, readonly string[]>();
  const list = (field: string): readonly string[] => {
    let parts = lists.get(field);
    if (parts === undefined) {
      parts = Object.freeze(field === '' ? [] : field.split(';'));
      lists.set(field, parts);
    }
    return parts;
  };

  const stations = new Map<string, Station[]>();
  for (const [indicator, name, primary, sources, cables, roles, example] of rows) {
    const station: Station = Object.freeze({
      name,
      primary: primary === '1',
      sources: list(sources),
      cables: Number(cables),
      roles: list(roles),
      example: optional(example),
    });
    const known = stations.get(indicator);
    if (known === undefined) stations.set(indicator, [station]);
    else known.push(station);
  }

  const byIndicator = new Map<string, RoutingIndicatorInfo>();
  const blocks: Block[] = [];
  const byAddress = new Map<string, AddressIndicator[]>();
  for (const [indicator, named] of stations) {
    named.sort((a, b) => Number(b.primary) - Number(a.primary) || b.cables - a.cables);
    const block = BLOCK.exec(indicator);
    const info = Object.freeze({ indicator, stations: Object.freeze(named), block: block === null ? null : indicator });
    if (block === null) byIndicator.set(indicator, info);
    else blocks.push({ from: block[1], to: block[2], info });
    for (const station of named) {
      for (const key of addressKeys(station.name)) {
        const entry = Object.freeze({ indicator, primary: station.primary });
        const known = byAddress.get(key);
        if (known === undefined) byAddress.set(key, [entry]);
        else if (!known.some((item) => item.indicator === indicator)) known.push(entry);
      }
    }
  }
  for (const entries of byAddress.values()) entries.sort((a, b) => Number(b.primary) - Number(a.primary));
  return { byIndicator, blocks, byAddress };
});

// Military addressees carry office symbols after `//` (`SECDEF WASHDC//USDP:PDUSDP//`); the address
// is also known without them.
function addressKeys(address: string): readonly string[] {
  const full = normalizeCode(address);
  const slashes = full.indexOf('//');
  if (slashes < 0) return [full];
  const bare = full.slice(0, slashes).trim();
  return bare === '' ? [full] : [full, bare];
}

/** The stations a routing indicator stands for, or null when it is in no list. */
export function lookupRoutingIndicator(indicator: string): RoutingIndicatorInfo | null {
  const ri = normalizeCode(indicator);
  const { byIndicator, blocks } = table();
  const listed = byIndicator.get(ri);
  if (listed !== undefined) return listed;
  const block = blocks.find(({ from, to }) => ri.length === from.length && ri >= from && ri <= to);
  return block === undefined ? null : Object.freeze({ ...block.info, indicator: ri });
}

/** The routing indicators listed for a plain language address (reverse lookup), primary pairings first. */
export function indicatorsForAddress(address: string): readonly AddressIndicator[] {
  const { byAddress } = table();
  for (const key of addressKeys(address)) {
    const found = byAddress.get(key);
    if (found !== undefined) return found;
  }
  return [];
}

/** Whether an addressee's routing indicator and written address are paired in the lists. */
export function routingAgreement(indicator: string, address: string): RoutingAgreement {
  const info = lookupRoutingIndicator(indicator);
  if (info === null) return 'unknown-indicator';
  const keys = new Set(addressKeys(address));
  const station = info.stations.find((candidate) => addressKeys(candidate.name).some((key) => keys.has(key)));
  if (station === undefined) return 'different';
  return station.primary ? 'primary' : 'listed';
}

/** Every singly listed routing indicator with its stations, e.g. for completion. */
export function listRoutingIndicators(): readonly RoutingIndicatorInfo[] {
  return [...table().byIndicator.values()];
}

/** The indicator blocks (`RHFJAAA THRU RHFJAAZ`) with their stations. */
export function listRoutingBlocks(): readonly RoutingIndicatorInfo[] {
  return table().blocks.map((block) => block.info);
}
