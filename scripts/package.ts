// The package step (`npm run package`, after the build): vsce packs the files .vscodeignore allows
// into a .vsix; this prints what it holds, folder by folder, and its size, and fails when the audit
// (scripts/vsix.ts) finds a development file in it or a file the extension needs missing.
//   node out/scripts/package.js [--out FILE]   (default: cable-language-support.vsix)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createVSIX } from '@vscode/vsce';
import { auditVsix, formatListing, formatSize, readVsix } from './vsix';

const root = path.resolve(__dirname, '..', '..');

async function main(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf('--out');
  const out = path.resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : path.join(root, 'cable-language-support.vsix'));
  await createVSIX({
    cwd: root,
    packagePath: out,
    // The server is bundled: no node_modules.
    dependencies: false,
    // The repository URL is a placeholder, so vsce cannot turn the README's relative links into
    // links to it; they resolve against the installed extension, which ships docs/rules. With a real
    // GitHub or GitLab repository in package.json, drop this and vsce rewrites them for the marketplace.
    rewriteRelativeLinks: false,
  });
  const contents = await readVsix(out);
  process.stdout.write(`\nContents of ${path.basename(out)}:\n${formatListing(contents.entries)}\n`);
  process.stdout.write(`\n${path.relative(process.cwd(), out) || out}: ${formatSize(fs.statSync(out).size, contents.entries)}\n`);
  const findings = auditVsix(contents);
  if (findings.length === 0) return 0;
  process.stderr.write(`package: the audit of ${out} failed:\n${findings.map((finding) => `  ${finding}`).join('\n')}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
