// The language service: the one door to the parser, the features, the lint rules and their
// configuration, with no LSP, VS Code or Node dependency; what it needs of its program comes through
// the host (host.ts). The model, and its lint result, are computed once per document version and
// shared by every feature. An entry is keyed on the text as well as the version: a document opened
// again under the same uri and version, or one whose version went backwards, must not get a stale
// model. Every method takes a cancellation token; a cancelled call throws CancelledError.

import { classificationMarks } from './features/classificationMarks';
import { codeActions, documentChanges, type CableCodeAction, type CodeActionRequest, type WorkspaceChanges } from './features/codeActions';
import { completions, resolveCompletion } from './features/completion';
import type { CompletionItem, CompletionList } from './features/completion/types';
import { documentInfo } from './features/documentInfo';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hover, type Hover } from './features/hover';
import { cableMetadata, type CableMetadata } from './features/metadata';
import { selectionRanges } from './features/selectionRanges';
import type { DocumentSymbol, FoldingRange, SelectionRange } from './features/types';
import { CancelledError, NOT_CANCELLED, type CancellationToken, type LanguageServiceHost } from './host';
import type { Cable } from './model/cable';
import { isCable } from './model/facts';
import type { Position } from './model/range';
import { parseCable } from './parser';
import { cableSummary, renderCable, type CableSummary, type RenderedCable, type RenderOptions } from './render';
import { beginsLikeCable } from './parser/detect';
import type { ClassificationMark, DocumentInfo } from './protocol';
import { LintConfigurationResolver, type DocumentLintConfig } from './rules/config/resolver';
import { fixAllEdits, lintCable, type LintOptions, type LintResult, type RuleFailure } from './rules/engine';
import { rules } from './rules/registry';
import type { LintWorkspace, Severity, TextEdit } from './rules/types';

/** What the service needs of a document: the shape of LSP's and VS Code's text documents. */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** A lint rule as documentation and reports describe it. */
export interface RuleDescription {
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
  readonly description: string;
  readonly basis: string;
  /** Its page, where the host has one (host.ruleDocUrl). */
  readonly docUrl: string | null;
}

/** "Fix all": the edits of the document, and the fixed text with its model and lint result. */
export interface FixAllOutcome {
  /** The fixes' own edits when one round settles it, else one edit spanning what changed. */
  readonly edits: TextEdit[];
  readonly failures: RuleFailure[];
  readonly text: string;
  readonly model: Cable;
  readonly result: LintResult;
}

