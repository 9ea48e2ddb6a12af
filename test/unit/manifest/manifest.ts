// The extension manifest and its texts, as the manifest tests read them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/paths';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, Json>;
export const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;

const PLACEHOLDER = /^%([^%]+)%$/;

/** Every string of `value` with the path of keys leading to it, e.g. `contributes.commands.0.title`. */
export function strings(value: Json, at = ''): Array<{ at: string; key: string; text: string }> {
  if (typeof value === 'string') return [{ at, key: at.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? '', text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}.${index}`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

/** The nls key of a `%key%` placeholder, or null for a plain string. */
export function placeholderKey(text: string): string | null {
  return PLACEHOLDER.exec(text)?.[1] ?? null;
}

/** A manifest string as the editor shows it: placeholders replaced by their English text. */
export function localized(text: string): string {
  const key = placeholderKey(text);
  return key === null ? text : nls[key] ?? text;
}
