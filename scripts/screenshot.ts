// Takes the README's pictures of the extension at work in the real workbench (code-server and
// Chromium, as in the real-editor tests), installed from this folder (build it first): a cable open,
// its Outline, and a hover when the server gives one, else the Problems panel; with --preview, the
// cable beside its Cable View in a light or a dark theme; with --explorer, the Cables view on the
// fixture workspace, grouped by post, one post open.
//   npm run screenshot -- [cable file] [--out images/screenshot.png] [--hover WORD]
//   npm run screenshot -- --preview light|dark [--line N] [--out images/preview-light.png]
//   npm run screenshot -- --explorer [--out images/explorer.png]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { webviewFrame } from './vscode-shim/driver';
import { ensureTools } from './vscode-shim/tools';
import { startWorkbench } from './vscode-shim/workbench';

const root = path.resolve(__dirname, '..', '..');
/** The editor, not the Chat input, which is a Monaco editor too. */
const EDITOR = '.part.editor .editor-instance .monaco-editor';
const STEP_TIMEOUT_MS = 30_000;

type Theme = 'light' | 'dark';

const THEMES: Record<Theme, string> = { light: 'Default Light Modern', dark: 'Default Dark Modern' };

interface Options {
  readonly cable: string;
  readonly out: string;
  readonly hover: string;
  readonly preview: Theme | null;
  /** With --preview: the line scrolled to the top of the editor, which the view follows. */
  readonly line: number;
  readonly explorer: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  let cable = path.join(root, 'test', 'fixtures', '07KARACHI861.cable');
  let out: string | null = null;
  let hover = 'CCCCC';
  let preview: Theme | null = null;
  let line = 1;
  let explorer = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--explorer') {
      explorer = true;
      cable = path.join(root, 'test', 'fixtures', 'workspace', '08MANAMA420.txt');
    } else if (argv[i] === '--out') out = path.resolve(argv[++i] ?? '');
    else if (argv[i] === '--hover') hover = argv[++i] ?? '';
    else if (argv[i] === '--line') line = Number(argv[++i]);
    else if (argv[i] === '--preview') {
      const theme = argv[++i];
      if (theme !== 'light' && theme !== 'dark') throw new Error('--preview needs light or dark');
      preview = theme;
    } else cable = path.resolve(argv[i]);
  }
  if (!fs.existsSync(cable)) throw new Error(`${cable} does not exist`);
  if (hover === '') throw new Error('--hover needs a word');
  out ??= path.join(root, 'images', explorer ? 'explorer.png' : preview === null ? 'screenshot.png' : `preview-${preview}.png`);
  if (!Number.isInteger(line) || line < 1) throw new Error('--line needs a line number');
  return { cable, out, hover, preview, line, explorer };
}

async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT_MS });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

async function widenSideBar(page: Page, by: number): Promise<void> {
  const bar = await page.locator('.part.sidebar').boundingBox();
  if (bar === null) throw new Error('the side bar is not shown');
  const y = bar.y + bar.height / 2;
  await page.mouse.move(bar.x + bar.width, y);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width + by, y, { steps: 5 });
  await page.mouse.up();
}

