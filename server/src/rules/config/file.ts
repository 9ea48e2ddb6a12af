// `.cablelint.json`: finding it from a cable's folder upwards and reading it into rule levels,
// with every problem placed on the key or value it is about. The editor and the CLI both use it,
// through the host's files (host.ts), by URI. A file in a cloned repository is not to be trusted:
// it is read only if small and shallow, a link is followed only to a file inside the allowed folders
// (the workspace, in the editor), and no message quotes its text.

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { HostFileSystem } from '../../host';
import type { Range } from '../../model/range';
import type { Rule } from '../types';
import { positionFinder } from '../engineText';
import { checkLevels, type RuleLevels } from './levels';
import { childUri, isInside, parentUri } from './uris';

export const CONFIG_FILE_NAME = '.cablelint.json';

/** Largest file read: every rule given a level takes about 2 KB. */
export const MAX_CONFIG_BYTES = 64 * 1024;
/** Deepest nesting of objects and arrays read: the file is one flat object. */
const MAX_DEPTH = 8;

export interface ConfigProblem {
  readonly message: string;
  /** Where in the file (the first character when the file as a whole is at fault). */
  readonly range: Range;
}

export interface ConfigFile {
  readonly uri: string;
  readonly levels: RuleLevels;
  readonly problems: readonly ConfigProblem[];
  /** True when nothing of the file could be used (unreadable, refused, not JSON, not an object). */
  readonly unusable: boolean;
  /** The text read, when it was read. */
  readonly text?: string;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/**
 * The nearest `.cablelint.json` in the folder `start` or a folder above it: up to `root` (a
 * workspace folder) when `start` is inside it, only `start` when it is not, and up to the top when
 * no root is given (the CLI). A link of that name counts (reading it decides whether it may be
 * followed); a folder of that name does not.
 */
export async function findConfigFile(files: HostFileSystem, start: string, root?: string): Promise<string | null> {
  const stop = root === undefined ? null : isInside(start, root) ? root : start;
  for (let dir: string | null = start; dir !== null; dir = parentUri(dir)) {
    const candidate = childUri(dir, CONFIG_FILE_NAME);
    const stat = await files.stat(candidate);
    if (stat && (stat.type === 'file' || stat.type === 'symbolicLink')) return candidate;
    if (dir === stop) return null;
  }
  return null;
}

/**
 * Reads and checks a `.cablelint.json`. With `allowedRoots`, a link is followed only to a file
 * inside one of them; without, links are followed (the CLI, run by the user on their own files).
 */
export async function readConfigFile(files: HostFileSystem, uri: string, rules: readonly Rule[], allowedRoots?: readonly string[]): Promise<ConfigFile> {
  const refuse = (message: string): ConfigFile => ({ uri, levels: {}, problems: [{ message, range: START }], unusable: true });
  let text: string;
  try {
    if (allowedRoots && (await files.stat(uri))?.type === 'symbolicLink' && !(await linksInside(files, uri, allowedRoots))) {
      return refuse(`${CONFIG_FILE_NAME} is a link to a file outside the workspace, and is not read`);
    }
    const read = await files.readFile(uri, MAX_CONFIG_BYTES);
    if ('notAFile' in read) return refuse(`${CONFIG_FILE_NAME} is not a regular file, and is not read`);
    if ('tooLarge' in read) return refuse(`${CONFIG_FILE_NAME} is larger than ${MAX_CONFIG_BYTES / 1024} KB (${read.tooLarge} bytes), and is not read`);
    text = read.text;
  } catch (error) {
    return refuse(`cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { uri, text, ...parseConfigText(text, rules) };
}

/** Whether the link at `uri` leads inside one of `roots` (each with its own links resolved). */
async function linksInside(files: HostFileSystem, uri: string, roots: readonly string[]): Promise<boolean> {
  const realUri = files.realUri?.bind(files);
  if (!realUri) return false;
  const target = await realUri(uri);
  const realRoots = await Promise.all(roots.map((root) => realUri(root).catch(() => root)));
  return realRoots.some((root) => isInside(target, root));
}

/** Reads the text of a `.cablelint.json`: the same shape as `cable.lint.rules`, plus `$schema`. */
export function parseConfigText(text: string, rules: readonly Rule[]): Omit<ConfigFile, 'uri' | 'text'> {
  // A byte order mark may start the file but not JSON: a space in its place keeps every offset.
  const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const at = positionFinder(json);
  const span = (offset: number, length: number): Range => ({ start: at(offset), end: at(offset + Math.max(length, 1)) });
  const unusable = (message: string, range: Range) => ({ levels: {}, problems: [{ message, range }], unusable: true });

  const tooDeep = depthExceeded(json, MAX_DEPTH);
  if (tooDeep >= 0) return unusable(`${CONFIG_FILE_NAME} nests objects or arrays more than ${MAX_DEPTH} deep; it maps rule codes to levels, e.g. {"C10": "off"}`, span(tooDeep, 1));
  const errors: ParseError[] = [];
  const tree = parseTree(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !tree) {
    const [first] = errors;
    const what = first ? words(printParseErrorCode(first.error)) : 'no value';
    return unusable(`${CONFIG_FILE_NAME} is not valid JSON: ${what}`, span(first?.offset ?? 0, first?.length ?? 1));
  }
  const { levels, problems } = checkLevels(JSON.parse(json), rules);
  const properties = new Map((tree.type === 'object' ? (tree.children ?? []) : []).flatMap((p) => (p.children?.length === 2 ? [[p.children[0].value as string, p.children] as const] : [])));
  const place = (node: Node) => span(node.offset, node.length);
  return {
    levels,
    unusable: problems.some((p) => p.key === null),
    problems: problems.map((p) => {
      const property = p.key === null ? undefined : properties.get(p.key);
      return { message: p.message, range: property ? place(p.inValue ? property[1] : property[0]) : START };
    }),
  };
}

/** `PropertyNameExpected` → `property name expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The offset where nesting first goes deeper than `max` (strings skipped), or -1. */
function depthExceeded(json: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < json.length && json.charCodeAt(i) !== 0x22; i++) if (json.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}
