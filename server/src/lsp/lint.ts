// Lint in the editor: diagnostics, their configuration and their code actions, wired to the
// connection's document, configuration, file-watching and command events. Diagnostics are pushed,
// or pulled by a client that supports pull (documentDiagnostics.ts); the whole workspace's are
// pulled (workspaceDiagnostics.ts).

import { CodeActionKind, DocumentDiagnosticReportKind, ErrorCodes, ResponseError, type CodeActionParams, type DocumentDiagnosticParams } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, FIX_ALL_KIND } from '../index';
import { CodeActions, FIX_ALL_COMMAND } from './codeActions';
import type { FeatureRegistration } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { DocumentDiagnostics } from './documentDiagnostics';
import { guarded } from './requestGuard';
import { codeActionParams, documentParams, executeCommandParams } from './validate';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';

export const registerLint: FeatureRegistration = (context) => {
  const { connection, documents, service, clientConfiguration } = context;
  const diagnostics = new DiagnosticsPublisher(context);
  const pulled = new DocumentDiagnostics(context);
  const workspace = new WorkspaceDiagnostics(context, pulled);
  const actions = new CodeActions(context);
  const configurationChanged = () => {
    pulled.configurationChanged();
    if (!pulled.active) diagnostics.lintAll();
    workspace.changed();
  };
  // The index changed what the rules know of the workspace (R2): the open cables are linted again.
  context.workspaceChanged = () => (pulled.active ? pulled.workspaceChanged() : diagnostics.lintAll());

  // Fired on open too: that first time, a cable is linted whatever its `cable.lint.run`.
  documents.onDidChangeContent((e) => void (pulled.active || diagnostics.changed(e.document.uri)));
  documents.onDidSave((e) => {
    workspace.changed();
    if (pulled.active) pulled.saved(e.document.uri);
    else void diagnostics.saved(e.document.uri);
  });
  documents.onDidClose((e) => {
    workspace.changed();
    if (pulled.active) pulled.closed(e.document.uri);
    else diagnostics.closed(e.document.uri);
  });

  // These notifications are read defensively: a missing field means no change of that kind.
  connection.onDidChangeConfiguration((params) => {
    clientConfiguration.settingsChanged((params as Partial<typeof params> | null)?.settings);
    service.settingsChanged();
    configurationChanged();
  });
  connection.onDidChangeWatchedFiles((params) => {
    const changes: unknown = (params as Partial<typeof params> | null)?.changes;
    const configChanged = Array.isArray(changes) && changes.some((c: { uri?: unknown } | null) => typeof c?.uri === 'string' && c.uri.endsWith(`/${CONFIG_FILE_NAME}`));
    workspace.changed();
    if (!configChanged) return;
    clientConfiguration.filesChanged();
    service.configFilesChanged();
    configurationChanged();
  });
  const documentReport = guarded(context, documentParams, (document, params: DocumentDiagnosticParams) => pulled.report(document, params.previousResultId));
  // A document the server does not have (not a cable, or closed meanwhile) has no problems.
  connection.languages.diagnostics.on(async (params, token) => {
    const report = await documentReport(params, token);
    if (report instanceof ResponseError) throw report;
    return report ?? { kind: DocumentDiagnosticReportKind.Full, items: [] };
  });
  connection.languages.diagnostics.onWorkspace((params, token, workDone, partial) => workspace.report(params, token, workDone, partial));
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
    diagnosticProvider: { identifier: 'cable', interFileDependencies: false, workspaceDiagnostics: true },
  };
};
