// The language service: one facade over the parser and the features, with no LSP or VS Code
// dependency. The model, and its lint result, are computed once per document version and shared
// by every feature. An entry is keyed on the text as well as the version: a document opened again
// under the same uri and version, or one whose version went backwards, must not get a stale model.

import type { Cable } from './model/cable';
import type { Position } from './model/range';
import { parseCable } from './parser';
import { classificationMarks } from './features/classificationMarks';
import { completions, resolveCompletion } from './features/completion';
import type { CompletionItem, CompletionList } from './features/completion/types';
import { documentInfo } from './features/documentInfo';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hover, type Hover } from './features/hover';
import { cableMetadata, type CableMetadata } from './features/metadata';
import { selectionRanges } from './features/selectionRanges';
import type { DocumentSymbol, FoldingRange, SelectionRange } from './features/types';
import { fixAllEdits, lintCable, type LintOptions, type LintResult, type RuleFailure } from './rules/engine';
import type { ClassificationMark, DocumentInfo } from './protocol';
import type { TextEdit } from './rules/types';

/** What the service needs of a document: the shape of LSP's and VS Code's text documents. */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface CableLanguageService {
  /** The parsed model of this version of the document (cached). */
  getModel(document: TextDocumentLike): Cable;
  /** The outline, capped at `limit` items (features/limits.ts); the last item then says so. */
  documentSymbols(document: TextDocumentLike, limit?: number): DocumentSymbol[];
  /** The folding ranges in document order, at most `limit` of them (features/limits.ts). */
  foldingRanges(document: TextDocumentLike, limit?: number): FoldingRange[];
  selectionRanges(document: TextDocumentLike, positions: readonly Position[]): SelectionRange[];
  /** The banner and portion marks with their levels, for colouring them. */
  classificationMarks(document: TextDocumentLike): ClassificationMark[];
  metadata(document: TextDocumentLike): CableMetadata;
  hover(document: TextDocumentLike, position: Position): Hover | null;
  /** `now` dates the snippets that need today (a new cable's DTG, DECL ten years on). */
  completions(document: TextDocumentLike, position: Position, now: Date): CompletionList;
  /** The documentation of an item of a long list, left out of `completions`. */
  resolveCompletion(item: CompletionItem): CompletionItem;
  documentInfo(document: TextDocumentLike): DocumentInfo;
  /** The lint rules' diagnostics for this version of the document (cached for the last levels asked). */
  lint(document: TextDocumentLike, options?: LintOptions): LintResult;
  /** Edits applying every preferred fix until none is left ("Fix all"). */
  fixAll(document: TextDocumentLike, options?: LintOptions): { edits: TextEdit[]; failures: RuleFailure[] };
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

interface Entry {
  readonly version: number;
  readonly text: string;
  readonly cable: Cable;
  /** The last lint result, under the levels it was computed with. */
  lint?: { readonly levels: string; readonly result: LintResult };
}

/** The levels as a key: the same settings give the same key whatever order their codes came in. */
function levelsKey(options: LintOptions | undefined): string {
  return JSON.stringify(Object.entries(options?.levels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function createLanguageService(): CableLanguageService {
  const entries = new Map<string, Entry>();
  const entry = (document: TextDocumentLike): Entry => {
    const text = document.getText();
    const cached = entries.get(document.uri);
    // The same string object in the common case, so the comparison costs nothing.
    if (cached && cached.version === document.version && cached.text === text) return cached;
    const fresh: Entry = { version: document.version, text, cable: parseCable(text) };
    entries.set(document.uri, fresh);
    return fresh;
  };
  const getModel = (document: TextDocumentLike): Cable => entry(document).cable;
  const lint = (document: TextDocumentLike, options?: LintOptions): LintResult => {
    const current = entry(document);
    // A caller choosing its own rules (tests) is not cached: only the levels make the key.
    if (options?.rules) return lintCable(current.cable, options);
    const levels = levelsKey(options);
    if (current.lint?.levels !== levels) current.lint = { levels, result: lintCable(current.cable, options) };
    return current.lint.result;
  };
  return {
    getModel,
    documentSymbols: (d, limit) => documentSymbols(getModel(d), limit),
    foldingRanges: (d, limit) => foldingRanges(getModel(d), limit),
    selectionRanges: (d, positions) => selectionRanges(getModel(d), positions),
    classificationMarks: (d) => classificationMarks(getModel(d)),
    metadata: (d) => cableMetadata(getModel(d), d.uri),
    hover: (d, position) => hover(getModel(d), position),
    completions: (d, position, now) => completions(getModel(d), position, now),
    resolveCompletion,
    documentInfo: (d) => documentInfo(getModel(d), d.uri),
    lint,
    fixAll: (d, options) => fixAllEdits(d.getText(), options, getModel(d)),
    forget: (uri) => void entries.delete(uri),
  };
}
