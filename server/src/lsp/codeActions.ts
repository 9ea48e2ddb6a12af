// Code actions for lint diagnostics, worked out by the service (features/codeActions.ts): the
// adapter passes on the diagnostics the client sent, and gives each action back the one it fixes.
// Also the `cable.fixAll` command.

import type { CodeAction, CodeActionParams, Diagnostic, ExecuteCommandParams, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from '../index';
import type { ServerContext } from './context';

export const FIX_ALL_COMMAND = 'cable.fixAll';

export class CodeActions {
  constructor(private readonly context: ServerContext) {}

  async provide(document: TextDocument, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const sent: Diagnostic[] = params.context.diagnostics.filter((d) => d.source === 'cable');
    const actions = await this.context.service.codeActions(document, { diagnostics: sent, only: params.context.only }, token);
    return actions.map(({ diagnostic, ...action }) => ({ ...action, ...(diagnostic === undefined ? {} : { diagnostics: [sent[diagnostic]] }) }));
  }

  /** `cable.fixAll [uri]`: one document, or every open cable when no argument names one. */
  async executeFixAll(params: ExecuteCommandParams, token: CancellationToken): Promise<void> {
    const [argument] = params.arguments ?? [];
    const uri = typeof argument === 'string' ? argument : (argument as { uri?: unknown } | undefined)?.uri;
    const { documents, service, connection } = this.context;
    const targets = typeof uri === 'string' ? [documents.get(uri)].filter((d) => d !== undefined) : documents.all();
    const changes: NonNullable<WorkspaceEdit['documentChanges']> = [];
    for (const document of targets) changes.push(...((await service.fixAllChanges(document, token))?.documentChanges ?? []));
    if (changes.length) await connection.workspace.applyEdit({ label: 'Cable: Fix all auto-fixable problems', edit: { documentChanges: changes } });
  }
}
