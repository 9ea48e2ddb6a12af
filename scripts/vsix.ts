// What a .vsix holds, and the audit of it: the package step (scripts/package.ts) prints the listing
// and fails on a finding, and test/package checks a freshly made package with the same audit. The
// package carries what the extension runs and what the manifest names, and nothing of the
// development tree: no tests, fixtures or corpus, no TypeScript sources, no source maps.
import * as path from 'node:path';
import * as yauzl from 'yauzl';

export interface VsixEntry {
  /** The path inside the package, e.g. `extension/client/dist/extension.js`. */
  readonly name: string;
  /** Unpacked size in bytes. */
  readonly size: number;
}

export interface VsixContents {
  readonly entries: readonly VsixEntry[];
  /** `extension/package.json` as packaged. */
  readonly manifest: Record<string, unknown>;
  /** `extension/package.nls.json` as packaged, when there is one. */
  readonly nls: Record<string, string> | null;
}

/** Files the extension reads at run time without the manifest naming them. */
export const RUNTIME_FILES = [
  'server/dist/server.js',
  // The workspace index's worker threads, started by the server.
  'server/dist/indexWorker.js',
  // The web extension's server, started by client/src/browser/serverTransport.ts.
  'server/dist/browserServer.js',
  'server/package.json',
  // client/src/sample.ts opens it for the walkthrough.
  'walkthrough/09BOGOTA3335-sample.cable',
  // The Cable View's script, loaded by its webview (client/src/preview).
  'client/dist/preview.js',
];

/** Development files, by what they are; each finding names the first rule a file breaks. */
const FORBIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\/)(test|tests|fixtures|corpus)\//, 'test, fixture or corpus file'],
  [/\.test\.js$/, 'test file'],
  [/\.(ts|mts|cts|tsx)$/, 'TypeScript source'],
  [/\.map$/, 'source map'],
  [/(^|\/)(src|out|bench|scripts|node_modules)\//, 'source, build output or dependency folder'],
  [/(^|\/)\.[^/]+$/, 'dotfile'],
  [/(^|\/)tsconfig[^/]*\.json$/, 'TypeScript configuration'],
  [/\.vsix$/, 'package inside the package'],
];

export function readVsix(file: string): Promise<VsixContents> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: VsixEntry[] = [];
      const texts = new Map<string, string>();
      zip.on('error', reject);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        entries.push({ name: entry.fileName, size: entry.uncompressedSize });
        if (entry.fileName !== 'extension/package.json' && entry.fileName !== 'extension/package.nls.json') return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            texts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        const manifest = texts.get('extension/package.json');
        if (manifest === undefined) return reject(new Error(`${file} holds no extension/package.json`));
        const nls = texts.get('extension/package.nls.json');
        resolve({ entries, manifest: JSON.parse(manifest) as Record<string, unknown>, nls: nls === undefined ? null : (JSON.parse(nls) as Record<string, string>) });
      });
      zip.readEntry();
    });
  });
}

/** The files of the extension folder, relative to it (`client/dist/extension.js`). */
function extensionFiles(entries: readonly VsixEntry[]): string[] {
  return entries.filter((e) => e.name.startsWith('extension/')).map((e) => e.name.slice('extension/'.length));
}

/** Relative paths the manifest names (its `%key%` placeholders resolved with the packaged nls). */
export function manifestFiles(manifest: Record<string, unknown>, nls: Record<string, string> | null): string[] {
  const resolve = (value: string) => value.replace(/^%([^%]+)%$/, (whole, key: string) => nls?.[key] ?? whole);
  const named: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      const text = resolve(value);
      // A URL, or a product icon (`$(open-preview)`), is no file.
      if (['main', 'browser', 'icon', 'path', 'configuration', 'url', 'markdown', 'image', 'svg', 'l10n'].includes(key) && !/^[a-z][a-z+.-]*:|^\$\([a-z0-9-~]+\)$/i.test(text)) {
        named.push(path.posix.normalize(text));
      }
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  // Outside `contributes` only these name files; `repository.url` and the like are links.
  for (const key of ['main', 'browser', 'icon', 'l10n']) walk(manifest[key], key);
  walk(manifest.contributes, 'contributes');
  return named;
}

/** What is wrong with a package: forbidden files, and files the manifest or the code needs but lacks. */
export function auditVsix(contents: VsixContents): string[] {
  const files = extensionFiles(contents.entries);
  const findings: string[] = [];
  for (const file of files) {
    const broken = FORBIDDEN.find(([pattern]) => pattern.test(file));
    if (broken) findings.push(`${file}: ${broken[1]} shipped`);
  }
  const shipped = new Set(files);
  const isShipped = (wanted: string) => shipped.has(wanted) || files.some((f) => f.startsWith(`${wanted}/`));
  for (const wanted of [...manifestFiles(contents.manifest, contents.nls), ...RUNTIME_FILES]) {
    if (!isShipped(wanted)) findings.push(`${wanted}: named by the manifest or read by the extension, but not shipped`);
  }
  const unresolved = JSON.stringify(contents.manifest).match(/"%[^%"]+%"/g)?.filter((placeholder) => contents.nls?.[placeholder.slice(2, -2)] === undefined) ?? [];
  for (const placeholder of new Set(unresolved)) findings.push(`package.json: ${placeholder} has no text in the packaged package.nls.json`);
  return findings;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line per folder: its files' count, their unpacked size and their names. */
export function formatListing(entries: readonly VsixEntry[]): string {
  const folders = new Map<string, VsixEntry[]>();
  for (const entry of entries) {
    const folder = path.posix.dirname(entry.name);
    folders.set(folder, [...(folders.get(folder) ?? []), entry]);
  }
  const width = Math.max(...[...folders.keys()].map((folder) => folder.length)) + 2;
  return [...folders.keys()]
    .sort()
    .map((folder) => {
      const inFolder = (folders.get(folder) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
      const size = inFolder.reduce((sum, entry) => sum + entry.size, 0);
      const names = inFolder.map((entry) => path.posix.basename(entry.name)).join(' ');
      return `${`${folder}/`.padEnd(width)}${String(inFolder.length).padStart(3)} files ${kilobytes(size).padStart(10)}  ${names}`;
    })
    .join('\n');
}

export function formatSize(bytes: number, entries: readonly VsixEntry[]): string {
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  return `${bytes.toLocaleString('en')} bytes (${kilobytes(bytes)}), ${entries.length} files, ${kilobytes(unpacked)} unpacked`;
}
