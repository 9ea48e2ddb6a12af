// Renders images/icon.svg (the source, drawn by hand) to images/icon.png, the 256×256 icon the
// manifest names, in headless Chromium. `npm run icon` after editing the SVG; commit both.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openBrowserPage } from './vscode-shim/browser';
import { findTools } from './vscode-shim/tools';

const root = path.resolve(__dirname, '..', '..');
const SIZE = 256;

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(root, 'images', 'icon.svg'), 'utf8');
  const { browser, page } = await openBrowserPage(findTools(), { width: SIZE, height: SIZE });
  try {
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    // Transparent outside the rounded square.
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    fs.writeFileSync(path.join(root, 'images', 'icon.png'), png);
    process.stdout.write(`icon: wrote images/icon.png (${png.length} bytes)\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`icon: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
