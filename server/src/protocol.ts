// The requests the cable client and server add to LSP: their method names, parameters and answers.
// Pure types and names, imported by the server, the VS Code client (which bundles it) and the tests,
// so that the three cannot drift apart. Ranges are LSP's (0-based lines, UTF-16 columns).

import type { Level } from './model/levels';
import type { Range } from './model/range';

export { LEVELS, type Level } from './model/levels';
export type { Position, Range } from './model/range';

/** Params of both requests: the document asked about. */
export interface DocumentParams {
  readonly textDocument: { readonly uri: string };
}

/** `cable/documentInfo`: what the status bar shows for the active cable. Answer: DocumentInfo | null. */
export const DOCUMENT_INFO_METHOD = 'cable/documentInfo';

export interface DocumentInfo {
  /** The banner's level, else the security warning's; null when the cable states neither. */
  readonly classification: Level | null;
  readonly referenceId: string | null;
  /** The classification line, or null when there is none. */
  readonly banner: Range | null;
}

/** `cable/classificationMarks`: the banner and portion marks to colour. Answer: ClassificationMark[] | null. */
export const CLASSIFICATION_MARKS_METHOD = 'cable/classificationMarks';

/** A marking whose level is known (a mark of unknown level is left out: no colour beats a wrong one). */
export interface ClassificationMark {
  readonly range: Range;
  readonly level: Level;
}
