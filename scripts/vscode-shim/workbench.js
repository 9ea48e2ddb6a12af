"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.startWorkbench = startWorkbench;
// code-server and a Chromium page pointed at it, set up and torn down together. Shared by the test
// shim and the screenshot script.
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const browser_1 = require("./browser");
const code_server_1 = require("./code-server");
const tools_1 = require("./tools");
async function startWorkbench(options) {
    const tools = (0, tools_1.findTools)();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-'));
    let server;
    let browser;
    // On an interrupt the process exits without close(); code-server's own exit hook has run by then.
    const removeRoot = () => {
        try {
            fs.rmSync(root, { recursive: true, force: true });
        }
        catch {
            // A process of the group still writing there; the folder is in the temporary folder anyway.
        }
    };
    const close = async (keepRoot) => {
        process.off('exit', removeRoot);
        await browser?.browser.close().catch(() => undefined);
        await server?.stop();
        if (!keepRoot)
            removeRoot();
    };
    try {
        server = await (0, code_server_1.startCodeServer)(tools, root, {
            settings: options.settings ?? {},
            extensions: options.extensions ?? [],
            timeoutMs: options.startTimeoutMs,
        });
        process.on('exit', removeRoot);
        browser = await (0, browser_1.openBrowserPage)(tools, options.viewport);
    }
    catch (error) {
        await close(false);
        throw error;
    }
    const started = server;
    const failed = Promise.race([started.exited, browser.lost]);
    failed.catch(() => undefined);
    return {
        page: browser.page,
        root,
        failed,
        url: (target) => workbenchUrl(started, target),
        close,
    };
}
function workbenchUrl(server, target) {
    const payload = (target.extensionDevelopmentPaths ?? []).map((p) => ['extensionDevelopmentPath', server.remoteUri(p)]);
    if (target.extensionTestsPath !== undefined)
        payload.push(['extensionTestsPath', server.remoteUri(target.extensionTestsPath)]);
    payload.push(['skipWelcome', 'true']);
    if (target.file !== undefined)
        payload.push(['openFile', server.remoteUri(target.file)]);
    const query = new URLSearchParams();
    if (target.folder !== undefined)
        query.set('folder', path.resolve(target.folder));
    else
        query.set('ew', 'true');
    query.set('payload', JSON.stringify(payload));
    return `http://127.0.0.1:${server.port}/?${query.toString()}`;
}
