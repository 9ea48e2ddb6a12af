"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openBrowserPage = openBrowserPage;
// Debian's Chromium, headless, driven by playwright-core (which never downloads a browser of its own).
const playwright_core_1 = require("playwright-core");
async function openBrowserPage(tools, viewport = { width: 1280, height: 800 }) {
    // launch() gives the browser a fresh profile folder of its own and removes it on close.
    const browser = await playwright_core_1.chromium.launch({
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
    const lost = new Promise((_, reject) => {
        page.on('crash', () => reject(new Error('the workbench page crashed in Chromium')));
        browser.on('disconnected', () => reject(new Error('Chromium went away')));
    });
    lost.catch(() => undefined);
    return { browser, page, lost };
}