export interface CableLanguageService {
  /** The parsed model of this version of the document (cached). */
  getModel(document: TextDocumentLike, token?: CancellationToken): Cable;
  /** Whether the document is a cable: its model has a cable's structure, or its text begins like one. */
  isCable(document: TextDocumentLike, token?: CancellationToken): boolean;
  /** The outline, capped at `limit` items (features/limits.ts); the last item then says so. */
  documentSymbols(document: TextDocumentLike, limit?: number, token?: CancellationToken): DocumentSymbol[];
  /** The folding ranges in document order, at most `limit` of them (features/limits.ts). */
  foldingRanges(document: TextDocumentLike, limit?: number, token?: CancellationToken): FoldingRange[];
  selectionRanges(document: TextDocumentLike, positions: readonly Position[], token?: CancellationToken): SelectionRange[];
  /** The banner and portion marks with their levels, for colouring them. */
  classificationMarks(document: TextDocumentLike, token?: CancellationToken): ClassificationMark[];
  metadata(document: TextDocumentLike, token?: CancellationToken): CableMetadata;
  hover(document: TextDocumentLike, position: Position, token?: CancellationToken): Hover | null;
  /** `now` dates the snippets that need today (a new cable's DTG, DECL ten years on). */
  completions(document: TextDocumentLike, position: Position, now: Date, token?: CancellationToken): CompletionList;
  /** The documentation of an item of a long list, left out of `completions`. */
  resolveCompletion(item: CompletionItem, token?: CancellationToken): CompletionItem;
  documentInfo(document: TextDocumentLike, token?: CancellationToken): DocumentInfo;
  /** The Cable View's HTML of the document (render/): the fragment, its blocks' lines, title and level. */
  render(document: TextDocumentLike, options?: RenderOptions, token?: CancellationToken): RenderedCable;
  /** What a table of rendered cables shows of one: id, date, post, classification, subject. */
  renderSummary(document: TextDocumentLike, token?: CancellationToken): CableSummary;
  /** The lint rules, with their pages. */
  rules(token?: CancellationToken): RuleDescription[];
  /** The page of a rule, where the host has one. */
  ruleDocUrl(code: string, token?: CancellationToken): string | null;
  /** The document's lint settings, `.cablelint.json` and the levels they make (kept until they change). */
  lintConfiguration(uri: string, token?: CancellationToken): Promise<DocumentLintConfig>;
  /** The lint rules' diagnostics under the levels given (cached for the last levels asked). */
  lint(document: TextDocumentLike, options?: LintOptions, token?: CancellationToken): LintResult;
  /** The diagnostics under the document's configuration; null when linting is off for it. */
  /** `workspace` is what the rules know of the workspace (R2), where the host has an index. */
  diagnostics(document: TextDocumentLike, token?: CancellationToken, workspace?: LintWorkspace): Promise<LintResult | null>;
  /** Quick fixes, "disable rule" and "Fix all" for the diagnostics asked about. */
  codeActions(document: TextDocumentLike, request: CodeActionRequest, token?: CancellationToken): Promise<CableCodeAction[]>;
  /** Every preferred fix applied until none is left, under the levels given. */
  fixAll(document: TextDocumentLike, options?: LintOptions, token?: CancellationToken): FixAllOutcome;
  /** "Fix all" under the document's configuration as changes to apply; null when there is nothing to fix or linting is off. */
  fixAllChanges(document: TextDocumentLike, token?: CancellationToken): Promise<WorkspaceChanges | null>;
  /** The settings (or the workspace folders) changed. */
  settingsChanged(token?: CancellationToken): void;
  /** A `.cablelint.json` was created, changed or deleted. */
  configFilesChanged(token?: CancellationToken): void;
  /** Drops what is cached for a closed document. */
  forget(uri: string, token?: CancellationToken): void;
}

interface Entry {
  readonly version: number;
  readonly text: string;
  readonly cable: Cable;
  /** The last lint result, under the levels it was computed with. */
  lint?: { readonly levels: string; readonly result: LintResult };
}

/** The levels (and what is known of the workspace) as a key: the same settings give the same key whatever order their codes came in. */
function levelsKey(options: LintOptions | undefined): string {
  return JSON.stringify([Object.entries(options?.levels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), options?.workspace ?? null]);
}

function check(token: CancellationToken = NOT_CANCELLED): CancellationToken {
  if (token.isCancellationRequested) throw new CancelledError();
  return token;
}

