// Reads and parses one file for the CLI, turning every way it can fail into a message.

import { readFile } from 'node:fs/promises';
import type { Cable } from '../model/cable';
import { parseCable } from '../parser';
import { beginsLikeCable } from '../parser/detect';
import { isCable } from '../features/metadata';

export type ReadResult = { ok: true; cable: Cable; text: string } | { ok: false; message: string };

export async function readCable(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { ok: false, message: `${file}: cannot read: ${reason}` };
  }
  if (bytes.includes(0)) return { ok: false, message: `${file}: not a cable (binary data)` };
  const text = bytes.toString('utf8');
  const cable = parseCable(text);
  // What begins like a cable is one even when the parser finds little of it (a glued publisher's prefix).
  if (!isCable(cable) && !beginsLikeCable(text)) return { ok: false, message: `${file}: not a cable (no header, classification line, E.O., TAGS or SUBJECT found)` };
  return { ok: true, cable, text };
}
