// What the Cable View's extension side and its webview say to each other, and what the server's
// `cable/render` answers (server/src/lsp/render.ts). No VS Code import: the webview script uses it too.

/** The webview panel's type, for `activeWebviewPanelId` and restoring. */
export const PREVIEW_VIEW_TYPE = 'cable.preview';
export const RENDER_METHOD = 'cable/render';
/** A typing pause shorter than this does not render again (see bench/preview.bench.ts for the budget). */
export const UPDATE_DELAY_MS = 50;

export interface RenderedBlock {
  readonly line: number;
  readonly endLine: number;
  readonly id: string;
}

export interface RenderResult {
  readonly html: string;
  readonly style?: string;
  readonly blocks: readonly RenderedBlock[];
  readonly title: string | null;
  readonly level: string | null;
}

/** To the webview. */
export type ToView =
  | { readonly type: 'update'; readonly html: string; readonly version: number }
  | { readonly type: 'scrollToLine'; readonly line: number };

/** From the webview. */
export type FromView =
  | { readonly type: 'updated'; readonly version: number }
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'openLine'; readonly line: number }
  | { readonly type: 'openLink'; readonly href: string };
