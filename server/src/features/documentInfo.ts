// `cable/documentInfo`: what the status bar shows for the active cable — its classification, its
// reference id, and where its banner is (clicking the item moves the cursor there).

import type { Cable, Level } from '../model/cable';
import type { Range } from '../model/range';
import { classification, referenceId } from '../model/facts';

/** The custom request's method; params `{ textDocument: { uri } }`. */
export const DOCUMENT_INFO_METHOD = 'cable/documentInfo';

export interface DocumentInfo {
  /** The banner's level, else the security warning's; null when the cable states neither. */
  readonly classification: Level | null;
  readonly referenceId: string | null;
  /** The classification line, or null when there is none. */
  readonly banner: Range | null;
}

/** `fileName` (a path or uri) gives the reference id of a cable whose text states none. */
export function documentInfo(cable: Cable, fileName?: string): DocumentInfo {
  return { classification: classification(cable), referenceId: referenceId(cable, fileName), banner: cable.banner?.range ?? null };
}
