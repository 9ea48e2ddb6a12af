// `cable/documentInfo` (server/src/protocol.ts): classification, reference id and banner range of a
// cable, for the client's status bar.

import { RequestType } from 'vscode-languageserver';
import { DOCUMENT_INFO_METHOD, type DocumentInfo, type DocumentParams } from '../index';
import type { FeatureRegistration } from './context';
import { guarded } from './requestGuard';
import { documentParams } from './validate';

const documentInfoRequest = new RequestType<DocumentParams, DocumentInfo | null, void>(DOCUMENT_INFO_METHOD);

export const registerDocumentInfo: FeatureRegistration = (context) => {
  context.connection.onRequest(documentInfoRequest, guarded(context, documentParams, (doc) => context.service.documentInfo(doc)));
  return {};
};
