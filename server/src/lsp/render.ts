// `cable/render` (params `{ textDocument: { uri }, form?: 'fragment' | 'document' }`): the Cable
// View's HTML of a document, rendered by the core (server/src/render). The fragment comes with the
// editor's stylesheet and the blocks' source lines; the document form is the exported file. In the
// view, a REF item links to the cited cable: an open one first, else a file of the workspace index.

import { RequestType, type TextDocumentIdentifier } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EDITOR_STYLE, pageOf, RENDER_METHOD, type Level, type ReferenceResolver, type RenderedBlock } from '../index';
import type { FeatureRegistration, ServerContext } from './context';
import { guarded } from './requestGuard';
import { documentParams, type Check } from './validate';

export type RenderForm = 'fragment' | 'document';

export interface RenderParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly form?: RenderForm;
}

export interface RenderResult {
  readonly html: string;
  /** The editor's stylesheet, with the fragment only. */
  readonly style?: string;
  readonly blocks: readonly RenderedBlock[];
  readonly title: string | null;
  readonly level: Level | null;
}

const renderRequest = new RequestType<RenderParams, RenderResult | null, void>(RENDER_METHOD);

const renderParams: Check = (value, name) => {
  const problem = documentParams(value, name);
  const form = (value as { form?: unknown }).form;
  return problem ?? (form === undefined || form === 'fragment' || form === 'document' ? null : `form must be 'fragment' or 'document'`);
};

/** REF items naming a cable the server has open (by its reference id), else a cable of the workspace index, to its uri. */
function citedCables({ documents, service, workspaceIndex }: Pick<ServerContext, 'documents' | 'service' | 'workspaceIndex'>, self: TextDocument): ReferenceResolver {
  let byId: Map<string, string> | undefined;
  return (item) => {
    if (item.cableId === null) return null;
    if (byId === undefined) {
      byId = new Map();
      for (const document of documents.all()) {
        const id = document.uri === self.uri ? null : service.metadata(document).referenceId;
        if (id !== null && !byId.has(id)) byId.set(id, document.uri);
      }
    }
    return byId.get(item.cableId) ?? workspaceIndex?.index.filesOf(item.cableId).find((entry) => entry.uri !== self.uri)?.uri ?? null;
  };
}

export const registerRender: FeatureRegistration = (context) => {
  context.connection.onRequest(
    renderRequest,
    guarded(context, renderParams, (document, params) => {
      const { service } = context;
      if (params.form === 'document') {
        const rendered = service.render(document);
        return { html: pageOf(rendered), blocks: rendered.blocks, title: rendered.title, level: rendered.level };
      }
      const rendered = service.render(document, { resolveReference: citedCables(context, document) });
      return { ...rendered, style: EDITOR_STYLE };
    }),
  );
  return {};
};


