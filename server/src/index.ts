// The language service's one door: what a host (the LSP server, the `cable` CLI, a browser worker,
// another program importing `cable-language-server`) may use of the core. The adapters in lsp/ and
// cli/ import the core only through this module (the architecture test checks it).

export {
  createLanguageService,
  type CableLanguageService,
  type FixAllOutcome,
  type RuleDescription,
  type TextDocumentLike,
} from './languageService';
export {
  CancelledError,
  NOT_CANCELLED,
  type CancellationToken,
  type FileRead,
  type FileStat,
  type HostFileSystem,
  type LanguageServiceHost,
} from './host';
export * from './protocol';
export { VERSION } from './version';

// Facts about a cable and the detection of one, for hosts that sort files before opening them.
export { isCable } from './model/facts';
export { beginsLikeCable } from './parser/detect';
export type { Cable, Level, Span } from './model/cable';
export type { Position, Range } from './model/range';

// What the service's answers are made of.
export type { CableCodeAction, CodeActionRequest, DiagnosticRef, WorkspaceChanges } from './features/codeActions';
export { FIX_ALL_KIND, QUICK_FIX_KIND } from './features/codeActions';
export type { CompletionItem, CompletionList } from './features/completion/types';
export type { Hover } from './features/hover';
export type { CableMetadata } from './features/metadata';
export { SymbolKind, type DocumentSymbol, type FoldingRange, type SelectionRange } from './features/types';
export { count, DIAGNOSTICS_PER_FILE, FOLDING_RANGES, OUTLINE_ITEMS } from './features/limits';
export {
  EDITOR_STYLE,
  pageOf,
  RENDER_METHOD,
  renderIndex,
  type CableSummary,
  type IndexEntry,
  type ReferenceResolver,
  type RenderedBlock,
  type RenderedCable,
  type RenderOptions,
} from './render';
export type { LintDiagnostic, LintOptions, LintResult, RuleFailure } from './rules/engine';
export type { LintWorkspace, Severity, TextEdit } from './rules/types';
export { CONFIG_FILE_NAME, type ConfigFile, type ConfigProblem } from './rules/config/file';
export type { SeveritySetting, RuleLevels } from './rules/config/levels';
export type { DocumentLintConfig, LintSettings, RunMode } from './rules/config/resolver';

// The workspace index (workspace/): cables of a folder by id, the REF links between them, and the
// navigation over them; the Node host (node/workspace) feeds it files.
export { CableDocument } from './workspace/document';
export { refHover, workspaceSymbols } from './workspace/describe';
export { CableExplorer, ExplorerChanges } from './workspace/explorer';
export { citedByLens, definition, documentLinks, references } from './workspace/navigation';
export { emptyStats, type IndexerEvents, type IndexerOptions, type IndexStats, type WorkspaceIndexer, type WorkspaceIndexerFactory } from './workspace/indexer';
export { scanCable } from './workspace/scan';
export { WorkspaceIndex } from './workspace/store';
export type { IndexedCable, IndexEntry as WorkspaceIndexEntry } from './workspace/types';
