// `cable/documentInfo` (params `{ textDocument: { uri } }`): classification, reference id and
// banner range of a cable, for the client's status bar.

import { RequestType, type TextDocumentIdentifier } from 'vscode-languageserver/node';
import { DOCUMENT_INFO_METHOD, type DocumentInfo } from '../features/documentInfo';
import type { FeatureRegistration } from './context';
import { guarded } from './requestGuard';
import { documentParams } from './validate';

const documentInfoRequest = new RequestType<{ textDocument: TextDocumentIdentifier }, DocumentInfo | null, void>(DOCUMENT_INFO_METHOD);

export const registerDocumentInfo: FeatureRegistration = (context) => {
  context.connection.onRequest(documentInfoRequest, guarded(context, documentParams, (doc) => context.service.documentInfo(doc)));
  return {};
};
