// What the renderer reads out of the reference tables the model's facts and calendar: every import of
// the renderer from the rest of the core is here, so that moving the describers (issue 8) touches
// one file. Each function gives plain text or null ("not in the reference lists"), never a guess.

import type { Precedence } from '../model/cable';
import { cableDate, classification, referenceId } from '../model/facts';
import { dateOfDayOfYear, dayAndMonth, longDate } from '../model/calendar';
import { tagKindName } from '../features/describers';
import {
  describePortionMark,
  executiveOrderName,
  lookupCaption,
  lookupClassificationReason,
  lookupDeclassificationMarking,
  lookupExecutiveOrder,
  lookupOperatingSignal,
  lookupPrecedence,
  lookupRoutingIndicator,
  lookupSecurityWarning,
  lookupTag,
} from '../reference';

export { cableDate, classification, dateOfDayOfYear, dayAndMonth, describePortionMark, longDate, referenceId };

/** The station a routing indicator stands for (`RUEHKP` → `AMCONSUL KARACHI`). */
export function stationName(indicator: string): string | null {
  return lookupRoutingIndicator(indicator)?.stations[0]?.name ?? null;
}

/** The precedence a prosign, letter or word stands for (`PP`, `O`, `NIACT IMMEDIATE`). */
export function precedenceOf(written: string): Precedence | null {
  return lookupPrecedence(written)?.precedence ?? null;
}

export interface WarningReading {
  readonly classification: string | null;
  readonly meaning: string;
}

/** A security warning group (`ZNY CCCCC`), with its SPECAT suffix when written. */
export function securityWarning(group: string): WarningReading | null {
  const warning = lookupSecurityWarning(group)?.warning ?? null;
  return warning === null ? null : { classification: warning.classification, meaning: warning.meaning };
}

export function specatMeaning(group: string): string | null {
  return lookupSecurityWarning(group)?.specat?.meaning ?? null;
}

export function signalMeaning(signal: string): string | null {
  return lookupOperatingSignal(signal)?.record.meaning ?? null;
}

export interface CaptionReading {
  readonly meaning: string | null;
  readonly argument: string | null;
}

export function captionReading(text: string): CaptionReading | null {
  const match = lookupCaption(text);
  return match === null ? null : { meaning: match.caption.meaning, argument: match.argument };
}

export interface OrderReading {
  /** `E.O. 12958 as amended by E.O. 13292`. */
  readonly name: string;
  readonly title: string;
}

export function executiveOrderReading(order: string, date: string | null): OrderReading | null {
  const version = lookupExecutiveOrder(order, date ?? undefined);
  return version === null ? null : { name: executiveOrderName(version), title: version.title };
}

export function declassificationMeaning(marking: string): string | null {
  return lookupDeclassificationMarking(marking)?.meaning ?? null;
}

/** A classification reason (`1.4`, `c`) in the order on the E.O. line, else in the order of the cable's date. */
export function reasonText(section: string, letter: string, order: string | null, date: string | null): string | null {
  const options = { order: order ?? undefined, date: date ?? undefined };
  const found = lookupClassificationReason(section, letter, options);
  if (found.version !== null || order === null) return found.reason?.text ?? null;
  return lookupClassificationReason(section, letter, { date: options.date }).reason?.text ?? null;
}

export interface TagReading {
  /** `subject TAGS`, `geographic TAGS`… */
  readonly kind: string;
  readonly meaning: string | null;
  readonly listed: boolean;
}

export function tagReading(code: string, year: number | null): TagReading {
  const info = lookupTag(code, year ?? undefined);
  return { kind: tagKindName(info), meaning: info.meaning, listed: info.listed };
}
