// The Cable View's script, run in the webview: it swaps in each new rendering, keeps the view's
// scroll position in step with the editor (by the blocks' `data-line` and `data-line-end`, as
// Markdown's preview does), and reports a double-click and a link back to the extension.
import type { FromView, ToView } from '../protocol';

declare function acquireVsCodeApi(): { postMessage(message: FromView): void };

const vscode = acquireVsCodeApi();
const content = document.getElementById('cable-preview') as HTMLElement;
let blocks: HTMLElement[] | null = null;
/**
 * The scroll the extension last asked for: a scroll event landing there soon after is its echo, not
 * the user's. The position matters as much as the time: the user's wheel a moment after the sync
 * lands elsewhere and must reach the editor.
 */
let synced = { y: -1, until: 0 };

function allBlocks(): HTMLElement[] {
  blocks ??= Array.from(content.querySelectorAll<HTMLElement>('[data-line]'));
  return blocks;
}

const top = (element: HTMLElement): number => element.getBoundingClientRect().top + window.scrollY;
const startLine = (element: HTMLElement): number => Number(element.dataset.line);
const endLine = (element: HTMLElement): number => Number(element.dataset.lineEnd ?? element.dataset.line);

/** The last block (in document order) for which `before` holds; blocks are in line order. */
function lastBlock(before: (element: HTMLElement) => boolean): HTMLElement | null {
  const list = allBlocks();
  let lo = 0;
  let hi = list.length - 1;
  let found: HTMLElement | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) {
      found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function scrollToLine(line: number): void {
  const block = lastBlock((element) => startLine(element) <= line);
  let y = 0;
  // Above the first block (blank lines, the top of the file) is the top of the view.
  if (block !== null) {
    const start = startLine(block);
    const fraction = line <= endLine(block) ? (line - start) / (endLine(block) - start + 1) : 1;
    y = Math.max(0, top(block) + fraction * block.getBoundingClientRect().height);
  }
  if (Math.abs(window.scrollY - y) < 1) return;
  synced = { y, until: performance.now() + 150 };
  window.scrollTo(0, y);
}

/** The source line at the top of the view. */
function lineAtTop(): number | null {
  const y = window.scrollY;
  const block = lastBlock((element) => top(element) <= y + 1);
  if (block === null) return allBlocks().length > 0 ? startLine(allBlocks()[0]) : null;
  const height = block.getBoundingClientRect().height;
  const fraction = height > 0 ? Math.min(1, (y - top(block)) / height) : 0;
  return Math.floor(startLine(block) + fraction * (endLine(block) - startLine(block) + 1));
}

/**
 * Swaps in a new rendering. A keystroke changes one block or two: only the top-level blocks that
 * differ are replaced, so that the browser lays out those again rather than the whole cable.
 */
function update(html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const next = template.content.firstElementChild;
  const current = content.firstElementChild;
  if (next === null || current === null || current.tagName !== next.tagName || current.children.length !== next.children.length) {
    content.replaceChildren(template.content);
    return;
  }
  if (current.className !== next.className) current.className = next.className;
  const old = Array.from(current.children);
  Array.from(next.children).forEach((child, k) => {
    if (!old[k].isEqualNode(child)) old[k].replaceWith(child);
  });
}

let scrollFrame = 0;
window.addEventListener('scroll', () => {
  if (performance.now() < synced.until && Math.abs(window.scrollY - synced.y) < 1) return;
  cancelAnimationFrame(scrollFrame);
  scrollFrame = requestAnimationFrame(() => {
    const line = lineAtTop();
    if (line !== null) vscode.postMessage({ type: 'revealLine', line });
  });
});

window.addEventListener('message', (event: MessageEvent<ToView>) => {
  const message = event.data;
  if (message.type === 'update') {
    update(message.html);
    blocks = null;
    vscode.postMessage({ type: 'updated', version: message.version });
  } else if (message.type === 'scrollToLine') {
    scrollToLine(message.line);
  }
});

document.addEventListener('dblclick', (event) => {
  const block = (event.target as Element | null)?.closest<HTMLElement>('[data-line]');
  if (block) vscode.postMessage({ type: 'openLine', line: startLine(block) });
});

// Links open through the extension (a REF item opens the cited cable's view), never in the webview.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href]');
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'openLink', href: link.getAttribute('href') ?? '' });
});

const initial = Number(document.body.dataset.initialLine);
if (Number.isFinite(initial) && initial > 0) scrollToLine(initial);
vscode.postMessage({ type: 'updated', version: Number(document.body.dataset.version) });
