// Lint of every cable of the workspace (workspace/diagnostic): the cables of the workspace index
// (every cable under the workspace folders, `cable.workspace.exclude` left out), each with its own
// `.cablelint.json` and `cable.lint` settings, an open one as it is in the editor. Files are read,
// linted and forgotten one at a time, and their reports sent in batches as partial results when the
// client gives a partialResultToken, so that memory holds one text and a batch of reports at most.
// A full pass reports work-done progress (the client's token, else one the server creates), which
// the user may cancel: the reports sent stay, and the answer is ServerCancelled without retrigger.
//
// A later pull names the result ids it has: only what changed is reported (a file gone, with no
// problems). When nothing changed the request is held until something may have (a file changed on
// disk or saved or closed, the settings or a `.cablelint.json`), as LSP allows, so that a client
// that pulls again and again (VS Code's) costs nothing while the workspace stands still.

import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  type CancellationToken,
  type ResultProgressReporter,
  type WorkDoneProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { count } from '../index';
import type { ServerContext } from './context';
import { lspDiagnostics } from './diagnostics';
import type { DocumentDiagnostics } from './documentDiagnostics';
import { textHash } from './textHash';

/** Reports sent in one partial result at most, and the longest a report waits to be sent. */
const BATCH = 50;
const BATCH_MS = 250;
/** Progress is reported at most this often. */
const PROGRESS_MS = 100;
/** The longest the server lints without reading the requests that came in. */
const YIELD_MS = 10;
/** A file longer than this is not linted here (`cable lint` does). */
const MAX_BYTES = 16 * 1024 * 1024;
/** A burst of changes (a checkout) wakes a held pull once, after the index has followed them. */
const CHANGE_DELAY_MS = 500;
/** The result id of a file that is gone: reported once, with no problems. */
const GONE = 'gone';
/** The index states in which its list of cables is not complete yet. */
const BUILDING = new Set(['waiting', 'indexing', 'cached']);

interface Progress {
  readonly reporter: WorkDoneProgressReporter;
  /** Cancelled when the user cancels a progress the server created. */
  readonly token?: CancellationToken;
}

