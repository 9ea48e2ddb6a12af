// The Cable View's renderer: the cable model as self-contained, semantic HTML with no VS Code, LSP
// or Node import, shared by the editor's view (through the server's `cable/render`) and the
// command line's export. `renderDocument` wraps the fragment in a page of its own for a file.

import type { Cable } from '../model/cable';
import { esc } from './html';
import { renderCable, type RenderOptions, type RenderedCable } from './render';
import { EXPORT_STYLE, printBanner } from './style';

export { renderCable, type RenderedBlock, type RenderedCable, type RenderOptions } from './render';
export type { ReferenceResolver } from './readings';
export { EDITOR_STYLE, EXPORT_STYLE } from './style';
export { cableSummary, renderIndex, type CableSummary, type IndexEntry } from './indexPage';

/** The custom request's method: params `{ textDocument: { uri }, form?: 'fragment' | 'document' }`. */
export const RENDER_METHOD = 'cable/render';

/** A complete HTML file: the rendering with its light and print stylesheet inline, no script. */
export function renderDocument(cable: Cable, options: RenderOptions = {}): string {
  return pageOf(renderCable(cable, options));
}

export function pageOf(rendered: RenderedCable): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${esc(rendered.title ?? 'Cable')}</title>\n<style>${EXPORT_STYLE}${printBanner(rendered.level, rendered.bannerText)}</style>\n</head>\n` +
    `<body>\n${rendered.html}\n</body>\n</html>\n`
  );
}
