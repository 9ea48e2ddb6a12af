// A loopback HTTP endpoint through which real-editor tests (run in the extension host, which cannot
// reach the page) act on a webview as a person would, by real input in Chromium: read its text,
// turn the mouse wheel over it, click or double-click an element. Its address reaches the tests in
// CABLE_WORKBENCH_DRIVER, which code-server passes on to the extension host.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';

export const DRIVER_ENV = 'CABLE_WORKBENCH_DRIVER';

export interface DriverRequest {
  /** The webview is found by the `data-document` of its body. */
  readonly document: string;
  readonly action: 'text' | 'view' | 'wheel' | 'click' | 'dblclick';
  readonly selector?: string;
  readonly deltaY?: number;
}

/** The frame of the webview whose body's `data-document` is `document` (any webview's, for null). */
export async function webviewFrame(page: Page, document: string | null): Promise<Frame | null> {
  for (const frame of page.frames()) {
    const shown = await frame.evaluate(() => (globalThis as unknown as { document: { body?: { dataset: Record<string, string> } } }).document.body?.dataset.document ?? null).catch(() => null);
    if (shown !== null && (document === null || shown === document)) return frame;
  }
  return null;
}

/** Where the view is scrolled, and the first block whose bottom is below the view's top. */
function viewState(): { scrollY: number; scrollHeight: number; height: number; topLine: number | null } {
  const w = globalThis as unknown as {
    scrollY: number;
    innerHeight: number;
    document: { documentElement: { scrollHeight: number }; querySelectorAll(s: string): ArrayLike<{ dataset: Record<string, string>; getBoundingClientRect(): { bottom: number } }> };
  };
  const blocks = Array.from(w.document.querySelectorAll('[data-line]'));
  const top = blocks.find((block) => block.getBoundingClientRect().bottom > 1);
  return { scrollY: w.scrollY, scrollHeight: w.document.documentElement.scrollHeight, height: w.innerHeight, topLine: top ? Number(top.dataset.line) : null };
}

async function act(page: Page, request: DriverRequest): Promise<unknown> {
  const frame = await webviewFrame(page, request.document);
  if (frame === null) throw new Error(`no webview shows ${request.document}`);
  const target = () => frame.locator(request.selector ?? 'body').first();
  switch (request.action) {
    case 'text':
      return target().innerText();
    case 'view':
      return frame.evaluate(viewState);
    case 'click':
      return target().click();
    case 'dblclick':
      return target().dblclick();
    case 'wheel': {
      const box = await (await frame.frameElement()).boundingBox();
      if (box === null) throw new Error('the webview is not on screen');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, request.deltaY ?? 0);
      return null;
    }
  }
}

/** Starts the endpoint; `page()` is the workbench's page once it is open. */
export async function startDriver(page: () => Page | undefined): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const current = page();
      const answer = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value ?? null));
      };
      if (current === undefined) return answer(503, { error: 'the workbench is not open yet' });
      Promise.resolve()
        .then(() => act(current, JSON.parse(body) as DriverRequest))
        .then(
          (value) => answer(200, { value }),
          (error: unknown) => answer(500, { error: error instanceof Error ? error.message : String(error) }),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
