// TAGS codes on the TAGS line, with meanings in the cable's era: FIPS 10-4 country codes and the
// 1974 regions for cables up to 2010, the 2024 (GENC-based) list from 2024 on. Codes already on the
// line are left out.

import { rangeSpansLine } from '../../model/range';
import { FIRST_2024_LIST_YEAR, geoTag2024, listGeoTags2024, listTags, lookupTag, type TagInfo } from '../../reference';
import { markdown } from '../markdown';
import { describeTag, tagKindName } from '../describers';
import { replacing, trailing, type CompletionRequest } from './request';
import { CompletionItemKind, rank, type CompletionItem, type CompletionList } from './types';

const CODE_CHARACTER = /[A-Za-z0-9&'-]/;
const TAGS_KEYWORD = /^\s*TAGS?:?\s/i;

/** The codes of each era, read once: a TAGS line asks for them at every space. */
const eras = new Map<number | null, readonly TagInfo[]>();

export function tagCompletions(request: CompletionRequest): CompletionList | null {
  const { cable, position, before } = request;
  const tags = cable.tags;
  const afterKeyword = tags !== null && (position.line > tags.keyword.range.start.line || position.character > tags.keyword.range.end.character);
  const onTagsLine = tags !== null && rangeSpansLine(tags.range, position.line) && afterKeyword;
  if (!onTagsLine && !TAGS_KEYWORD.test(before)) return null;
  const typed = trailing(before, CODE_CHARACTER);
  const start = position.character - typed.length;
  const prefix = typed.toUpperCase();
  // The token being typed is on the line too; only the others are excluded.
  const present = new Set(
    (tags?.tags ?? []).filter((tag) => !(tag.range.start.line === position.line && tag.range.start.character === start)).map((tag) => tag.value),
  );
  let era = eras.get(request.year);
  if (era === undefined) {
    era = eraTags(request.year);
    eras.set(request.year, era);
  }
  const items = era
    .filter((info) => info.code.startsWith(prefix) && !present.has(info.code))
    .map((info, index): CompletionItem => tagItem(info, index, replacing(request, start), request.year));
  return { isIncomplete: false, items };
}

/** The codes a cable of `year` may carry, most used first, each read in that year's list. */
function eraTags(year: number | null): TagInfo[] {
  const late = year !== null && year >= FIRST_2024_LIST_YEAR;
  const era = year ?? undefined;
  const codes = listTags({ year: era })
    .filter((record) => record.kind !== 'artifact')
    // From 2024 the 1974 regions and FIPS codes the 2024 list lacks are of another era.
    .filter((record) => !late || (record.list !== '1974' && (record.list !== 'fips' || geoTag2024(record.code) !== null)))
    .sort((a, b) => b.corpusCount - a.corpusCount)
    .map((record) => record.code);
  if (late) {
    const listed = new Set(codes);
    codes.push(...listGeoTags2024().map((tag) => tag.code).filter((tagCode) => !listed.has(tagCode)));
  }
  return codes.map((tagCode) => lookupTag(tagCode, era));
}

function tagItem(info: TagInfo, index: number, range: CompletionItem['textEdit']['range'], year: number | null): CompletionItem {
  return {
    label: info.code,
    kind: CompletionItemKind.EnumMember,
    detail: info.meaning ?? `${tagKindName(info)}, meaning not in the reference lists`,
    sortText: rank(index),
    textEdit: { range, newText: info.code },
    data: { tag: info.code, year },
  };
}

/** The documentation of a TAGS item, added on completionItem/resolve. */
export function tagDocumentation(code: string, year: number | null): CompletionItem['documentation'] {
  return markdown(describeTag(lookupTag(code, year ?? undefined)));
}
