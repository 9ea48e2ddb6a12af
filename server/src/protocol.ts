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

/** Where the workspace index is: `cached` answers from the saved index while the files are checked. */
export type IndexState = 'off' | 'waiting' | 'indexing' | 'cached' | 'ready' | 'open';

/**
 * `cable/workspaceCables`: the Cables explorer's rows, a page at a time. Without `group`, the groups
 * of the workspace's cables (by year, post or classification) with their counts; with it, that
 * group's cables. `filter` keeps the cables every word of which names their id (a part of it), a
 * TAGS code or the start of a word of their subject. Answer: WorkspaceCables.
 */
export const WORKSPACE_CABLES_METHOD = 'cable/workspaceCables';
/** `cable/workspaceCablesChanged` (server to client): groups whose cables changed, a moment after. */
export const WORKSPACE_CABLES_CHANGED_METHOD = 'cable/workspaceCablesChanged';

export const CABLE_GROUPINGS = ['year', 'post', 'classification'] as const;
export type CableGrouping = (typeof CABLE_GROUPINGS)[number];
/** The most rows one answer holds. */
export const WORKSPACE_CABLES_LIMIT = 1000;

export interface WorkspaceCablesParams {
  readonly groupBy: CableGrouping;
  /** A group's key, as the groups' answer gives it; absent for the groups themselves. */
  readonly group?: string;
  readonly filter?: string;
  readonly offset?: number;
  /** At most WORKSPACE_CABLES_LIMIT (the default). */
  readonly limit?: number;
}

export interface CableGroup {
  /** `2008`, `SAOPAULO`, `SECRET`; '' for the cables that state none (no date, post or level). */
  readonly key: string;
  /** What to call it: the post as banners write it (`SAO PAULO`, where an id writes `SAOPAULO`). */
  readonly label: string;
  /** Its cables that pass the filter. */
  readonly count: number;
}

export interface CableListItem {
  readonly uri: string;
  readonly id: string | null;
  /** ISO date (`2008-06-24`). */
  readonly date: string | null;
  readonly subject: string | null;
  readonly post: string | null;
  readonly classification: string | null;
  readonly tags: readonly string[];
  /** The first line of the summary. */
  readonly summary: string | null;
}

export interface WorkspaceCables {
  readonly state: IndexState;
  /** Every row there is to page through: groups, or the group's cables. */
  readonly total: number;
  /** The cables of the workspace that pass the filter. */
  readonly cables: number;
  readonly offset: number;
  /** With no `group` asked: groups in order (years and posts ascending, levels by rank, '' last). */
  readonly groups?: readonly CableGroup[];
  /** With a `group`: its cables by date, then id. */
  readonly items?: readonly CableListItem[];
}

/** Params of `cable/workspaceCablesChanged`. */
export interface WorkspaceCablesChanged {
  readonly state: IndexState;
  /** The keys of the groups whose cables changed, for each grouping; null when all may have. */
  readonly groups: { readonly [G in CableGrouping]: readonly string[] } | null;
}
