// Code actions on lint diagnostics: each fix of a diagnostic as a quick fix (the preferred one
// marked), "Disable rule CODE in .cablelint.json" (creating the file, or rewriting the one in force),
// and "Fix all". The edits have the shape of LSP's WorkspaceEdit.documentChanges, so that an LSP
// adapter passes them through and another host reads them as they are.

import type { Range } from '../model/range';
import { sameRange } from '../model/range';
import { CONFIG_FILE_NAME, type ConfigFile } from '../rules/config/file';
import { preferredFix, type LintDiagnostic, type LintResult } from '../rules/engine';
import { positionFinder } from '../rules/engineText';
import type { TextEdit } from '../rules/types';

export const QUICK_FIX_KIND = 'quickfix';
export const FIX_ALL_KIND = 'source.fixAll.cable';

export interface TextDocumentChange {
  readonly textDocument: { readonly uri: string; readonly version: number | null };
  readonly edits: TextEdit[];
}

export interface CreateFileChange {
  readonly kind: 'create';
  readonly uri: string;
  readonly options: { readonly ignoreIfExists: boolean };
}

export interface WorkspaceChanges {
  readonly documentChanges: Array<TextDocumentChange | CreateFileChange>;
}

/** A diagnostic the client sent back with its request for actions. */
export interface DiagnosticRef {
  readonly code?: unknown;
  readonly range: Range;
  readonly message: unknown;
}

export interface CableCodeAction {
  readonly title: string;
  readonly kind: typeof QUICK_FIX_KIND | typeof FIX_ALL_KIND;
  /** The index, among the diagnostics asked about, of the one this action fixes. */
  readonly diagnostic?: number;
  readonly isPreferred?: boolean;
  readonly edit: WorkspaceChanges;
}

export interface CodeActionRequest {
  readonly diagnostics: readonly DiagnosticRef[];
  /** The kinds asked for (or their parents, `source`); all when absent. */
  readonly only?: readonly string[];
}

/** What the actions are made from, each found on demand. */
export interface CodeActionSources {
  readonly uri: string;
  readonly version: number;
  /** The document's lint result under its configuration, null when linting is off for it. */
  readonly result: LintResult;
  /** Where "disable" writes, null when there is nowhere (no file access, another scheme). */
  disableTarget(): Promise<{ uri: string; file: ConfigFile | null } | null>;
  /** "Fix all" as edits of the document, null when there is nothing to fix. */
  fixAll(): Promise<WorkspaceChanges | null>;
}

/** Whether the client asked for actions of `kind` (`only` lists kinds or their parents). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function documentChanges(uri: string, version: number | null, edits: readonly TextEdit[]): WorkspaceChanges {
  return { documentChanges: [{ textDocument: { uri, version }, edits: [...edits] }] };
}

export async function codeActions(request: CodeActionRequest, sources: CodeActionSources): Promise<CableCodeAction[]> {
  const actions: CableCodeAction[] = [];
  if (wanted(QUICK_FIX_KIND, request.only)) {
    const disabled = new Set<string>();
    for (const [index, sent] of request.diagnostics.entries()) {
      const found = sources.result.diagnostics.find((d) => d.code === sent.code && sameRange(d.range, sent.range) && d.message === sent.message);
      if (!found) continue;
      actions.push(...quickFixes(sources, found, index));
      if (disabled.has(found.code)) continue;
      disabled.add(found.code);
      const disable = disableAction(found.code, index, await sources.disableTarget());
      if (disable) actions.push(disable);
    }
  }
  if (wanted(FIX_ALL_KIND, request.only) && sources.result.diagnostics.some((d) => d.fixes.length > 0)) {
    const edit = await sources.fixAll();
    if (edit) actions.push({ title: 'Fix all auto-fixable cable problems', kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

function quickFixes(sources: CodeActionSources, found: LintDiagnostic, diagnostic: number): CableCodeAction[] {
  const preferred = preferredFix(found);
  return found.fixes.map((fix) => ({
    title: fix.title,
    kind: QUICK_FIX_KIND,
    diagnostic,
    isPreferred: fix === preferred,
    edit: documentChanges(sources.uri, sources.version, fix.edits),
  }));
}

const START = { line: 0, character: 0 };

function disableAction(code: string, diagnostic: number, target: { uri: string; file: ConfigFile | null } | null): CableCodeAction | null {
  if (!target || target.file?.unusable) return null;
  const title = `Disable rule ${code} in ${CONFIG_FILE_NAME}`;
  if (!target.file) {
    const text = `${JSON.stringify({ [code]: 'off' }, null, 2)}\n`;
    return {
      title,
      kind: QUICK_FIX_KIND,
      diagnostic,
      edit: {
        documentChanges: [
          { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
          { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: START, end: START }, newText: text }] },
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
  const whole = { start: START, end: positionFinder(current)(current.length) };
  return { title, kind: QUICK_FIX_KIND, diagnostic, edit: documentChanges(target.uri, null, [{ range: whole, newText: text }]) };
}
