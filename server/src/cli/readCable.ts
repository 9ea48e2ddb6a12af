// Reads and parses one file for the CLI, turning every way it can fail into a message.

import { readFile } from 'node:fs/promises';
import type { Cable } from '../model/cable';
import { parseCable } from '../parser';
import { beginsLikeCable } from '../parser/detect';
import { isCable } from '../model/facts';
import { cannotRead } from '../fileErrors';

export type ReadResult = { ok: true; cable: Cable; text: string } | { ok: false; message: string; reason: 'unreadable' | 'not a cable' };

export async function readCable(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, message: cannotRead(file, error), reason: 'unreadable' };
  }
  if (bytes.includes(0)) return { ok: false, message: `${file}: not a cable (binary data)`, reason: 'not a cable' };
  const text = bytes.toString('utf8');
  const cable = parseCable(text);
  // What begins like a cable is one even when the parser finds little of it (a glued publisher's prefix).
  if (!isCable(cable) && !beginsLikeCable(text)) return { ok: false, message: `${file}: not a cable (no header, classification line, E.O., TAGS or SUBJECT found)`, reason: 'not a cable' };
  return { ok: true, cable, text };
}