/** Points the mouse at the first occurrence of `word` in the cable; true when a hover appears. */
async function hoverWord(page: Page, word: string): Promise<boolean> {
  // Find selects the word and leaves the cursor at its end, which the page can locate.
  await page.locator(`${EDITOR} .view-lines`).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  await page.keyboard.type(word);
  await page.keyboard.press('Escape');
  const cursor = await page.locator(`${EDITOR} .cursors-layer .cursor`).first().boundingBox();
  if (cursor === null) throw new Error(`"${word}" is not on the editor's visible lines`);
  await page.mouse.move(cursor.x - 4, cursor.y + cursor.height / 2);
  return page
    .locator('.monaco-hover .hover-contents')
    .first()
    .waitFor({ timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
}

/** The Cable View beside the cable, the side bar closed, the editor scrolled to `line` and the view with it. */
async function showPreview(page: Page, line: number): Promise<void> {
  await runCommand(page, 'View: Close Primary Side Bar');
  await page.locator(`${EDITOR} .view-lines`).click();
  await runCommand(page, 'Cable: Open Preview to the Side');
  const end = Date.now() + STEP_TIMEOUT_MS;
  let frame = await webviewFrame(page, null);
  while (frame === null || (await frame.locator('.cable .para').count()) === 0) {
    if (Date.now() > end) throw new Error('the Cable View did not show the cable');
    await page.waitForTimeout(200);
    frame = await webviewFrame(page, null);
  }
  if (line > 1) {
    await page.locator(`${EDITOR} .view-lines`).click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${line}`);
    await page.keyboard.press('Enter');
    // Scrolling the editor by a page then back puts the line near the top; the view follows.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${line}`);
    await page.keyboard.press('Enter');
  }
  await page.waitForTimeout(1000);
}

/** The Cables view grouped by post, with the post of the open cable expanded, the folder's section folded. */
async function showExplorer(page: Page, post: string): Promise<void> {
  await runCommand(page, 'Explorer: Focus on Cables View');
  await page.locator('.pane-header', { hasText: 'archive' }).click();
  await widenSideBar(page, 260);
  // The command asks for the grouping in a second quick pick.
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Cable: Group Cables By');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Group Cables By' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget input[placeholder="Group the cables by"]').waitFor();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Post' }).first().click();
  const row = page.locator('.pane-body .monaco-list-row', { hasText: post }).first();
  await row.click();
  await page.locator('.pane-body .monaco-list-row', { hasText: '08MANAMA420' }).first().waitFor();
  await page.waitForTimeout(1000);
}

async function main(options: Options): Promise<void> {
  ensureTools();
  // The Explorer and the window title show the folder's name.
  const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-screenshot-')), options.explorer ? 'archive' : 'cables');
  fs.mkdirSync(workspace);
  const cable = path.join(workspace, path.basename(options.cable));
  // The Cables view lists the folder of the cable (the fixture workspace), its bad inputs left out.
  if (options.explorer) fs.cpSync(path.dirname(options.cable), workspace, { recursive: true, filter: (f) => !f.includes('bad-input') });
  else fs.copyFileSync(options.cable, cable);
  const workbench = await startWorkbench({
    startTimeoutMs: 60_000,
    extensions: [root],
    viewport: { width: 1440, height: 900 },
    settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, ...(options.preview ? { 'workbench.colorTheme': THEMES[options.preview] } : {}) },
  });
  try {
    const { page } = workbench;
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(workbench.url({ folder: workspace, file: cable }));
    await page.locator(`${EDITOR} .view-lines`).waitFor();
    const mode = page.locator('[id="status.editor.mode"]');
    await mode.filter({ hasText: 'Cable' }).waitFor().catch(async () => {
      throw new Error(`${path.basename(cable)} did not open as a cable (status bar: ${await mode.innerText()})`);
    });
    if (options.preview !== null || options.explorer) {
      await (options.explorer ? showExplorer(page, 'MANAMA') : showPreview(page, options.line));
      fs.mkdirSync(path.dirname(options.out), { recursive: true });
      await page.screenshot({ path: options.out });
      console.log(`screenshot: wrote ${path.relative(process.cwd(), options.out)}`);
      return;
    }
    await runCommand(page, 'Explorer: Focus on Outline View');
    // Fold the folder's section so that the Outline gets the side bar's height, and widen the side
    // bar so that paragraph names show whole.
    await page.locator('.pane-header', { hasText: 'cables' }).click();
    await widenSideBar(page, 200);
    await page
      .locator('.outline-pane .monaco-list-row')
      .first()
      .waitFor()
      .catch(() => console.warn('screenshot: the Outline view stayed empty (no document symbols from the server)'));
    if (!(await hoverWord(page, options.hover))) {
      await page.keyboard.press('Control+Home');
      const problems = await page.locator('[id="status.problems"]').getAttribute('aria-label');
      if (problems === 'No Problems') {
        console.warn(`screenshot: no hover over "${options.hover}" and no problems to show`);
      } else {
        console.warn(`screenshot: no hover over "${options.hover}"; showing the Problems panel (${problems})`);
        await runCommand(page, 'Problems: Focus on Problems View');
      }
    }
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    await page.screenshot({ path: options.out });
    console.log(`screenshot: wrote ${path.relative(process.cwd(), options.out)}`);
  } finally {
    await workbench.close(false);
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

Promise.resolve()
  .then(() => main(parseOptions(process.argv.slice(2))))
  .catch((error: unknown) => {
    console.error(`screenshot: ERROR: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
