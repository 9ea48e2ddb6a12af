// The host's files on a Node file system: `file:` URIs only, each read as the service asks
// (host.ts); errors become the plain reasons of fileErrors.ts.

import * as fs from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileRead, FileStat, HostFileSystem } from '../index';
import { fileErrorReason } from './fileErrors';

/** An error whose message is the plain reason, as the service quotes it. */
function plain(error: unknown): Error {
  return new Error(fileErrorReason(error));
}

function statType(stat: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): FileStat['type'] {
  if (stat.isSymbolicLink()) return 'symbolicLink';
  if (stat.isFile()) return 'file';
  return stat.isDirectory() ? 'directory' : 'other';
}

export const nodeFiles: HostFileSystem = {
  canonicalUri(uri) {
    if (!uri.startsWith('file:')) return null;
    try {
      return pathToFileURL(fileURLToPath(uri)).href;
    } catch {
      return null;
    }
  },

  async stat(uri) {
    try {
      const stat = await fs.lstat(fileURLToPath(uri));
      return { type: statType(stat), size: stat.size };
    } catch (error) {
      // Nothing there, as Node's lstat without throwIfNoEntry says it.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw plain(error);
    }
  },

  async realUri(uri) {
    try {
      return pathToFileURL(await fs.realpath(fileURLToPath(uri))).href;
    } catch (error) {
      throw plain(error);
    }
  },

  async readFile(uri, maxBytes): Promise<FileRead> {
    try {
      const handle = await fs.open(fileURLToPath(uri), 'r');
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) return { notAFile: true };
        if (stat.size > maxBytes) return { tooLarge: stat.size };
        const buffer = Buffer.alloc(stat.size);
        const { bytesRead } = await handle.read(buffer, 0, stat.size, 0);
        return { text: buffer.subarray(0, bytesRead).toString('utf8') };
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw plain(error);
    }
  },
};
