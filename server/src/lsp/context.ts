// What every group of LSP handlers receives. Each group registers its handlers and returns the
// capabilities it provides; server.ts merges them into the initialize result.

import type { ClientCapabilities, Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CableLanguageService, HostFileSystem, Hover, Position, WorkspaceIndex } from '../index';
import type { ClientConfiguration } from './configuration';
import type { LimitNotice } from './limitNotice';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: CableLanguageService;
  readonly limits: LimitNotice;
  /** The host's files, where it has them. */
  readonly files?: HostFileSystem;
  /** The client's side of the lint configuration (settings pushed, problems published). */
  readonly clientConfiguration: ClientConfiguration;
  /** What the client said it can do, set on initialize. */
  clientCapabilities: ClientCapabilities;
  /** What the client sent on initialize (workspace folders, initialization options). */
  initializeParams?: InitializeParams;
  /** The workspace index and its state (lsp/workspaceIndex.ts), whose cables workspace lint goes over. */
  workspaceIndex?: { readonly state: string; readonly index: Pick<WorkspaceIndex, 'entries'> };
  /** Hover from the workspace index (a REF id's cited cable), asked before the document's own. */
  workspaceHover?: (document: TextDocument, position: Position) => Hover | null;
}

export type FeatureRegistration = (context: ServerContext) => ServerCapabilities;
