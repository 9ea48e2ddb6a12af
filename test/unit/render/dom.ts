// Reading the renderer's HTML back as a browser would: parse5 (the HTML standard's parser) with every
// parse error reported, the text a reader sees, and elements found by class or tag.
import assert from 'node:assert/strict';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

function check(html: string, parseIt: (onParseError: (error: { code: string; startOffset: number }) => void) => Node): Node {
  const errors: string[] = [];
  const root = parseIt((error) => errors.push(`${error.code} at ${error.startOffset}: ${JSON.stringify(html.slice(Math.max(0, error.startOffset - 40), error.startOffset + 40))}`));
  assert.deepEqual(errors, [], 'the HTML has parse errors');
  return root;
}

/** A whole page, parsed strictly (any parse error fails). */
export function parsePage(html: string): Node {
  return check(html, (onParseError) => parse(html, { onParseError }) as Node);
}

/** A fragment (the view's `<article>`), parsed strictly. */
export function parseHtml(html: string): Node {
  return check(html, (onParseError) => parseFragment(html, { onParseError }) as Node);
}

function children(node: Node): Node[] {
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function classes(element: Element): string[] {
  return (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean);
}

/** Every element below `node`, in document order. */
export function all(node: Node, predicate: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const walk = (n: Node): void => {
    if (isElement(n) && predicate(n)) found.push(n);
    children(n).forEach(walk);
    if (isElement(n) && n.tagName === 'template') walk((n as unknown as { content: Node }).content);
  };
  walk(node);
  return found;
}

export function byClass(node: Node, name: string): Element[] {
  return all(node, (e) => classes(e).includes(name));
}

const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'h1', 'h2', 'h3', 'pre', 'br', 'table', 'tr', 'td', 'th', 'main']);

/** The text a reader sees (no stylesheet or script), white space folded. */
export function text(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    if (isElement(n) && (n.tagName === 'style' || n.tagName === 'script')) return;
    // Block boundaries are word boundaries.
    const block = isElement(n) && BLOCKS.has(n.tagName);
    if (block) parts.push(' ');
    children(n).forEach(walk);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text of the one element with this class whose text matches `pattern`, failing otherwise. */
export function one(node: Node, className: string, pattern: RegExp): string {
  const matching = byClass(node, className).map(text).filter((t) => pattern.test(t));
  assert.equal(matching.length, 1, `expected one .${className} matching ${pattern}, found ${matching.length}`);
  return matching[0];
}
