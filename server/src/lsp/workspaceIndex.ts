// The workspace index in the server: built after `initialized` from the workspace folders by the
// host's indexer (on Node, worker threads) without blocking requests, with work-done progress; kept
// current by the client's file watching and by the open cables as they are edited; saved in the
// storage folder the client names in its initialization options (`storageFolder`); off with
// `cable.workspace.index`. A host without an indexer (no files) indexes the open cables only.

import { CodeLensRefreshRequest, type Connection, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CableDocument, count, emptyStats, WorkspaceIndex, type IndexState, type IndexStats, type LintWorkspace, type WorkspaceIndexer } from '../index';
import type { ServerContext } from './context';

export interface WorkspaceSettings {
  readonly index: boolean;
  readonly exclude: string[];
  readonly codeLens: boolean;
}

const DEFAULTS: WorkspaceSettings = { index: true, exclude: [], codeLens: true };
/** An edited cable is indexed again once typing pauses this long. */
const EDIT_DELAY_MS = 300;
/** Progress is reported at most this often. */
const PROGRESS_MS = 100;


export class ServerWorkspace {
  readonly index = new WorkspaceIndex();
  settings: WorkspaceSettings = DEFAULTS;
  private current: IndexState = 'waiting';
  private readonly stateListeners: Array<(state: IndexState) => void> = [];
  /** Completed builds since the server started. */
  builds = 0;
  private indexer: WorkspaceIndexer | null = null;
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private problems: string[] = [];
  private readonly views = new Map<string, { version: number; view: CableDocument }>();

  constructor(private readonly context: ServerContext) {}

  get state(): IndexState {
    return this.current;
  }

  set state(state: IndexState) {
    if (state === this.current) return;
    this.current = state;
    for (const listener of this.stateListeners) listener(state);
  }

  onStateChange(listener: (state: IndexState) => void): void {
    this.stateListeners.push(listener);
  }

  get stats(): IndexStats & { state: IndexState; builds: number; problems: string[]; saving: boolean } {
    const { index, state, builds, indexer } = this;
    return { ...(indexer?.stats ?? emptyStats()), cables: index.size, state, builds, problems: this.problems.slice(0, 50), saving: indexer?.saving ?? false };
  }

  /** The open cable as the workspace features see it (one per version). */
  view(document: TextDocument): CableDocument {
    const cached = this.views.get(document.uri);
    if (cached?.version === document.version && cached.view.text === document.getText()) return cached.view;
    const view = new CableDocument(this.canonical(document.uri), document.getText(), this.context.service.getModel(document));
    this.views.set(document.uri, { version: document.version, view });
    return view;
  }

  /** What the lint rules know of the workspace for an open cable: the other files with its id, by name. */
  lintContext(document: Pick<TextDocument, 'uri' | 'version' | 'getText'>, open = true): LintWorkspace | undefined {
    if (this.state === 'off' || this.state === 'waiting') return undefined;
    const uri = this.canonical(document.uri);
    // A file linted unopened (workspace lint) is read from its index entry, without a view to keep.
    const id = open ? this.view(document as TextDocument).indexed.id : (this.index.get(uri)?.id ?? null);
    const others = id ? this.index.filesOf(id).filter((e) => e.uri !== uri) : [];
    return { id, sameId: others.map((e) => decodeURIComponent(e.uri.slice(e.uri.lastIndexOf('/') + 1))).sort() };
  }

  /** Whether a document is one of the workspace's cables (a file of its folders, or with no indexer an open cable). */
  /** Whether a document is a file of the folders the indexer walks (never without an indexer: open cables are no folder). */
  inFolders(uri: string): boolean {
    return this.indexer?.covers(this.canonical(uri)) ?? false;
  }

  covers(uri: string): boolean {
    return this.indexer ? this.indexer.covers(this.canonical(uri)) : this.state === 'open';
  }

  /** The canonical form of a document's uri, as the index keys files. */
  canonical(uri: string): string {
    return this.context.files?.canonicalUri(uri) ?? uri;
  }

  /** Reads the settings and (re)builds the index when they call for it. */
  async configure(): Promise<void> {
    const settings = await this.pullSettings();
    const associations = await this.pullAssociations();
    const changed = settings.index !== this.settings.index || settings.exclude.join('\n') !== this.settings.exclude.join('\n') || this.state === 'waiting';
    this.settings = settings;
    if (!changed) return;
    this.indexer?.stop();
    this.indexer = null;
    this.index.clear();
    const create = this.context.workspaceIndexer;
    if (!settings.index || !create) {
      this.state = settings.index ? 'open' : 'off';
      for (const document of this.context.documents.all()) this.indexOpen(document.uri);
      return;
    }
    const options = { folders: this.folders(), exclude: settings.exclude, associations, storage: this.storage() };
    const indexer = create(this.index, options, (uri) => this.isOpen(uri));
    this.indexer = indexer;
    for (const document of this.context.documents.all()) this.indexOpen(document.uri);
    await this.build(indexer);
  }

