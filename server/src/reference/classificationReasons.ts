import {
  executiveOrderInForce,
  executiveOrderVersions,
  listExecutiveOrders,
  nearestVersion,
  type ExecutiveOrderRecord,
} from './executiveOrders';
import { table as classificationReasonsTable } from './data/classificationReasons';
import { lazyTable } from './tables';
import type { DateInput } from './types';

/** One classification reason (category) of one version of an executive order. */
export interface ClassificationReasonRecord {
  /** Id of the executive order version (`12958`, `12958/13292`, `13526`). */
  readonly orderId: string;
  readonly section: string;
  readonly letter: string;
  readonly text: string;
  readonly source: string;
}

export interface ReasonLookup {
  /** The text of the cited section and letter in the chosen version; null when that letter does not exist there (`1.5(h)`). */
  readonly reason: ClassificationReasonRecord | null;
  /** The version whose wording was chosen: the one in force at the cable date when it uses the cited section, else the nearest in time that does. */
  readonly version: ExecutiveOrderRecord | null;
  /** The version in force at the cable date, if any. */
  readonly versionInForce: ExecutiveOrderRecord | null;
  /** The section the version in force lists its reasons in (`1.5` before 25 March 2003, `1.4` after); null when unknown. */
  readonly sectionInForce: string | null;
}

const table = lazyTable(classificationReasonsTable, ['order_id', 'section', 'letter', 'text', 'source'], (rows) => {
  const known = new Set(listExecutiveOrders().map((version) => `${version.id} ${version.reasonSection}`));
  const byKey = new Map<string, ClassificationReasonRecord>();
  for (const [orderId, section, letter, text, source] of rows) {
    if (!known.has(`${orderId} ${section}`)) {
      throw new Error(`classification-reasons.tsv: ${orderId} §${section} is not in executive-orders.tsv`);
    }
    const key = reasonKey(orderId, section, letter);
    if (byKey.has(key)) throw new Error(`classification-reasons.tsv: ${key} listed twice`);
    byKey.set(key, Object.freeze({ orderId, section, letter, text, source }));
  }
  return byKey;
});

function reasonKey(orderId: string, section: string, letter: string): string {
  return `${orderId} ${section}(${letter})`;
}

export interface ReasonOptions {
  /** The number on the E.O. line (`12958`, `13526`); any order when absent. */
  readonly order?: string;
  /** The cable's date, which picks the era's wording. */
  readonly date?: DateInput;
}

/**
 * The text of a classification reason (`1.4`, `b`) in the wording of the cable's era: E.O. 12958
 * §1.5 (a)–(g) before 25 March 2003, §1.4 (a)–(h) as amended by E.O. 13292 until 2009, E.O. 13526
 * §1.4 (a)–(h) after. A section cited outside its era (`1.5` in 2007) gets the wording of the nearest
 * version that uses it, and `sectionInForce` tells the era's own section.
 */
export function lookupClassificationReason(section: string, letter: string, options: ReasonOptions = {}): ReasonLookup {
  const cited = section.trim();
  const versionInForce = options.date === undefined ? null : executiveOrderInForce(options.date);
  const candidates = (options.order === undefined ? listExecutiveOrders() : executiveOrderVersions(options.order)).filter(
    (candidate) => candidate.reasonSection === cited,
  );
  const version = nearestVersion(candidates, options.date);
  const reason = version === null ? null : table().get(reasonKey(version.id, cited, letter.trim().toLowerCase())) ?? null;
  return Object.freeze({
    reason,
    version,
    versionInForce,
    sectionInForce: versionInForce?.reasonSection ?? null,
  });
}

/** The reasons of one executive order version (`12958`, `12958/13292`, `13526`). */
export function listClassificationReasons(orderId: string): readonly ClassificationReasonRecord[] {
  return [...table().values()].filter((reason) => reason.orderId === orderId);
}
