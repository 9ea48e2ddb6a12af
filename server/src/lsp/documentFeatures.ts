// Outline, folding, smart selection, and the classification marks the client colours. The outline
// and folding are capped (features/limits.ts), and the user told so once per document.

import { CLASSIFICATION_MARKS_METHOD, FOLDING_RANGES, OUTLINE_ITEMS, SymbolKind } from '../index';
import type { FeatureRegistration } from './context';
import { documentPosition, guarded } from './requestGuard';
import { documentParams, selectionRangeParams } from './validate';

export const registerDocumentFeatures: FeatureRegistration = (context) => {
  const { connection, service, limits } = context;
  connection.onDocumentSymbol(
    guarded(context, documentParams, (doc) => {
      const symbols = service.documentSymbols(doc, OUTLINE_ITEMS);
      if (symbols.length && symbols[symbols.length - 1].kind === SymbolKind.Null) limits.reached(doc.uri);
      return symbols;
    }),
  );
  connection.onFoldingRanges(
    guarded(context, documentParams, (doc) => {
      const limit = Math.min(FOLDING_RANGES, context.clientCapabilities.textDocument?.foldingRange?.rangeLimit ?? FOLDING_RANGES);
      // One more than the limit tells whether it was reached.
      const ranges = service.foldingRanges(doc, limit + 1);
      if (ranges.length <= limit) return ranges;
      limits.reached(doc.uri);
      return ranges.slice(0, limit);
    }),
  );
  connection.onSelectionRanges(
    guarded(context, selectionRangeParams, (doc, params) => service.selectionRanges(doc, params.positions.map((p) => documentPosition(doc, p)))),
  );
  connection.onRequest(CLASSIFICATION_MARKS_METHOD, guarded(context, documentParams, (doc) => service.classificationMarks(doc)));
  return { documentSymbolProvider: { label: 'Cable' }, foldingRangeProvider: true, selectionRangeProvider: true };
};
