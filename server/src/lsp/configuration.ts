// The lint configuration of each open cable: the `cable.lint` settings pulled per document scope
// (workspace/configuration, falling back to those pushed with didChangeConfiguration), and the
// nearest `.cablelint.json`. Problems in either are shown, never thrown: a warning message for a
// setting, warning diagnostics on the file itself.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, MessageType, type Connection } from 'vscode-languageserver/node';
import { checkLevels, combineLevels, describeValue, type RuleLevels } from '../rules/config/levels';
import { CONFIG_FILE_NAME, findConfigFile, isInside, readConfigFile, type ConfigFile } from '../rules/config/file';
import { rules } from '../rules/registry';

export type RunMode = 'onType' | 'onSave';

export interface LintSettings {
  readonly enable: boolean;
  readonly run: RunMode;
  readonly rules: RuleLevels;
}

export interface DocumentLintConfig {
  readonly settings: LintSettings;
  /** The `.cablelint.json` in force, if any. */
  readonly file: ConfigFile | null;
  /** Settings and file combined (see combineLevels). */
  readonly levels: RuleLevels;
}

const DEFAULTS: LintSettings = { enable: true, run: 'onType', rules: {} };

export class LintConfiguration {
  private pushed: unknown;
  private settings = new Map<string, Promise<LintSettings>>();
  private folders: Promise<string[]> | null = null;
  private files = new Map<string, ConfigFile>();
  private found = new Map<string, string | null>();
  private shownMessages = new Set<string>();
  private published = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** The configuration of the document at `uri` (cached until the settings or a file change). */
  async forDocument(uri: string): Promise<DocumentLintConfig> {
    const settings = await this.settingsFor(uri);
    const file = await this.fileFor(uri);
    return { settings, file, levels: combineLevels(settings.rules, file && !file.unusable ? file.levels : {}) };
  }

  settingsFor(uri: string): Promise<LintSettings> {
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.pull(uri).then((raw) => this.checkSettings(raw));
      this.settings.set(uri, settings);
    }
    return settings;
  }

  /** After workspace/didChangeConfiguration: `settings` is the pushed value (may be null). */
  settingsChanged(settings: unknown): void {
    this.pushed = settings;
    this.settings.clear();
    this.folders = null;
  }

  /** After a `.cablelint.json` was created, changed or deleted. */
  filesChanged(): void {
    this.files.clear();
    this.found.clear();
    for (const uri of this.published) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }

  forget(uri: string): void {
    this.settings.delete(uri);
  }

  /** Where "disable this rule" writes: the file in force, else a new one in the workspace folder. */
  async targetFileFor(uri: string): Promise<{ path: string; file: ConfigFile | null } | null> {
    const dir = directoryOf(uri);
    if (!dir) return null;
    const file = await this.fileFor(uri);
    if (file) return { path: file.path, file };
    const folder = (await this.workspaceFolders()).find((f) => isInside(dir, f));
    return { path: path.join(folder ?? dir, CONFIG_FILE_NAME), file: null };
  }

  private async pull(uri: string): Promise<unknown> {
    try {
      return await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'cable.lint' });
    } catch {
      // A client without workspace/configuration: use what it pushed, if anything.
      return (this.pushed as { cable?: { lint?: unknown } } | null | undefined)?.cable?.lint;
    }
  }

  private checkSettings(raw: unknown): LintSettings {
    const value = (raw && typeof raw === 'object' ? raw : {}) as { enable?: unknown; run?: unknown; rules?: unknown };
    const problems: string[] = [];
    if (value.enable !== undefined && typeof value.enable !== 'boolean') problems.push(`cable.lint.enable must be true or false, not ${describeValue(value.enable)}`);
    if (value.run !== undefined && value.run !== 'onType' && value.run !== 'onSave') problems.push(`cable.lint.run must be "onType" or "onSave", not ${describeValue(value.run)}`);
    const levels = checkLevels(value.rules, rules);
    // One message for all of cable.lint.rules: checkLevels caps how many it describes.
    if (levels.problems.length) problems.push(`cable.lint.rules: ${levels.problems.map((p) => p.message).join('; ')}`);
    for (const message of problems) this.showOnce(`${message} (ignored)`);
    return {
      enable: typeof value.enable === 'boolean' ? value.enable : DEFAULTS.enable,
      run: value.run === 'onSave' ? 'onSave' : DEFAULTS.run,
      rules: levels.levels,
    };
  }

  private showOnce(message: string): void {
    if (this.shownMessages.has(message)) return;
    this.shownMessages.add(message);
    void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `Cable: ${message}` });
  }

  private async fileFor(uri: string): Promise<ConfigFile | null> {
    const dir = directoryOf(uri);
    if (!dir) return null;
    // The search stops at the workspace folder, or stays in the cable's own folder outside every
    // folder; a link is followed only into the workspace folders (or that folder).
    const folders = await this.workspaceFolders();
    const inFolder = folders.some((f) => isInside(dir, f));
    if (!this.found.has(dir)) this.found.set(dir, findConfigFile(dir, folders.find((f) => isInside(dir, f)) ?? dir));
    const file = this.found.get(dir);
    if (!file) return null;
    let config = this.files.get(file);
    if (!config) {
      config = readConfigFile(file, rules, inFolder ? folders : [dir]);
      this.files.set(file, config);
      this.publishProblems(config);
    }
    return config;
  }

  private publishProblems(config: ConfigFile): void {
    const uri = pathToFileURL(config.path).href;
    const diagnostics = config.problems.map((p) => ({ range: p.range, message: p.message, severity: DiagnosticSeverity.Warning, source: 'cable' }));
    if (diagnostics.length === 0 && !this.published.has(uri)) return;
    this.published.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private workspaceFolders(): Promise<string[]> {
    this.folders ??= this.connection.workspace.getWorkspaceFolders().then(
      (folders) => (Array.isArray(folders) ? folders : []).flatMap((f) => directoryOf(f?.uri, true) ?? []),
      () => [],
    );
    return this.folders;
  }
}

/** The folder of a `file:` document (or the folder itself), null for other schemes and bad URIs. */
function directoryOf(uri: unknown, isFolder = false): string | null {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return null;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return null;
  }
  return isFolder ? file : path.dirname(file);
}
