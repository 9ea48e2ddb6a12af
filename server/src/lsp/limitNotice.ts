// Telling the user, once per document, that answers about it are capped (features/limits.ts). The
// outline and the problems say so in place as well; folding, which has no place for words, only here.

import { MessageType, type Connection } from 'vscode-languageserver';
import { count, DIAGNOSTICS_PER_FILE, FOLDING_RANGES, OUTLINE_ITEMS } from '../index';

export class LimitNotice {
  private readonly told = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** A capped answer was given for `uri`: say so, the first time since it was opened. */
  reached(uri: string): void {
    if (this.told.has(uri)) return;
    this.told.add(uri);
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    const message =
      `Cable: ${name} is too large to show in full: folding stops at ${count(FOLDING_RANGES)} regions, ` +
      `the outline at ${count(OUTLINE_ITEMS)} items and the problems at ${count(DIAGNOSTICS_PER_FILE)}; the last outline item and the last problem say where.`;
    void this.connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
  }

  forget(uri: string): void {
    this.told.delete(uri);
  }
}
