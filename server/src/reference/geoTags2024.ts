import { table as geoTags2024Table } from './data/geoTags2024';
import { lazyTable } from './tables';

/** Country TAGS of the current State Department list (5 FAH-3 H-414, 2024, GENC-based). */
export interface GeoTag2024 {
  readonly code: string;
  readonly meaning: string;
  readonly source: string;
}

const table = lazyTable(geoTags2024Table, ['code', 'meaning', 'source'], (rows) => {
  const byCode = new Map<string, GeoTag2024>();
  for (const [code, meaning, source] of rows) byCode.set(code, Object.freeze({ code, meaning, source }));
  return byCode;
});

/** The 2024 reading of a two-letter code, which may differ from the FIPS 10-4 one of 2000–2010 cables. */
export function geoTag2024(code: string): GeoTag2024 | null {
  return table().get(code) ?? null;
}

export function listGeoTags2024(): readonly GeoTag2024[] {
  return [...table().values()];
}
