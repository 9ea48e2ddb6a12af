// What a lint rule is: metadata (the single source of the docs, the README table and the config
// schema) and a pure check over the cable model returning diagnostics with data-only fixes.

import type { Cable } from '../model/cable';
import type { Range } from '../model/range';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of the text in `range`; ranges of one fix never overlap. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A fix is data: the engine, the editor and `cable lint --fix` apply it. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix to apply with "Fix all" / `--fix` when several are offered (e.g. the banner's level). */
  readonly preferred?: boolean;
}

export interface Finding {
  /** The offending token, never more: a mark, a code, a date, one line at most where possible. */
  readonly range: Range;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** Elements elsewhere that explain the finding (the banner for a portion mark above it). */
  readonly related?: ReadonlyArray<{ readonly range: Range; readonly message: string }>;
}

/**
 * What the host knows of the cable's workspace (the editor's index, or the files given to `cable lint`),
 * for the rules that look beyond one cable.
 */
export interface LintWorkspace {
  /** The reference id the workspace gives this cable. */
  readonly id: string | null;
  /** The other files of the workspace that have the same id, as the host names them. */
  readonly sameId: readonly string[];
}

/** What a rule may know besides the cable. */
export interface RuleContext {
  /** Absent when the cable is linted alone. */
  readonly workspace?: LintWorkspace;
}

export interface Rule {
  /** Stable code, e.g. `H2`, `C8` (the ids of the format's §4 checks). */
  readonly code: string;
  /** Short kebab-case name, e.g. `routing-prosign`. */
  readonly name: string;
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly description: string;
  /** The document it enforces (`ACP 127 §113`, `5 FAH-1 H-240`) or `observed practice`. */
  readonly basis: string;
  readonly check: (cable: Cable, context?: RuleContext) => Finding[];
}
