// `cable/documentInfo`: what the status bar shows for the active cable — its classification, its
// reference id, and where its banner is (clicking the item moves the cursor there).

import type { Cable } from '../model/cable';
import { classification, referenceId } from '../model/facts';
import type { DocumentInfo } from '../protocol';

/** `fileName` (a path or uri) gives the reference id of a cable whose text states none. */
export function documentInfo(cable: Cable, fileName?: string): DocumentInfo {
  return { classification: classification(cable), referenceId: referenceId(cable, fileName), banner: cable.banner?.range ?? null };
}
