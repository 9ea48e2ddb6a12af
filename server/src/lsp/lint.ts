// Lint in the editor: diagnostics, their configuration and their code actions, wired to the
// connection's document, configuration, file-watching and command events.

import { CodeActionKind, type CodeActionParams } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../rules/config/file';
import { CodeActions, FIX_ALL_COMMAND, FIX_ALL_KIND } from './codeActions';
import { LintConfiguration } from './configuration';
import type { FeatureRegistration } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { guarded } from './staleGuard';

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

  connection.onDidChangeConfiguration((params) => {
    configuration.settingsChanged(params.settings);
    diagnostics.lintAll();
  });
  connection.onDidChangeWatchedFiles((params) => {
    const configChanged = params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`));
    if (!configChanged) return;
    configuration.filesChanged();
    diagnostics.lintAll();
  });
  const codeActions = guarded(documents, (document, params: CodeActionParams) => actions.provide(document, params));
  connection.onCodeAction(async (params, token) => await codeActions(params, token));
  connection.onExecuteCommand(async (params) => {
    if (params.command === FIX_ALL_COMMAND) await actions.executeFixAll(params);
  });

  return {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
  };
};
