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

/**
 * `initializationOptions` a client may send. A client that reads files for the server (`files`)
 * answers `cable/stat` and `cable/readFile`: the server then finds `.cablelint.json` through it
 * wherever its own host cannot reach (a browser worker has no files; a virtual file system such as
 * github.dev's is not on disk). `ruleDocs` is the folder of the rule pages as a URI (the
 * extension's docs/rules/), used where the host knows of none.
 */
export interface CableInitializationOptions {
  readonly files?: boolean;
  readonly ruleDocs?: string;
}

/** `cable/stat` (server → client): what is at a location, a link not followed. Answer: FileStat | null. */
export const STAT_METHOD = 'cable/stat';

/** `cable/readFile` (server → client): a file's UTF-8 text, read only if at most `maxBytes` long. Answer: FileRead. */
export const READ_FILE_METHOD = 'cable/readFile';

export interface FileParams {
  readonly uri: string;
}

export interface ReadFileParams extends FileParams {
  readonly maxBytes: number;
}

/** What is at a location, a link not followed. */
export interface FileStat {
  readonly type: 'file' | 'directory' | 'symbolicLink' | 'other';
  /** Bytes, for a file. */
  readonly size: number;
}

/** A file's text, or why it was not read. */
export type FileRead = { readonly text: string } | { readonly tooLarge: number } | { readonly notAFile: true };
