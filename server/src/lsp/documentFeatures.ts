// Outline, folding and smart selection.

import type { FeatureRegistration } from './context';
import { guarded } from './staleGuard';

export const registerDocumentFeatures: FeatureRegistration = ({ connection, documents, service }) => {
  connection.onDocumentSymbol(guarded(documents, (doc) => service.documentSymbols(doc)));
  connection.onFoldingRanges(guarded(documents, (doc) => service.foldingRanges(doc)));
  connection.onSelectionRanges(guarded(documents, (doc, params) => service.selectionRanges(doc, params.positions)));
  return { documentSymbolProvider: { label: 'Cable' }, foldingRangeProvider: true, selectionRangeProvider: true };
};