  private async build(indexer: WorkspaceIndexer): Promise<void> {
    this.state = 'indexing';
    this.problems = [];
    const before = this.index.version;
    const progress = await this.progress();
    let last = 0;
    await indexer.build({
      progress: (done, total) => {
        const now = performance.now();
        if (done !== total && now - last < PROGRESS_MS) return;
        last = now;
        progress?.report(total ? Math.floor((100 * done) / total) : 100, `Indexing cables ${count(done)}/${count(total)}`);
      },
      problem: (message) => this.problem(message),
      cached: (cables) => {
        if (indexer !== this.indexer) return;
        this.state = 'cached';
        this.context.connection.console.info(`Loaded ${count(cables)} cables from the saved index; checking the files`);
        this.refreshLenses();
      },
      ready: (stats) => {
        progress?.done();
        if (indexer !== this.indexer) return;
        this.state = 'ready';
        this.builds++;
        // An empty index the build left as it was (no folders, no cables) tells the rules nothing new.
        if (this.index.version !== before || this.index.size > 0) this.context.workspaceChanged?.();
        this.context.connection.console.info(`Indexed ${count(this.index.size)} cables of ${count(stats.files)} files in ${(stats.ms / 1000).toFixed(1)} s: ${count(stats.read)} read, ${count(stats.fromCache)} from the cache`);
        this.refreshLenses();
      },
    });
    // A build cancelled by a later one never calls ready.
    if (indexer !== this.indexer) progress?.done();
  }

  /** Files created, changed or deleted. */
  async filesChanged(uris: readonly string[]): Promise<void> {
    if (!this.indexer) return;
    await this.indexer.changed(uris, { problem: (message) => this.problem(message) });
    this.refreshLenses();
    this.context.workspaceChanged?.();
  }

  /** An open cable was edited: its entry follows the text, once typing pauses. */
  edited(uri: string): void {
    if (!this.indexer && this.state !== 'open') return;
    clearTimeout(this.editTimers.get(uri));
    this.editTimers.set(
      uri,
      setTimeout(() => {
        this.editTimers.delete(uri);
        const before = this.index.get(this.canonical(uri))?.id;
        this.indexOpen(uri);
        this.refreshLenses();
        if (this.index.get(this.canonical(uri))?.id !== before) this.context.workspaceChanged?.();
      }, EDIT_DELAY_MS),
    );
  }

  /** An open cable was closed: the file on disk (if any) speaks for it again. */
  closed(uri: string): void {
    clearTimeout(this.editTimers.get(uri));
    this.editTimers.delete(uri);
    this.views.delete(uri);
    if (!this.indexer && this.state !== 'open') return;
    this.index.delete(this.canonical(uri));
    void this.filesChanged([uri]);
  }

  private indexOpen(uri: string): void {
    const document = this.context.documents.get(uri);
    const canonical = this.canonical(uri);
    const indexed = this.indexer ? this.indexer.covers(canonical) : this.state === 'open';
    if (!document || !indexed) return;
    this.index.set(canonical, this.view(document).indexed);
  }

  private isOpen(uri: string): boolean {
    return this.context.documents.all().some((d) => this.canonical(d.uri) === uri);
  }

  private problem(message: string): void {
    this.problems.push(message);
    this.context.connection.console.warn(`Workspace index: ${message}`);
  }

  private refreshLenses(): void {
    if (this.context.clientCapabilities.workspace?.codeLens?.refreshSupport) void this.context.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  private async progress(): Promise<WorkDoneProgressServerReporter | null> {
    if (!this.context.clientCapabilities.window?.workDoneProgress) return null;
    try {
      const reporter = await this.context.connection.window.createWorkDoneProgress();
      reporter.begin('Indexing cables', 0, undefined, false);
      return reporter;
    } catch {
      return null;
    }
  }

  /** The workspace folders' URIs (the indexer takes those it can reach). */
  private folders(): string[] {
    const params = this.context.initializeParams;
    const uris: unknown[] = params?.workspaceFolders?.map((f) => f?.uri) ?? [params?.rootUri];
    return uris.filter((uri): uri is string => typeof uri === 'string' && uri !== '');
  }

  private storage(): string | null {
    const folder = (this.context.initializeParams?.initializationOptions as { storageFolder?: unknown } | null | undefined)?.storageFolder;
    return typeof folder === 'string' && folder ? folder : null;
  }

  private async pullSettings(): Promise<WorkspaceSettings> {
    const raw = (await pull(this.context.connection, 'cable.workspace')) as Partial<Record<keyof WorkspaceSettings, unknown>> | null;
    return {
      index: typeof raw?.index === 'boolean' ? raw.index : DEFAULTS.index,
      exclude: globsOf(raw?.exclude),
      codeLens: typeof raw?.codeLens === 'boolean' ? raw.codeLens : DEFAULTS.codeLens,
    };
  }

  /** Globs of `files.associations` that map names to cable. */
  private async pullAssociations(): Promise<string[]> {
    const raw = await pull(this.context.connection, 'files.associations');
    return raw && typeof raw === 'object' ? Object.entries(raw).filter(([, language]) => language === 'cable').map(([glob]) => glob) : [];
  }
}

async function pull(connection: Connection, section: string): Promise<unknown> {
  try {
    return (await connection.workspace.getConfiguration({ section })) as unknown;
  } catch {
    return null;
  }
}

// A list of globs, or an object of globs set to true as `files.exclude` writes them.
function globsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  if (value && typeof value === 'object') return Object.entries(value).filter(([, on]) => on === true).map(([g]) => g);
  return DEFAULTS.exclude;
}