export class WorkspaceDiagnostics {
  private waiting: Array<() => void> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly context: ServerContext,
    private readonly documents: DocumentDiagnostics,
  ) {}

  /** Something a report may depend on changed: a held pull looks again, a little later. */
  changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.waiting.splice(0).forEach((wake) => wake()), CHANGE_DELAY_MS);
  }

  async report(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    workDone: WorkDoneProgressReporter,
    partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    const previous = previousResultIds(params.previousResultIds);
    const progress = previous.size === 0 ? await this.progress(params, workDone) : null;
    try {
      for (;;) {
        const change = new Promise<void>((wake) => this.waiting.push(wake));
        const cables = await this.cables(token);
        if (!cables) return { items: [] };
        const stream = new ReportStream(partial);
        await this.pass(cables, previous, stream, token, progress);
        if (stream.count > 0 || previous.size === 0) return stream.end();
        await Promise.race([change, new Promise<void>((stop) => token.onCancellationRequested(() => stop()))]);
        checkCancelled(token, progress);
      }
    } finally {
      progress?.reporter.done();
    }
  }

  private async pass(cables: readonly string[], previous: ReadonlyMap<string, string>, stream: ReportStream, token: CancellationToken, progress: Progress | null): Promise<void> {
    let done = 0;
    let reported = 0;
    let yielded = performance.now();
    for (const uri of cables) {
      checkCancelled(token, progress);
      const report = await this.fileReport(uri, previous.get(uri));
      if (report) stream.add(report);
      done++;
      const now = performance.now();
      if (progress && (now - reported >= PROGRESS_MS || done === cables.length)) {
        reported = now;
        progress.reporter.report(Math.floor((100 * done) / cables.length), `${count(done)}/${count(cables.length)}`);
      }
      // Let requests and cancellation be read every few milliseconds.
      if (now - yielded >= YIELD_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        yielded = performance.now();
      }
    }
    const listed = new Set(cables);
    for (const [uri, resultId] of previous) {
      if (!listed.has(uri) && resultId !== GONE) stream.add({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: GONE, items: [] });
    }
  }

  /** A cable's report, or null when the client has it already or it cannot be read. */
  private async fileReport(uri: string, previousResultId: string | undefined): Promise<WorkspaceDocumentDiagnosticReport | null> {
    const { service, documents } = this.context;
    const open = documents.get(uri);
    const text = open ? open.getText() : await this.read(uri);
    if (text === null) return null;
    const document = open ?? { uri, version: 0, getText: () => text };
    const workspace = this.context.lintWorkspace?.(document, !!open);
    // What R2 is told (the other files with the cable's id) is part of what the report is made from:
    // a copy deleted or added elsewhere changes this file's report, not its text.
    const sameId = workspace?.sameId.length ? `:${textHash(workspace.sameId.join('\n'))}` : '';
    const resultId = `${this.documents.generation}:${textHash(text)}${sameId}`;
    if (resultId === previousResultId) return null;
    const result = await service.diagnostics(document, undefined, workspace);
    // The model of a file that is not open is not kept: one text at a time.
    if (!open) service.forget(uri);
    return { kind: DocumentDiagnosticReportKind.Full, uri, version: open?.version ?? null, resultId, items: result ? lspDiagnostics(service, uri, result.diagnostics) : [] };
  }

  private async read(uri: string): Promise<string | null> {
    try {
      const read = await this.context.files?.readFile(uri, MAX_BYTES);
      if (read && 'text' in read && !read.text.includes('\0')) return read.text;
      if (read && 'tooLarge' in read) this.context.connection.console.info(`Workspace lint: ${uri} is too large to lint here (${count(read.tooLarge)} bytes); \`cable lint\` lints it`);
    } catch (error) {
      this.context.connection.console.warn(`Workspace lint: ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return null;
  }

  /** The cables of the workspace index once it is built, or null (and the user told why) when there is none. */
  private async cables(token: CancellationToken): Promise<string[] | null> {
    const workspace = this.context.workspaceIndex;
    while (workspace && BUILDING.has(workspace.state)) {
      checkCancelled(token, null);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!workspace || workspace.state === 'off') {
      const message = 'Cable: Lint Workspace goes over the cables of the workspace index, which `cable.workspace.index` turns off.';
      void this.context.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message });
      return null;
    }
    return [...workspace.index.entries()].map((entry) => entry.uri).sort();
  }

  private async progress(params: WorkspaceDiagnosticParams, workDone: WorkDoneProgressReporter): Promise<Progress | null> {
    if (params.workDoneToken !== undefined) {
      workDone.begin('Linting cables', 0, undefined, true);
      return { reporter: workDone };
    }
    if (!this.context.clientCapabilities.window?.workDoneProgress) return null;
    try {
      const reporter = await this.context.connection.window.createWorkDoneProgress();
      reporter.begin('Linting cables', 0, undefined, true);
      return { reporter, token: reporter.token };
    } catch {
      return null;
    }
  }
}

/** Throws the answer to a pull cancelled by the client (RequestCancelled) or by the user on its progress (ServerCancelled, not to be retried). */
function checkCancelled(token: CancellationToken, progress: Progress | null): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  if (progress?.token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'workspace lint cancelled', { retriggerRequest: false });
}

/** The client's result ids by URI; entries that do not fit are left out (their files are reported in full). */
function previousResultIds(value: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  if (!Array.isArray(value)) return ids;
  for (const item of value as Array<{ uri?: unknown; value?: unknown } | null>) {
    if (typeof item?.uri === 'string' && typeof item.value === 'string') ids.set(item.uri, item.value);
  }
  return ids;
}

/** Reports as partial results in batches when the client takes them, else gathered for the answer. */
class ReportStream {
  count = 0;
  private batch: WorkspaceDocumentDiagnosticReport[] = [];
  private since = performance.now();

  constructor(private readonly partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined) {}

  add(report: WorkspaceDocumentDiagnosticReport): void {
    this.count++;
    this.batch.push(report);
    if (this.partial && (this.batch.length >= BATCH || performance.now() - this.since >= BATCH_MS)) this.flush();
  }

  /** The answer: empty when everything went as partial results, as LSP asks. */
  end(): WorkspaceDiagnosticReport {
    if (!this.partial) return { items: this.batch };
    this.flush();
    return { items: [] };
  }

  private flush(): void {
    if (this.batch.length) this.partial?.report({ items: this.batch });
    this.batch = [];
    this.since = performance.now();
  }
}
