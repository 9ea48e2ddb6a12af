// The rendering in a real browser (Debian's headless Chromium): axe-core finds no serious or
// critical accessibility violation in the exported seed, nor in the view's stylesheet under light,
// dark and high-contrast editor themes; printed to PDF, every page carries the banner at its top and
// foot; the folder index sorts by a column and reads without script.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { parseCable } from '../../server/src/parser';
import { cableSummary, EDITOR_STYLE, renderCable, renderDocument, renderIndex } from '../../server/src/render';
import { openBrowserPage, type BrowserPage } from '../../scripts/vscode-shim/browser';
import { ensureTools } from '../../scripts/vscode-shim/tools';
import { readCorpusCable, repoRoot, seedCable } from '../helpers/paths';

const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const seed = parseCable(fs.readFileSync(seedCable, 'utf8'));

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** The view's page as the webview builds it, under a theme's variables as VS Code sets them. */
function viewPage(theme: Record<string, string>, bodyClass: string): string {
  const variables = Object.entries(theme).map(([name, value]) => `--vscode-${name}:${value}`).join(';');
  return `<!DOCTYPE html><html lang="en" style="${variables}"><head><meta charset="utf-8"><title>Preview</title><style>body{font-family:sans-serif}${EDITOR_STYLE}</style></head><body class="${bodyClass}"><main>${renderCable(seed).html}</main></body></html>`;
}

// The default themes' values of the variables the stylesheet reads (Light+, Dark+, High Contrast),
// and the cable.classification.* defaults of package.json.
const THEMES: Record<string, [Record<string, string>, string]> = {
  light: [{ 'editor-foreground': '#3b3b3b', 'editor-background': '#ffffff', descriptionForeground: '#3b3b3b', 'widget-border': '#e5e5e5', 'editorWidget-background': '#f8f8f8', 'textCodeBlock-background': '#f8f8f8', 'textLink-foreground': '#005fb8', 'cable-classification-unclassified': '#1A7F37', 'cable-classification-confidential': '#0B5CAD', 'cable-classification-secret': '#C62828', 'cable-classification-topSecret': '#B85A00' }, 'vscode-light'],
  dark: [{ 'editor-foreground': '#cccccc', 'editor-background': '#1f1f1f', descriptionForeground: '#9d9d9d', 'widget-border': '#313131', 'editorWidget-background': '#202020', 'textCodeBlock-background': '#2b2b2b', 'textLink-foreground': '#4daafc', 'cable-classification-unclassified': '#3FB950', 'cable-classification-confidential': '#4C9AFF', 'cable-classification-secret': '#F85149', 'cable-classification-topSecret': '#FF9F43' }, 'vscode-dark'],
  'high contrast': [{ 'editor-foreground': '#ffffff', 'editor-background': '#000000', descriptionForeground: '#ffffff', 'contrastBorder': '#6fc3df', 'editorWidget-background': '#0c141f', 'textCodeBlock-background': '#000000', 'textLink-foreground': '#21a6ff', 'cable-classification-unclassified': '#56F06C', 'cable-classification-confidential': '#79B8FF', 'cable-classification-secret': '#FF6B6B', 'cable-classification-topSecret': '#FFB86C' }, 'vscode-high-contrast'],
};

describe('render in Chromium', function () {
  this.timeout(120_000);
  let browser: BrowserPage;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-browser-'));

  before(async () => {
    browser = await openBrowserPage(ensureTools(), { width: 1000, height: 900 });
  });
  after(async () => {
    await browser?.browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('has no serious or critical axe-core violation in the exported seed', async () => {
    await browser.page.setContent(renderDocument(seed));
    assert.equal(await browser.page.title(), 'MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP');
    assert.deepEqual(await seriousViolations(browser.page), []);
  });

  for (const [name, [theme, bodyClass]] of Object.entries(THEMES)) {
    it(`has no serious or critical axe-core violation in the view under a ${name} theme`, async () => {
      await browser.page.setContent(viewPage(theme, bodyClass));
      const banner = await browser.page.locator('.banner-top').evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(e).backgroundColor);
      assert.notEqual(banner, 'rgba(0, 0, 0, 0)', 'the banner takes its level colour from the theme');
      assert.deepEqual(await seriousViolations(browser.page), []);
    });
  }

  it('prints with the banner at the top and the foot of every page', async () => {
    const pdf = path.join(tmp, 'lagos.pdf');
    await browser.page.setContent(renderDocument(parseCable(readCorpusCable('04LAGOS1204'))));
    await browser.page.pdf({ path: pdf, format: 'A4' });
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    assert.ok(pages.length >= 3, `only ${pages.length} pages`);
    for (const [k, page] of pages.entries()) {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      assert.equal(lines[0], 'SECRET', `page ${k + 1} does not begin with the banner: ${lines[0]}`);
      assert.equal(lines[lines.length - 1], 'SECRET', `page ${k + 1} does not end with the banner: ${lines[lines.length - 1]}`);
    }
    assert.ok(pages.some((page) => page.includes('NIGER DELTA: GUNS AND THUGS RULE THE LAND')));
  });

  it('sorts the folder index by a column, and shows every row without script', async () => {
    // 03HALIFAX27 has no date, hence no id: its row is named by its file.
    const entries = ['09TRIPOLI475', '03HALIFAX27', '06KABUL3934'].map((id) => ({ href: `${id}.html`, source: `${id}.txt`, summary: cableSummary(parseCable(readCorpusCable(id))) }));
    const index = renderIndex(entries);
    const ids = () => browser.page.locator('tbody tr td:first-child').allInnerTexts();
    const noScript = await browser.browser.newPage({ javaScriptEnabled: false });
    await noScript.setContent(index);
    assert.deepEqual(await noScript.locator('tbody tr td:first-child').allInnerTexts(), ['09TRIPOLI475', '03HALIFAX27.txt', '06KABUL3934']);
    await noScript.close();
    await browser.page.setContent(index);
    await browser.page.getByRole('button', { name: 'Id' }).click();
    assert.deepEqual(await ids(), ['03HALIFAX27.txt', '06KABUL3934', '09TRIPOLI475']);
    assert.equal(await browser.page.locator('th', { hasText: 'Id' }).getAttribute('aria-sort'), 'ascending');
    await browser.page.getByRole('button', { name: 'Date' }).click();
    await browser.page.getByRole('button', { name: 'Date' }).click();
    // Newest first; a cable without a date (no header, no dateline) last.
    assert.deepEqual(await ids(), ['09TRIPOLI475', '06KABUL3934', '03HALIFAX27.txt']);
    assert.deepEqual(await seriousViolations(browser.page), []);
  });
});
