// What every group of LSP handlers receives. Each group registers its handlers and returns the
// capabilities it provides; server.ts merges them into the initialize result.

import type { ClientCapabilities, Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CableLanguageService, HostFileSystem, Hover, LintWorkspace, Position, WorkspaceIndex, WorkspaceIndexerFactory } from '../index';
import type { ClientConfiguration } from './configuration';
import type { LimitNotice } from './limitNotice';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: CableLanguageService;
  readonly limits: LimitNotice;
  /** The host's files, where it has them: a cited cable is read from them. */
  readonly files?: HostFileSystem;
  /** The host's indexer of the workspace folders' files, where it has one. */
  readonly workspaceIndexer?: WorkspaceIndexerFactory;
  /** The client's side of the lint configuration (settings pushed, problems published). */
  readonly clientConfiguration: ClientConfiguration;
  /** What the client said it can do, set on initialize. */
  clientCapabilities: ClientCapabilities;
  /** What the client sent on initialize (workspace folders, initialization options). */
  initializeParams?: InitializeParams;
  /** The workspace index and its state (lsp/workspaceIndex.ts): the cables workspace lint goes over, and the view's REF links. */
  workspaceIndex?: { readonly state: string; readonly index: Pick<WorkspaceIndex, 'entries' | 'filesOf'> };
  /** Hover from the workspace index (a REF id's cited cable), asked before the document's own. */
  workspaceHover?: (document: TextDocument, position: Position) => Hover | null;
  /** What the lint rules know of the workspace for an open cable (the index's files with its id). */
  lintWorkspace?: (document: Pick<TextDocument, 'uri' | 'version' | 'getText'>, open?: boolean) => LintWorkspace | undefined;
  /** The index changed in a way that may change what lintWorkspace says: the open cables are linted again. */
  workspaceChanged?: () => void;
}

export type FeatureRegistration = (context: ServerContext) => ServerCapabilities;
