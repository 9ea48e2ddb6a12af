// Publishing lint diagnostics: when a cable opens, as it is typed (at once when idle, then at most
// every THROTTLE_MS while edits keep coming) or when it is saved (`cable.lint.run`), and for every
// open cable when the settings or a `.cablelint.json` change. A rule that throws is logged once.
// At most DIAGNOSTICS_PER_FILE are published, and a last one says how many more there are.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { count, DIAGNOSTICS_PER_FILE, type CableLanguageService, type LintDiagnostic, type Severity } from '../index';
import type { ServerContext } from './context';
import type { LimitNotice } from './limitNotice';

const THROTTLE_MS = 100;

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toLspDiagnostic(d: LintDiagnostic, uri: string, href: string | null): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'cable',
    message: d.message,
    ...(d.related.length ? { relatedInformation: d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
  };
}

/**
 * A file's diagnostics as LSP gives them: the first DIAGNOSTICS_PER_FILE, then one saying how many
 * are left out, and from where. `limits`, for an open document, tells the user the first time.
 */
export function lspDiagnostics(service: CableLanguageService, uri: string, diagnostics: readonly LintDiagnostic[], limits?: LimitNotice): Diagnostic[] {
  if (diagnostics.length > DIAGNOSTICS_PER_FILE) limits?.reached(uri);
  const shown = diagnostics.slice(0, DIAGNOSTICS_PER_FILE).map((d) => toLspDiagnostic(d, uri, service.ruleDocUrl(d.code)));
  if (diagnostics.length <= DIAGNOSTICS_PER_FILE) return shown;
  const left = diagnostics.length - DIAGNOSTICS_PER_FILE;
  const start = diagnostics[DIAGNOSTICS_PER_FILE].range.start;
  const message = `${count(left)} more problems from here on are not shown (problems stop at ${count(DIAGNOSTICS_PER_FILE)} per file; \`cable lint\` lists them all)`;
  return [...shown, { range: { start, end: start }, severity: DiagnosticSeverity.Information, source: 'cable', message }];
}

export class DiagnosticsPublisher {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastRun = new Map<string, number>();

  constructor(private readonly context: ServerContext) {}

  /** The document was opened or changed: lint it if it is new or its `cable.lint.run` is onType. */
  async changed(uri: string): Promise<void> {
    const isNew = !this.lastRun.has(uri) && !this.pending.has(uri);
    if (isNew || (await this.context.service.lintConfiguration(uri)).settings.run === 'onType') this.schedule(uri);
  }

  /** The document was saved: lint it if its `cable.lint.run` is onSave. */
  async saved(uri: string): Promise<void> {
    if ((await this.context.service.lintConfiguration(uri)).settings.run === 'onSave') this.schedule(uri);
  }

  /** Lints soon: at once when the document was not linted lately, else when the interval ends. */
  schedule(uri: string): void {
    if (this.pending.has(uri)) return;
    const wait = Math.max(0, (this.lastRun.get(uri) ?? -Infinity) + THROTTLE_MS - performance.now());
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        void this.lint(uri);
      }, wait),
    );
  }

  async lint(uri: string): Promise<void> {
    const config = await this.context.service.lintConfiguration(uri);
    const document = this.context.documents.get(uri);
    if (!document) return;
    this.lastRun.set(uri, performance.now());
    if (!config.settings.enable) {
      await this.context.connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const result = this.context.service.lint(document, { levels: config.levels, workspace: this.context.lintWorkspace?.(document) });
    const diagnostics = lspDiagnostics(this.context.service, uri, result.diagnostics, this.context.limits);
    await this.context.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  lintAll(): void {
    for (const document of this.context.documents.all()) void this.lint(document.uri);
  }

  closed(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.lastRun.delete(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
