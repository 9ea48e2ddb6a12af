// Reads one file for the CLI as a document of the language service, turning every way it can fail
// into a message.

import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CableLanguageService, TextDocumentLike } from '../index';
import { cannotRead } from '../node/fileErrors';

export type ReadResult = { ok: true; document: TextDocumentLike } | { ok: false; message: string; reason: 'unreadable' | 'not a cable' };

/** The document of `file`, its URI that of the file (which names it where the text gives no reference id). */
export function fileDocument(file: string, text: string): TextDocumentLike {
  return { uri: pathToFileURL(path.resolve(file)).href, version: 0, getText: () => text };
}

export async function readCable(service: CableLanguageService, file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, message: cannotRead(file, error), reason: 'unreadable' };
  }
  if (bytes.includes(0)) return { ok: false, message: `${file}: not a cable (binary data)`, reason: 'not a cable' };
  const document = fileDocument(file, bytes.toString('utf8'));
  // What begins like a cable is one even when the parser finds little of it (a glued publisher's prefix).
  if (!service.isCable(document)) {
    service.forget(document.uri);
    return { ok: false, message: `${file}: not a cable (no header, classification line, E.O., TAGS or SUBJECT found)`, reason: 'not a cable' };
  }
  return { ok: true, document };
}
