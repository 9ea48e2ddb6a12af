// The lint configuration of each document: the `cable.lint` settings of its scope (from the host,
// checked here) and the nearest `.cablelint.json` (through the host's files), combined. Problems
// are told once, never thrown: a setting's through host.showWarning, a file's through
// host.configFileRead when it is read. What was read is kept until the host says it changed.

import type { HostFileSystem, LanguageServiceHost } from '../../host';
import type { Rule } from '../types';
import { CONFIG_FILE_NAME, findConfigFile, readConfigFile, type ConfigFile } from './file';
import { checkLevels, combineLevels, describeValue, type RuleLevels } from './levels';
import { childUri, isInside, parentUri } from './uris';

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

export class LintConfigurationResolver {
  private readonly settings = new Map<string, Promise<LintSettings>>();
  private folders: Promise<string[]> | null = null;
  private readonly files = new Map<string, Promise<ConfigFile>>();
  private readonly found = new Map<string, Promise<string | null>>();
  private readonly shownWarnings = new Set<string>();

  constructor(
    private readonly host: LanguageServiceHost,
    private readonly rules: readonly Rule[],
  ) {}

  /** The configuration of the document at `uri` (kept until the settings or a file change). */
  async forDocument(uri: string): Promise<DocumentLintConfig> {
    const settings = await this.settingsFor(uri);
    const file = await this.fileFor(uri);
    return { settings, file, levels: combineLevels(settings.rules, file && !file.unusable ? file.levels : {}) };
  }

  settingsFor(uri: string): Promise<LintSettings> {
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = (this.host.lintSettings?.(uri) ?? Promise.resolve(undefined)).then((raw) => this.checkSettings(raw));
      this.settings.set(uri, settings);
    }
    return settings;
  }

  /** The settings or the workspace folders changed. */
  settingsChanged(): void {
    this.settings.clear();
    this.folders = null;
  }

  /** A `.cablelint.json` was created, changed or deleted. */
  filesChanged(): void {
    this.files.clear();
    this.found.clear();
  }

  forget(uri: string): void {
    this.settings.delete(uri);
  }

  /** Where "disable this rule" writes: the file in force, else a new one in the workspace folder. */
  async targetFileFor(uri: string): Promise<{ uri: string; file: ConfigFile | null } | null> {
    const dir = this.folderOf(uri);
    if (!dir) return null;
    const file = await this.fileFor(uri);
    if (file) return { uri: file.uri, file };
    const folder = (await this.workspaceFolders())?.find((f) => isInside(dir, f));
    return { uri: childUri(folder ?? dir, CONFIG_FILE_NAME), file: null };
  }

  private checkSettings(raw: unknown): LintSettings {
    const value = (raw && typeof raw === 'object' ? raw : {}) as { enable?: unknown; run?: unknown; rules?: unknown };
    const problems: string[] = [];
    if (value.enable !== undefined && typeof value.enable !== 'boolean') problems.push(`cable.lint.enable must be true or false, not ${describeValue(value.enable)}`);
    if (value.run !== undefined && value.run !== 'onType' && value.run !== 'onSave') problems.push(`cable.lint.run must be "onType" or "onSave", not ${describeValue(value.run)}`);
    const levels = checkLevels(value.rules, this.rules);
    // One message for all of cable.lint.rules: checkLevels caps how many it describes.
    if (levels.problems.length) problems.push(`cable.lint.rules: ${levels.problems.map((p) => p.message).join('; ')}`);
    for (const message of problems) this.warnOnce(`${message} (ignored)`);
    return {
      enable: typeof value.enable === 'boolean' ? value.enable : DEFAULTS.enable,
      run: value.run === 'onSave' ? 'onSave' : DEFAULTS.run,
      rules: levels.levels,
    };
  }

  private warnOnce(message: string): void {
    if (this.shownWarnings.has(message)) return;
    this.shownWarnings.add(message);
    this.host.showWarning?.(message);
  }

  /** The folder of a document the host's files reach, else null. */
  private folderOf(uri: string): string | null {
    const canonical = this.host.files?.canonicalUri(uri) ?? null;
    return canonical === null ? null : parentUri(canonical);
  }

  private async fileFor(uri: string): Promise<ConfigFile | null> {
    const files = this.host.files;
    if (!files) return null;
    if (this.host.configFile !== undefined) return this.read(files, this.host.configFile);
    const dir = this.folderOf(uri);
    if (!dir) return null;
    // In a workspace, the search stops at the workspace folder, or stays in the cable's own folder
    // outside every folder; a link is followed only into the workspace folders (or that folder).
    const folders = await this.workspaceFolders();
    const root = folders === null ? undefined : (folders.find((f) => isInside(dir, f)) ?? dir);
    let found = this.found.get(dir);
    if (!found) {
      found = findConfigFile(files, dir, root);
      this.found.set(dir, found);
    }
    const file = await found;
    if (!file) return null;
    const inFolder = folders?.some((f) => isInside(dir, f));
    return this.read(files, file, folders === null ? undefined : inFolder ? folders : [dir]);
  }

  /** Reads a file once (until filesChanged), and has its problems told once. */
  private read(files: HostFileSystem, uri: string, allowedRoots?: readonly string[]): Promise<ConfigFile> {
    let config = this.files.get(uri);
    if (!config) {
      config = readConfigFile(files, uri, this.rules, allowedRoots).then((read) => {
        this.host.configFileRead?.(read);
        return read;
      });
      this.files.set(uri, config);
    }
    return config;
  }

  /** The workspace folders, canonical; null for a host without a workspace. */
  private workspaceFolders(): Promise<string[] | null> {
    const { files, workspaceFolders } = this.host;
    if (!workspaceFolders || !files) return Promise.resolve(null);
    this.folders ??= workspaceFolders().then(
      (folders) => (Array.isArray(folders) ? folders : []).flatMap((f) => (typeof f === 'string' ? (files.canonicalUri(f) ?? []) : [])),
      () => [],
    );
    return this.folders;
  }
}
