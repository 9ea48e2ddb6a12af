// Outline, folding, smart selection, and the classification marks the client colours.

import type { FeatureRegistration } from './context';
import { documentPosition, guarded } from './requestGuard';
import { documentParams, selectionRangeParams } from './validate';

export const registerDocumentFeatures: FeatureRegistration = (context) => {
  const { connection, service } = context;
  connection.onDocumentSymbol(guarded(context, documentParams, (doc) => service.documentSymbols(doc)));
  connection.onFoldingRanges(guarded(context, documentParams, (doc) => service.foldingRanges(doc)));
  connection.onSelectionRanges(
    guarded(context, selectionRangeParams, (doc, params) => service.selectionRanges(doc, params.positions.map((p) => documentPosition(doc, p)))),
  );
  connection.onRequest('cable/classificationMarks', guarded(context, documentParams, (doc) => service.classificationMarks(doc)));
  return { documentSymbolProvider: { label: 'Cable' }, foldingRangeProvider: true, selectionRangeProvider: true };
};
