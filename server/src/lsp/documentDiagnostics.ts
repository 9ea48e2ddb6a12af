// Lint diagnostics pulled by the client (textDocument/diagnostic), for a client that supports pull:
// its open cables then get their diagnostics the same way as the workspace's (workspace/diagnostic),
// into one collection, instead of pushed ones beside pulled ones. A client without pull support
// (Neovim 0.7, say) keeps getting them pushed (diagnostics.ts).
//
// `cable.lint.run` holds here too: onType lints the version pulled; onSave answers with what the
// document was when it was opened or last saved, and asks the client to pull again after a save.
// A result id names what a report was made from (settings generation and text), so that a pull of
// the same thing is answered "unchanged".

import { DiagnosticRefreshRequest, DocumentDiagnosticReportKind, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { lspDiagnostics } from './diagnostics';
import { textHash } from './textHash';

/** A report kept for a document whose `cable.lint.run` is onSave. */
interface Snapshot {
  readonly resultId: string;
  readonly report: DocumentDiagnosticReport;
}

export class DocumentDiagnostics {
  /** Bumped when the settings or a `.cablelint.json` change: every earlier result id is stale. */
  generation = 0;
  /** Counts changes of what the index tells the rules (R2): an open cable's report changes without its text. */
  private workspaceGeneration = 0;
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(private readonly context: ServerContext) {}

  /** Whether the client pulls diagnostics (then nothing is pushed for cables). */
  get active(): boolean {
    return !!this.context.clientCapabilities.textDocument?.diagnostic;
  }

  async report(document: TextDocument, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    const { service } = this.context;
    const config = await service.lintConfiguration(document.uri);
    const snapshot = config.settings.run === 'onSave' ? this.snapshots.get(document.uri) : undefined;
    if (snapshot?.resultId.startsWith(`${this.epoch()}:`)) return previousResultId === snapshot.resultId ? unchanged(snapshot.resultId) : snapshot.report;
    const result = await service.diagnostics(document, undefined, this.context.lintWorkspace?.(document));
    const resultId = `${this.epoch()}:${result ? textHash(document.getText()) : 'off'}`;
    const items = result ? lspDiagnostics(service, document.uri, result.diagnostics, this.context.limits) : [];
    const report: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    if (config.settings.run === 'onSave') this.snapshots.set(document.uri, { resultId, report });
    return previousResultId === resultId ? unchanged(resultId) : report;
  }

  /** A document was saved: an onSave document is linted at the next pull, which is asked for now. */
  saved(uri: string): void {
    if (this.snapshots.delete(uri)) this.refresh();
  }

  closed(uri: string): void {
    this.snapshots.delete(uri);
  }

  /** The settings or a `.cablelint.json` changed: every document is linted again. */
  configurationChanged(): void {
    this.generation++;
    this.snapshots.clear();
    this.refresh();
  }

  /** The workspace index changed what the rules know (R2): the open cables are pulled again. */
  workspaceChanged(): void {
    this.workspaceGeneration++;
    this.snapshots.clear();
    this.refresh();
  }

  private epoch(): string {
    return `${this.generation}.${this.workspaceGeneration}`;
  }

  private refresh(): void {
    if (this.context.clientCapabilities.workspace?.diagnostics?.refreshSupport) void this.context.connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
  }
}

const unchanged = (resultId: string): DocumentDiagnosticReport => ({ kind: DocumentDiagnosticReportKind.Unchanged, resultId });
