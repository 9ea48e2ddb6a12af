// Lint in the editor: diagnostics, their configuration and their code actions, wired to the
// connection's document, configuration, file-watching and command events.

import { CodeActionKind, ErrorCodes, ResponseError, type CodeActionParams } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../rules/config/file';
import { CodeActions, FIX_ALL_COMMAND, FIX_ALL_KIND } from './codeActions';
import { LintConfiguration } from './configuration';
import type { FeatureRegistration } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { guarded } from './requestGuard';
import { codeActionParams, executeCommandParams } from './validate';

export const registerLint: FeatureRegistration = (context) => {
  const { connection, documents } = context;
  const configuration = new LintConfiguration(connection);
  const diagnostics = new DiagnosticsPublisher(context, configuration);
  const actions = new CodeActions(context, configuration, diagnostics);

  // Fired on open too: that first time, a cable is linted whatever its `cable.lint.run`.
  documents.onDidChangeContent((e) => void diagnostics.changed(e.document.uri));
  documents.onDidSave((e) => void diagnostics.saved(e.document.uri));
  documents.onDidClose((e) => {
    diagnostics.closed(e.document.uri);
    configuration.forget(e.document.uri);
  });

  // These notifications are read defensively: a missing field means no change of that kind.
  connection.onDidChangeConfiguration((params) => {
    configuration.settingsChanged((params as Partial<typeof params> | null)?.settings);
    diagnostics.lintAll();
  });
  connection.onDidChangeWatchedFiles((params) => {
    const changes: unknown = (params as Partial<typeof params> | null)?.changes;
    const configChanged = Array.isArray(changes) && changes.some((c: { uri?: unknown } | null) => typeof c?.uri === 'string' && c.uri.endsWith(`/${CONFIG_FILE_NAME}`));
    if (!configChanged) return;
    configuration.filesChanged();
    diagnostics.lintAll();
  });
  const codeActions = guarded(context, codeActionParams, (document, params: CodeActionParams) => actions.provide(document, params));
  connection.onCodeAction(async (params, token) => await codeActions(params, token));
  connection.onExecuteCommand(async (params) => {
    const problem = executeCommandParams(params, '');
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    if (params.command === FIX_ALL_COMMAND) await actions.executeFixAll(params);
    return null;
  });

  return {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
  };
};
