// What every group of LSP handlers receives. Each group registers its handlers and returns the
// capabilities it provides; server.ts merges them into the initialize result.

import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CableLanguageService } from '../index';
import type { ClientConfiguration } from './configuration';
import type { LimitNotice } from './limitNotice';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: CableLanguageService;
  readonly limits: LimitNotice;
  /** The client's side of the lint configuration (settings pushed, problems published). */
  readonly clientConfiguration: ClientConfiguration;
  /** What the client said it can do, set on initialize. */
  clientCapabilities: ClientCapabilities;
}

export type FeatureRegistration = (context: ServerContext) => ServerCapabilities;
