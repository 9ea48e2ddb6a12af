// What every group of LSP handlers receives. Each group registers its handlers and returns the
// capabilities it provides; server.ts merges them into the initialize result.

import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CableLanguageService } from '../languageService';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: CableLanguageService;
}

export type FeatureRegistration = (context: ServerContext) => ServerCapabilities;
