// Result shapes of completion. They mirror LSP's (same field names and numeric values) so that the
// protocol adapter passes them through unchanged, without the language service importing LSP.

import type { Range } from '../../model/range';

/** LSP CompletionItemKind values used here. */
export const CompletionItemKind = {
  Value: 12,
  Keyword: 14,
  Snippet: 15,
  Reference: 18,
  EnumMember: 20,
  Constant: 21,
} as const;
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

/** LSP InsertTextFormat: plain text, or a snippet with `$1` placeholders. */
export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
export type InsertTextFormat = (typeof InsertTextFormat)[keyof typeof InsertTextFormat];

export interface CompletionItem {
  label: string;
  kind: CompletionItemKind;
  /** One line beside the label: the meaning, the station. */
  detail?: string;
  documentation?: { kind: 'markdown'; value: string };
  sortText?: string;
  filterText?: string;
  insertTextFormat?: InsertTextFormat;
  /** Replaces the half-typed word (on the cursor's line, up to the cursor). */
  textEdit: { range: Range; newText: string };
  /** What completionItem/resolve needs to add the documentation of an item of a long list. */
  data?: CompletionData;
}

/** Long lists (TAGS, routing indicators) leave their documentation to completionItem/resolve. */
export type CompletionData = { readonly tag: string; readonly year: number | null } | { readonly indicator: string };

export interface CompletionList {
  /** True when the list was cut short: the editor asks again as more is typed. */
  isIncomplete: boolean;
  items: CompletionItem[];
}

/** Keeps the items in the given order when the editor sorts by sortText. */
export function rank(index: number): string {
  return String(index).padStart(5, '0');
}
