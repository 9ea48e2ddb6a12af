// Outline, folding, smart selection, and the classification marks the client colours.

import type { FeatureRegistration } from './context';
import { guarded } from './staleGuard';

export const registerDocumentFeatures: FeatureRegistration = ({ connection, documents, service }) => {
  connection.onDocumentSymbol(guarded(documents, (doc) => service.documentSymbols(doc)));
  connection.onFoldingRanges(guarded(documents, (doc) => service.foldingRanges(doc)));
  connection.onSelectionRanges(guarded(documents, (doc, params) => service.selectionRanges(doc, params.positions)));
  connection.onRequest('cable/classificationMarks', guarded(documents, (doc) => service.classificationMarks(doc)));
  return { documentSymbolProvider: { label: 'Cable' }, foldingRangeProvider: true, selectionRangeProvider: true };
};
