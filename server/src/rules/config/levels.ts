// Rule levels: what `cable.lint.rules` and `.cablelint.json` map codes to, how such an object is
// checked, and how the two sources combine. Shared by the server and the CLI.

import type { Rule, Severity } from '../types';

/** What a rule can be set to: a severity, or off. (A classification's level is model/levels.ts.) */
export const SEVERITY_SETTINGS = ['off', 'hint', 'information', 'warning', 'error'] as const satisfies readonly (Severity | 'off')[];
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** Configured levels by rule code; a code that is absent keeps its rule's default severity. */
export type RuleLevels = Readonly<Record<string, SeveritySetting>>;

/** One thing wrong in a levels object: `key` names the property it is about (null: the whole). */
export interface LevelProblem {
  readonly key: string | null;
  /** Whether the problem is in the property's value (its level) rather than its name. */
  readonly inValue: boolean;
  readonly message: string;
}

/** Keys that may appear beside the rule codes without being codes. */
const IGNORED_KEYS = new Set(['$schema']);

/** Problems described one by one; past them, one more says how many are left (a file may have a million keys). */
export const MAX_LEVEL_PROBLEMS = 20;

/** A value as a message shows it: short, and never the whole of a nested value. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

/**
 * Keeps the valid entries of `value` (a parsed JSON value) and describes the others. Codes are
 * matched exactly (`H1`, not `h1`), as everywhere else they appear.
 */
export function checkLevels(value: unknown, rules: readonly Rule[]): { levels: RuleLevels; problems: LevelProblem[] } {
  if (value === undefined || value === null) return { levels: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { levels: {}, problems: [{ key: null, inValue: true, message: 'expected an object mapping rule codes to levels, e.g. {"C10": "off"}' }] };
  }
  const codes = new Set(rules.map((r) => r.code));
  const levels: Record<string, SeveritySetting> = {};
  const problems: LevelProblem[] = [];
  let unlisted = 0;
  for (const [key, level] of Object.entries(value)) {
    if (IGNORED_KEYS.has(key)) continue;
    if (codes.has(key) && isSeveritySetting(level)) {
      levels[key] = level;
    } else if (problems.length >= MAX_LEVEL_PROBLEMS) {
      // Placed on the first key not described, so that the count says where the rest begin.
      if (unlisted++ === 0) problems.push({ key, inValue: false, message: '' });
    } else if (!codes.has(key)) {
      problems.push({ key, inValue: false, message: `unknown rule code '${key.length > 40 ? `${key.slice(0, 40)}…` : key}'${suggestion(key, codes)}` });
    } else {
      problems.push({ key, inValue: true, message: `rule ${key}: level must be one of ${SEVERITY_SETTINGS.map((l) => `"${l}"`).join(', ')}, not ${describeValue(level)}` });
    }
  }
  if (unlisted) problems[MAX_LEVEL_PROBLEMS] = { ...problems[MAX_LEVEL_PROBLEMS], message: `${unlisted} more unknown codes or bad levels from here on (not listed one by one)` };
  return { levels, problems };
}

function suggestion(key: string, codes: ReadonlySet<string>): string {
  const upper = key.trim().toUpperCase();
  return upper !== key && codes.has(upper) ? ` (did you mean '${upper}'?)` : '';
}

/**
 * The levels in force for a document. A `.cablelint.json` is the project's shared choice, the one
 * `cable lint` reads in CI, so it wins over the editor settings code by code; the settings apply to
 * the codes the file does not name and to cables with no file.
 */
export function combineLevels(settings: RuleLevels, file: RuleLevels): RuleLevels {
  return { ...settings, ...file };
}

/** The severity a rule reports with under `levels`, or null when it is off. */
export function effectiveSeverity(rule: Rule, levels: RuleLevels): Severity | null {
  const level = levels[rule.code] ?? rule.severity;
  return level === 'off' ? null : level;
}
