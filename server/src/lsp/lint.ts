// Lint in the editor: diagnostics, their configuration and their code actions, wired to the
// connection's document, configuration, file-watching and command events.

import { CodeActionKind, ErrorCodes, ResponseError, type CodeActionParams } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, FIX_ALL_KIND } from '../index';
import { CodeActions, FIX_ALL_COMMAND } from './codeActions';
import type { FeatureRegistration } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { guarded } from './requestGuard';
import { codeActionParams, executeCommandParams } from './validate';

export const registerLint: FeatureRegistration = (context) => {
  const { connection, documents, service, clientConfiguration } = context;
  const diagnostics = new DiagnosticsPublisher(context);
  const actions = new CodeActions(context);
  context.workspaceChanged = () => diagnostics.lintAll();

  // Fired on open too: that first time, a cable is linted whatever its `cable.lint.run`.
  documents.onDidChangeContent((e) => void diagnostics.changed(e.document.uri));
  documents.onDidSave((e) => void diagnostics.saved(e.document.uri));
  documents.onDidClose((e) => diagnostics.closed(e.document.uri));

  // These notifications are read defensively: a missing field means no change of that kind.
  connection.onDidChangeConfiguration((params) => {
    clientConfiguration.settingsChanged((params as Partial<typeof params> | null)?.settings);
    service.settingsChanged();
    diagnostics.lintAll();
  });
  connection.onDidChangeWatchedFiles((params) => {
    const changes: unknown = (params as Partial<typeof params> | null)?.changes;
    const configChanged = Array.isArray(changes) && changes.some((c: { uri?: unknown } | null) => typeof c?.uri === 'string' && c.uri.endsWith(`/${CONFIG_FILE_NAME}`));
    if (!configChanged) return;
    clientConfiguration.filesChanged();
    service.configFilesChanged();
    diagnostics.lintAll();
  });
  const codeActions = guarded(context, codeActionParams, (document, params: CodeActionParams, token) => actions.provide(document, params, token));
  connection.onCodeAction(async (params, token) => await codeActions(params, token));
  connection.onExecuteCommand(async (params, token) => {
    const problem = executeCommandParams(params, '');
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    if (params.command === FIX_ALL_COMMAND) await actions.executeFixAll(params, token);
    return null;
  });

  return {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
  };
};
