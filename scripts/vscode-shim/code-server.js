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
exports.startCodeServer = startCodeServer;
// Starts code-server (VS Code's workbench and its Node extension host) on a free local port, with a
// profile of its own, in a process group of its own so that stopping it also ends the extension
// hosts and language servers it started (left alone, they live on for hours).
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
/** Settings that keep the workbench free of welcome pages, tips, chat and network calls. */
const CLEAN_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
};
const LISTENING = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d{1,5})\//;
/**
 * `root` is an empty folder that holds everything code-server writes (profile, extensions, config,
 * temporary files); the caller removes it.
 */
async function startCodeServer(tools, root, options) {
    const { settings, timeoutMs } = options;
    const userDataDir = path.join(root, 'user-data');
    const extensionsDir = path.join(root, 'extensions');
    const tmp = path.join(root, 'tmp');
    const config = path.join(root, 'config.yaml');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(extensionsDir, { recursive: true });
    fs.mkdirSync(tmp, { recursive: true });
    for (const extension of options.extensions) {
        const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
        fs.symlinkSync(path.resolve(extension), path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
    }
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...CLEAN_SETTINGS, ...settings }, null, 2));
    // Without a config of its own, code-server writes one into the user's ~/.config.
    fs.writeFileSync(config, 'auth: none\n');
    const child = (0, node_child_process_1.spawn)(tools.node, [
        tools.codeServer,
        '--config', config,
        '--bind-addr', '127.0.0.1:0',
        '--auth', 'none',
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--ignore-last-opened',
        // Without it the workbench ignores the extension test payload and the run hangs.
        '--vscode-option', 'enable-smoke-test-driver',
    ], {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
            ...process.env,
            // No marketplace: nothing to install, and no failing network calls in the log.
            EXTENSIONS_GALLERY: '{}',
            TMPDIR: tmp,
            XDG_DATA_HOME: path.join(root, 'xdg'),
            XDG_CONFIG_HOME: path.join(root, 'xdg'),
        },
    });
    const killGroup = () => killProcessGroup(child);
    process.on('exit', killGroup);
    let output = '';
    let stopping = false;
    const exited = new Promise((_, reject) => {
        child.on('error', (error) => reject(new Error(`code-server could not start: ${error.message}`)));
        child.on('exit', (code, signal) => {
            if (!stopping)
                reject(new Error(`code-server exited (${code ?? signal}) unexpectedly:\n${output}`));
        });
    });
    exited.catch(() => undefined);
    const port = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`code-server did not start listening within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
        const onData = (data) => {
            // Its last lines, for the message if it stops.
            output = (output + data.toString()).slice(-10_000);
            const match = LISTENING.exec(output);
            if (match) {
                clearTimeout(timer);
                resolve(Number(match[1]));
            }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        exited.catch((error) => {
            clearTimeout(timer);
            reject(error);
        });
    }).catch((error) => {
        killGroup();
        throw error;
    });
    return {
        port,
        exited,
        remoteUri: (fsPath) => `vscode-remote://127.0.0.1:${port}${encodeURI(path.resolve(fsPath)).replace(/[?#]/g, encodeURIComponent)}`,
        async stop() {
            stopping = true;
            process.off('exit', killGroup);
            if (child.exitCode === null && child.signalCode === null) {
                const gone = new Promise((resolve) => child.once('exit', resolve));
                killProcessGroup(child, 'SIGTERM');
                await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 3000))]);
            }
            // Extension hosts and language servers may outlive code-server itself.
            killGroup();
        },
    };
}
function killProcessGroup(child, signal = 'SIGKILL') {
    if (child.pid === undefined)
        return;
    try {
        process.kill(-child.pid, signal);
    }
    catch {
        // The group is already empty.
    }
}
