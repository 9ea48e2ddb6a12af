// Result shapes of the editor features. They mirror LSP's (same field names and numeric kinds) so
// that the protocol adapter hands them over unchanged, without the language service importing LSP.

import type { Range } from '../model/range';

/** LSP SymbolKind values used by the outline. */
export const SymbolKind = {
  Module: 2,
  Namespace: 3,
  Package: 4,
  Field: 8,
  Constant: 14,
  String: 15,
  Number: 16,
  Array: 18,
  Key: 20,
  Null: 21,
  EnumMember: 22,
  Event: 24,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export type FoldingRangeKind = 'comment' | 'imports' | 'region';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: FoldingRangeKind;
}

export interface SelectionRange {
  range: Range;
  parent?: SelectionRange;
}
