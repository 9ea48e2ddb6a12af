// `.cablelint.json`: finding it from a cable's folder upwards and reading it into rule levels,
// with every problem placed on the key or value it is about. The server and the CLI both use it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Range } from '../../model/range';
import type { Rule } from '../types';
import { checkLevels, type RuleLevels } from './levels';
import { topLevelProperties } from './jsonLocations';
import { positionFinder } from '../engineText';

export const CONFIG_FILE_NAME = '.cablelint.json';

export interface ConfigProblem {
  readonly message: string;
  /** Where in the file (the first character when the file as a whole is at fault). */
  readonly range: Range;
}

export interface ConfigFile {
  readonly path: string;
  readonly levels: RuleLevels;
  readonly problems: readonly ConfigProblem[];
  /** True when nothing of the file could be used (unreadable, not JSON, not an object). */
  readonly unusable: boolean;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/**
 * The nearest `.cablelint.json` in `startDir` or a folder above it, looking no higher than
 * `stopDir` (a workspace folder) when `startDir` is inside it, else up to the file-system root.
 */
export function findConfigFile(startDir: string, stopDir?: string): string | null {
  const stop = stopDir && isInside(startDir, stopDir) ? path.resolve(stopDir) : null;
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    if (dir === stop || path.dirname(dir) === dir) return null;
  }
}

/** Whether `dir` is `folder` or below it. */
export function isInside(dir: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(dir));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function readConfigFile(file: string, rules: readonly Rule[]): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { path: file, levels: {}, problems: [{ message: `cannot read ${CONFIG_FILE_NAME}: ${(error as Error).message}`, range: START }], unusable: true };
  }
  return { path: file, ...parseConfigText(text, rules) };
}

/** Reads the text of a `.cablelint.json`: the same shape as `cable.lint.rules`, plus `$schema`. */
export function parseConfigText(text: string, rules: readonly Rule[]): Omit<ConfigFile, 'path'> {
  // A byte order mark may start the file but not JSON: a space in its place keeps every offset.
  const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const at = positionFinder(json);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /at position (\d+)/.exec(message);
    const start = at(offset ? Number(offset[1]) : 0);
    return { levels: {}, problems: [{ message: `${CONFIG_FILE_NAME} is not valid JSON: ${message}`, range: { start, end: { line: start.line, character: start.character + 1 } } }], unusable: true };
  }
  const { levels, problems } = checkLevels(value, rules);
  const properties = new Map(topLevelProperties(json).map((p) => [p.key, p]));
  return {
    levels,
    unusable: problems.some((p) => p.key === null),
    problems: problems.map((p) => {
      const property = p.key === null ? undefined : properties.get(p.key);
      return { message: p.message, range: property ? (p.inValue ? property.valueRange : property.keyRange) : START };
    }),
  };
}
