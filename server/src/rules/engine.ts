// The lint engine: runs every enabled rule over a cable's model with the configured severities,
// and turns the rules' data-only fixes into text, one non-overlapping set at a time. A rule that
// throws is reported beside the diagnostics and linting goes on without it.

import { CancelledError, type CancellationToken } from '../host';
import type { Cable } from '../model/cable';
import { comparePositions, type Range } from '../model/range';
import { parseCable } from '../parser';
import { applyEdits } from './fixes';
import { differenceEdit } from './engineText';
import { effectiveSeverity, type RuleLevels } from './config/levels';
import { rules as registeredRules } from './registry';
import type { Finding, Fix, LintWorkspace, Rule, Severity, TextEdit } from './types';

export interface LintDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related: NonNullable<Finding['related']>;
  readonly fixes: readonly Fix[];
}

export interface RuleFailure {
  readonly code: string;
  readonly error: unknown;
}

export interface LintResult {
  /** In document order. */
  readonly diagnostics: LintDiagnostic[];
  readonly failures: RuleFailure[];
}

export interface LintOptions {
  readonly levels?: RuleLevels;
  /** The rules to run; the registry's by default. */
  readonly rules?: readonly Rule[];
  /** Checked between rules (and between rounds of fixes): a cancelled run throws CancelledError. */
  readonly token?: CancellationToken;
  /** What the host knows of the workspace, for the rules that need it (R2). */
  readonly workspace?: LintWorkspace;
}

export function lintCable(cable: Cable, options: LintOptions = {}): LintResult {
  const levels = options.levels ?? {};
  const diagnostics: LintDiagnostic[] = [];
  const failures: RuleFailure[] = [];
  const context = { workspace: options.workspace };
  for (const rule of options.rules ?? registeredRules) {
    if (options.token?.isCancellationRequested) throw new CancelledError();
    const severity = effectiveSeverity(rule, levels);
    if (severity === null) continue;
    let findings: Finding[];
    try {
      findings = rule.check(cable, context);
    } catch (error) {
      failures.push({ code: rule.code, error });
      continue;
    }
    for (const f of findings) {
      diagnostics.push({ code: rule.code, severity, message: f.message, range: f.range, related: f.related ?? [], fixes: f.fixes ?? [] });
    }
  }
  diagnostics.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end) || a.code.localeCompare(b.code));
  return { diagnostics, failures };
}

/** The fix that "Fix all" and `--fix` apply for a diagnostic: the preferred one, else the first. */
export function preferredFix(diagnostic: Pick<LintDiagnostic, 'fixes'>): Fix | undefined {
  return diagnostic.fixes.find((f) => f.preferred) ?? diagnostic.fixes[0];
}

function overlaps(a: Range, b: Range): boolean {
  // Two insertions at one point conflict too: their order would be arbitrary.
  if (comparePositions(a.start, b.start) === 0) return true;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/**
 * The edits of the preferred fixes, taking each fix whole or not at all: a fix whose edits overlap
 * those of a fix already taken (in document order) waits for the next round.
 */
export function preferredEdits(diagnostics: readonly LintDiagnostic[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = preferredFix(diagnostic);
    if (!fix || fix.edits.some((e) => taken.some((t) => overlaps(e.range, t.range)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}

/**
 * A guard against rules whose fixes never settle (each round making a text never seen before). Real
 * fixes settle in a round or two: a rule's fixes leave nothing for it to fix (each rule's fixtures
 * check this), and only fixes held back by an overlap wait for a later round.
 */
const RUNAWAY_ROUNDS = 1000;

export interface FixAllResult {
  readonly text: string;
  /** Rounds that changed the text (0: nothing to fix). */
  readonly rounds: number;
  /** The edits of the first round: all of them when `rounds` is 1. */
  readonly firstEdits: TextEdit[];
  readonly failures: RuleFailure[];
  /** The model of the fixed text and its lint result, which the last round computed. */
  readonly cable: Cable;
  readonly result: LintResult;
}

/**
 * Applies the preferred fixes, re-linting after each round until no fix changes the text (its fixed
 * point), so that running it again on the result changes nothing. Fixes that undo one another stop
 * it when a text comes back. `cable` is the model of `text` when the caller has it already (the
 * editor's cached one, the CLI's), which the first round then lints as it is. The result carries the
 * fixed text's model and lint result, so that no caller parses the fixed text again.
 */
export function fixAll(text: string, options: LintOptions = {}, cable: Cable = parseCable(text)): FixAllResult {
  const failures: RuleFailure[] = [];
  const seen = new Set<string>([textKey(text)]);
  let firstEdits: TextEdit[] = [];
  let model = cable;
  const lint = (): LintResult => {
    const result = lintCable(model, options);
    failures.push(...result.failures.filter((f) => !failures.some((known) => known.code === f.code)));
    return result;
  };
  for (let rounds = 0; rounds < RUNAWAY_ROUNDS; rounds++) {
    const result = lint();
    const edits = preferredEdits(result.diagnostics);
    const next = applyEdits(text, edits).text;
    if (next === text) return { text, rounds, firstEdits, failures, cable: model, result };
    if (rounds === 0) firstEdits = edits;
    text = next;
    model = parseCable(text);
    const key = textKey(text);
    // Fixes that undo one another: stop at the text that came back.
    if (seen.has(key)) return { text, rounds: rounds + 1, firstEdits, failures, cable: model, result: lint() };
    seen.add(key);
  }
  return { text, rounds: RUNAWAY_ROUNDS, firstEdits, failures, cable: model, result: lint() };
}

/** A short key for a text, so that the texts of many rounds are not all kept (FNV-1a, two lanes). */
function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x811c9dc5);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/**
 * "Fix all" as edits of `text`: the fixes' own edits when one round settles it, else the one edit
 * spanning what the rounds changed (later rounds' positions are in text that no longer exists).
 */
export function fixAllEdits(text: string, options: LintOptions = {}, cable?: Cable): FixAllResult & { edits: TextEdit[] } {
  const result = fixAll(text, options, cable);
  if (result.rounds === 0) return { ...result, edits: [] };
  return { ...result, edits: result.rounds === 1 ? result.firstEdits : [differenceEdit(text, result.text)] };
}
