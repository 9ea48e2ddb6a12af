// Navigation across the workspace's cables: definition, references, workspace symbols, document
// links, the "cited by" lens and hover on REF ids, over the index that lsp/workspaceIndex.ts keeps.
// A debug request, `cable/workspaceIndex`, says what the index holds and what the last build did.

import { ErrorCodes, ResponseError, type CodeLens } from 'vscode-languageserver';
import { citedByLens, count, definition, documentLinks, references, refHover, workspaceSymbols } from '../index';
import type { FeatureRegistration, ServerContext } from './context';
import { documentPosition, guarded } from './requestGuard';
import { documentParams, positionParams } from './validate';
import { registerWorkspaceCables } from './workspaceCables';
import { ServerWorkspace } from './workspaceIndex';

/** Workspace symbols answered at most. */
export const SYMBOL_LIMIT = 200;
/** The client command a "cited by" lens runs: Find References' view with the given locations. */
export const SHOW_REFERENCES_COMMAND = 'cable.showReferences';
const symbolParams = (value: unknown, name: string) => (typeof (value as { query?: unknown } | null)?.query === 'string' ? null : `${name ? `${name}.` : ''}query must be a string`);

export const registerWorkspace: FeatureRegistration = (context) => {
  const { connection, documents } = context;
  const workspace = new ServerWorkspace(context);
  const read = readCable(context);

  connection.onInitialized(() => void workspace.configure());
  connection.onDidChangeConfiguration(() => void workspace.configure());
  connection.onDidChangeWatchedFiles((params) => {
    const changes: unknown = (params as Partial<typeof params> | null)?.changes;
    if (!Array.isArray(changes)) return;
    void workspace.filesChanged(changes.flatMap((c: { uri?: unknown } | null) => (typeof c?.uri === 'string' ? [c.uri] : [])));
  });
  documents.onDidChangeContent((e) => workspace.edited(e.document.uri));
  documents.onDidClose((e) => workspace.closed(e.document.uri));
  // Of a cited cable that is not indexed, only a cable of the workspace's folders says "not in this
  // workspace"; elsewhere the service's own hover decodes the id.
  context.workspaceHover = (document, position) => {
    const view = workspace.view(document);
    const ref = view.refAt(position);
    if (!ref || (!workspace.index.resolve(ref).length && !workspace.inFolders(document.uri))) return null;
    return refHover(view, position, workspace.index);
  };
  context.lintWorkspace = (document, open) => workspace.lintContext(document, open);
  context.workspaceIndex = workspace;

  connection.onDefinition(guarded(context, positionParams, (doc, params) => definition(workspace.view(doc), documentPosition(doc, params.position), workspace.index, read)));
  connection.onReferences(
    guarded(context, positionParams, (doc, params) =>
      references(workspace.view(doc), documentPosition(doc, params.position), workspace.index, params.context?.includeDeclaration === true),
    ),
  );
  connection.onDocumentLinks(guarded(context, documentParams, (doc) => documentLinks(workspace.view(doc), workspace.index)));
  connection.onCodeLens(
    guarded(context, documentParams, (doc): CodeLens[] => {
      if (!workspace.settings.codeLens) return [];
      const lens = citedByLens(workspace.view(doc), workspace.index);
      if (!lens) return [];
      const title = `cited by ${count(lens.count)} ${lens.count === 1 ? 'cable' : 'cables'}`;
      return [{ range: lens.range, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [doc.uri, lens.range.start, lens.locations] } }];
    }),
  );
  connection.onWorkspaceSymbol((params) => {
    const problem = symbolParams(params, '');
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    return workspaceSymbols(workspace.index, params.query, SYMBOL_LIMIT);
  });
  connection.onRequest('cable/workspaceIndex', () => workspace.stats);
  registerWorkspaceCables(context, workspace);

  return {
    definitionProvider: true,
    referencesProvider: true,
    workspaceSymbolProvider: true,
    documentLinkProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
  };
};

/** A cited cable longer than this is not read for its paragraphs. */
const CITED_CABLE_BYTES = 16 * 1024 * 1024;

/** A cable's text: the open document's, else the file's (where the host has files). */
function readCable(context: ServerContext): (uri: string) => Promise<string | null> {
  return async (uri) => {
    const open = context.documents.all().find((d) => d.uri === uri);
    if (open) return open.getText();
    try {
      const read = await context.files?.readFile(uri, CITED_CABLE_BYTES);
      return read && 'text' in read ? read.text : null;
    } catch {
      return null;
    }
  };
}
