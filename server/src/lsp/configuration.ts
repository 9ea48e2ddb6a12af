// The client's side of the lint configuration, as the language service's host asks for it: the
// `cable.lint` settings pulled per document scope (workspace/configuration, falling back to those
// pushed with didChangeConfiguration), the workspace folders, a warning message for a setting's
// problem, and warning diagnostics on a `.cablelint.json` for its problems.

import { DiagnosticSeverity, MessageType, type Connection } from 'vscode-languageserver';
import type { ConfigFile, LanguageServiceHost } from '../index';

export class ClientConfiguration {
  private pushed: unknown;
  /** Config files whose problems were published, so that they are cleared when files change. */
  private readonly published = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** What the service's host gets from the client. */
  host(): Pick<LanguageServiceHost, 'workspaceFolders' | 'lintSettings' | 'showWarning' | 'configFileRead'> {
    return {
      workspaceFolders: async () => {
        const folders: unknown = await this.connection.workspace.getWorkspaceFolders();
        return Array.isArray(folders) ? folders.map((f: { uri?: unknown } | null) => f?.uri) : [];
      },
      lintSettings: (uri) => this.pull(uri),
      showWarning: (message) => void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `Cable: ${message}` }),
      configFileRead: (file) => this.publishProblems(file),
    };
  }

  /** After workspace/didChangeConfiguration: `settings` is the pushed value (may be null). */
  settingsChanged(settings: unknown): void {
    this.pushed = settings;
  }

  /** After a `.cablelint.json` was created, changed or deleted: its problems are published again when it is read. */
  filesChanged(): void {
    for (const uri of this.published) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }

  private async pull(uri: string): Promise<unknown> {
    try {
      return await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'cable.lint' });
    } catch {
      // A client without workspace/configuration: use what it pushed, if anything.
      return (this.pushed as { cable?: { lint?: unknown } } | null | undefined)?.cable?.lint;
    }
  }

  private publishProblems(config: ConfigFile): void {
    const diagnostics = config.problems.map((p) => ({ range: p.range, message: p.message, severity: DiagnosticSeverity.Warning, source: 'cable' }));
    if (diagnostics.length === 0 && !this.published.has(config.uri)) return;
    this.published.add(config.uri);
    void this.connection.sendDiagnostics({ uri: config.uri, diagnostics });
  }
}
