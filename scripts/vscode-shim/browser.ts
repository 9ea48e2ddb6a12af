// Debian's Chromium, headless, driven by playwright-core (which never downloads a browser of its own).
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Tools } from './tools';

export interface BrowserPage {
  readonly browser: Browser;
  readonly page: Page;
  /** Rejects when the page crashes or the browser goes away. */
  readonly lost: Promise<never>;
}

export async function openBrowserPage(tools: Tools, viewport = { width: 1280, height: 800 }): Promise<BrowserPage> {
  // launch() gives the browser a fresh profile folder of its own and removes it on close.
  const browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport });
  const lost = new Promise<never>((_, reject) => {
    page.on('crash', () => reject(new Error('the workbench page crashed in Chromium')));
    browser.on('disconnected', () => reject(new Error('Chromium went away')));
  });
  lost.catch(() => undefined);
  return { browser, page, lost };
}
