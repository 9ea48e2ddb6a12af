import { table as operatingSignalsTable } from './data/operatingSignals';
import { lazyTable } from './tables';
import { optional } from './types';

/** `documented` by ACP 127; `secondary`: glossed only by a third-party parser; `unknown`: seen, meaning not found. */
export type SignalStatus = 'documented' | 'secondary' | 'unknown';

export interface OperatingSignalRecord {
  readonly code: string;
  readonly status: SignalStatus;
  readonly meaning: string | null;
  readonly source: string;
  readonly notes: string | null;
}

/** A signal as written (`ZFF3`, `//ZEL//`) with its listed record. */
export interface OperatingSignalInfo {
  readonly signal: string;
  /** The digit some signals carry (`3` of `ZFF3`, ACP 127 §135). */
  readonly digit: string | null;
  readonly record: OperatingSignalRecord;
}

const STATUSES: readonly string[] = ['documented', 'secondary', 'unknown'];

const table = lazyTable(operatingSignalsTable, ['code', 'status', 'meaning', 'source', 'notes'], (rows) => {
  const byCode = new Map<string, OperatingSignalRecord>();
  for (const [code, status, meaning, source, notes] of rows) {
    if (!STATUSES.includes(status)) throw new Error(`operating-signals.tsv: unknown status "${status}" for ${code}`);
    if (status === 'unknown' && meaning !== '') throw new Error(`operating-signals.tsv: ${code} is unknown but has a meaning`);
    byCode.set(code, Object.freeze({ code, status: status as SignalStatus, meaning: optional(meaning), source, notes: optional(notes) }));
  }
  return byCode;
});

// Operating signals are three letters starting with Q or Z, sometimes followed by a digit (ACP 127
// §135); operators sometimes wrap them in slashes (`//ZEL//`).
const SIGNAL = /^\/*([QZ][A-Z]{2})([0-9])?\/*$/;

/** The listed meaning of an operating signal, or null when it is not one or not listed. */
export function lookupOperatingSignal(text: string): OperatingSignalInfo | null {
  const match = SIGNAL.exec(text.trim().toUpperCase());
  if (match === null) return null;
  const record = table().get(match[1]);
  return record === undefined ? null : Object.freeze({ signal: match[0], digit: match[2] ?? null, record });
}

export function listOperatingSignals(): readonly OperatingSignalRecord[] {
  return [...table().values()];
}