export function createLanguageService(host: LanguageServiceHost = {}): CableLanguageService {
  const entries = new Map<string, Entry>();
  const configuration = new LintConfigurationResolver(host, rules);
  const reportedFailures = new Set<string>();
  /** A rule that throws is reported to the host once, whichever call ran it. */
  const reported = <T extends { readonly failures: readonly RuleFailure[] }>(result: T): T => {
    for (const failure of result.failures) {
      if (reportedFailures.has(failure.code)) continue;
      reportedFailures.add(failure.code);
      host.ruleFailed?.(failure);
    }
    return result;
  };
  const entry = (document: TextDocumentLike): Entry => {
    const text = document.getText();
    const cached = entries.get(document.uri);
    // The same string object in the common case, so the comparison costs nothing.
    if (cached && cached.version === document.version && cached.text === text) return cached;
    const fresh: Entry = { version: document.version, text, cable: parseCable(text) };
    entries.set(document.uri, fresh);
    return fresh;
  };
  const getModel = (document: TextDocumentLike, token?: CancellationToken): Cable => {
    check(token);
    return entry(document).cable;
  };
  const lint = (document: TextDocumentLike, options?: LintOptions, token?: CancellationToken): LintResult => {
    const current = entry(document);
    const run = { ...options, token: check(token) };
    // A caller choosing its own rules (tests) is not cached: only the levels make the key.
    if (options?.rules) return reported(lintCable(current.cable, run));
    const levels = levelsKey(options);
    if (current.lint?.levels !== levels) current.lint = { levels, result: reported(lintCable(current.cable, run)) };
    return current.lint.result;
  };
  const fixAll = (document: TextDocumentLike, options?: LintOptions, token?: CancellationToken): FixAllOutcome => {
    const fixed = reported(fixAllEdits(document.getText(), { ...options, token: check(token) }, getModel(document)));
    return { edits: fixed.edits, failures: fixed.failures, text: fixed.text, model: fixed.cable, result: fixed.result };
  };
  const diagnostics = async (document: TextDocumentLike, token?: CancellationToken, workspace?: LintWorkspace): Promise<LintResult | null> => {
    const config = await configuration.forDocument(document.uri);
    return config.settings.enable ? lint(document, { levels: config.levels, workspace }, token) : null;
  };
  const fixAllChanges = async (document: TextDocumentLike, token?: CancellationToken): Promise<WorkspaceChanges | null> => {
    const config = await configuration.forDocument(document.uri);
    if (!config.settings.enable) return null;
    const { edits } = fixAll(document, { levels: config.levels }, token);
    return edits.length ? documentChanges(document.uri, document.version, edits) : null;
  };
  const ruleDocUrl = (code: string): string | null => host.ruleDocUrl?.(code) ?? null;
  return {
    getModel,
    isCable: (d, token) => isCable(getModel(d, token)) || beginsLikeCable(d.getText()),
    documentSymbols: (d, limit, token) => documentSymbols(getModel(d, token), limit),
    foldingRanges: (d, limit, token) => foldingRanges(getModel(d, token), limit),
    selectionRanges: (d, positions, token) => selectionRanges(getModel(d, token), positions),
    classificationMarks: (d, token) => classificationMarks(getModel(d, token)),
    metadata: (d, token) => cableMetadata(getModel(d, token), d.uri),
    hover: (d, position, token) => hover(getModel(d, token), position),
    completions: (d, position, now, token) => completions(getModel(d, token), position, now),
    resolveCompletion: (item, token) => {
      check(token);
      return resolveCompletion(item);
    },
    documentInfo: (d, token) => documentInfo(getModel(d, token), d.uri),
    render: (d, options, token) => renderCable(getModel(d, token), options),
    renderSummary: (d, token) => cableSummary(getModel(d, token)),
    rules: (token) => {
      check(token);
      return rules.map(({ code, name, severity, description, basis }) => ({ code, name, severity, description, basis, docUrl: ruleDocUrl(code) }));
    },
    ruleDocUrl: (code, token) => {
      check(token);
      return ruleDocUrl(code);
    },
    lintConfiguration: (uri, token) => {
      check(token);
      return configuration.forDocument(uri);
    },
    lint,
    diagnostics,
    codeActions: async (document, request, token) => {
      const result = await diagnostics(document, token);
      if (!result) return [];
      return codeActions(request, {
        uri: document.uri,
        version: document.version,
        result,
        disableTarget: () => configuration.targetFileFor(document.uri),
        fixAll: () => fixAllChanges(document, token),
      });
    },
    fixAll,
    fixAllChanges,
    settingsChanged: (token) => {
      check(token);
      configuration.settingsChanged();
    },
    configFilesChanged: (token) => {
      check(token);
      configuration.filesChanged();
    },
    forget: (uri, token) => {
      check(token);
      entries.delete(uri);
      configuration.forget(uri);
    },
  };
}
