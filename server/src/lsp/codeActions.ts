// Code actions for lint diagnostics: each fix of a diagnostic as a quick fix (the preferred one
// marked), "Disable rule CODE in .cablelint.json", the `source.fixAll.cable` action for fixing on
// save, and the `cable.fixAll` command.

import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type ExecuteCommandParams,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sameRange } from '../model/range';
import { CONFIG_FILE_NAME } from '../rules/config/file';
import { preferredFix, type LintDiagnostic } from '../rules/engine';
import { positionFinder } from '../rules/engineText';
import type { TextEdit } from '../rules/types';
import type { ServerContext } from './context';
import type { LintConfiguration } from './configuration';
import type { DiagnosticsPublisher } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cable`;
export const FIX_ALL_COMMAND = 'cable.fixAll';

/** Whether the client asked for actions of `kind` (`only` lists kinds or their parents). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function documentEdit(document: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  const change: TextDocumentEdit = { textDocument: { uri: document.uri, version: document.version }, edits: [...edits] };
  return { documentChanges: [change] };
}

export class CodeActions {
  constructor(
    private readonly context: ServerContext,
    private readonly configuration: LintConfiguration,
    private readonly diagnostics: DiagnosticsPublisher,
  ) {}

  async provide(document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
    const result = await this.diagnostics.resultFor(document);
    if (!result) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    if (wanted(CodeActionKind.QuickFix, only)) {
      const disabled = new Set<string>();
      for (const sent of params.context.diagnostics) {
        if (sent.source !== 'cable') continue;
        const found = result.diagnostics.find((d) => d.code === sent.code && sameRange(d.range, sent.range) && d.message === sent.message);
        if (!found) continue;
        actions.push(...this.quickFixes(document, found, sent));
        if (!disabled.has(found.code)) {
          disabled.add(found.code);
          const disable = await this.disableAction(document.uri, found.code, sent);
          if (disable) actions.push(disable);
        }
      }
    }
    if (wanted(FIX_ALL_KIND, only) && result.diagnostics.some((d) => d.fixes.length > 0)) {
      const fixes = await this.fixAllEdit(document);
      if (fixes) actions.push({ title: 'Fix all auto-fixable cable problems', kind: FIX_ALL_KIND, edit: fixes });
    }
    return actions;
  }

  private quickFixes(document: TextDocument, found: LintDiagnostic, sent: Diagnostic): CodeAction[] {
    const preferred = preferredFix(found);
    return found.fixes.map((fix) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [sent],
      isPreferred: fix === preferred,
      edit: documentEdit(document, fix.edits),
    }));
  }

  private async disableAction(uri: string, code: string, sent: Diagnostic): Promise<CodeAction | null> {
    const target = await this.configuration.targetFileFor(uri);
    if (!target || target.file?.unusable) return null;
    const fileUri = pathToFileURL(target.path).href;
    const title = `Disable rule ${code} in ${CONFIG_FILE_NAME}`;
    if (!target.file) {
      const text = `${JSON.stringify({ [code]: 'off' }, null, 2)}\n`;
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [sent],
        edit: {
          documentChanges: [
            { kind: 'create', uri: fileUri, options: { ignoreIfExists: true } },
            { textDocument: { uri: fileUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
          ],
        },
      };
    }
    // The file is an object: rewrite it with the rule turned off, keeping its other keys. Its text
    // is the one read and checked (small, shallow, not a link out of the workspace).
    const current = target.file.text;
    if (current === undefined) return null;
    const value = JSON.parse(current.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const text = `${JSON.stringify({ ...value, [code]: 'off' }, null, 2)}\n`;
    const end = positionFinder(current)(current.length);
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [sent],
      edit: { documentChanges: [{ textDocument: { uri: fileUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: text }] }] },
    };
  }

  /** The "Fix all" edit of a document, or null when there is nothing to fix or linting is off. */
  async fixAllEdit(document: TextDocument): Promise<WorkspaceEdit | null> {
    const config = await this.configuration.forDocument(document.uri);
    if (!config.settings.enable) return null;
    const { edits, failures } = this.context.service.fixAll(document, { levels: config.levels });
    this.diagnostics.reportFailures(failures);
    return edits.length ? documentEdit(document, edits) : null;
  }

  /** `cable.fixAll [uri]`: one document, or every open cable when no argument names one. */
  async executeFixAll(params: ExecuteCommandParams): Promise<void> {
    const [argument] = params.arguments ?? [];
    const uri = typeof argument === 'string' ? argument : (argument as { uri?: unknown } | undefined)?.uri;
    const documents = typeof uri === 'string' ? [this.context.documents.get(uri)].filter((d) => d !== undefined) : this.context.documents.all();
    const changes: WorkspaceEdit['documentChanges'] = [];
    for (const document of documents) {
      const edit = await this.fixAllEdit(document);
      changes.push(...(edit?.documentChanges ?? []));
    }
    if (changes.length) await this.context.connection.workspace.applyEdit({ label: 'Cable: Fix all auto-fixable problems', edit: { documentChanges: changes } });
  }
}
