// Portion marks after a paragraph number or sub-paragraph label and `(`: the levels, and after a
// level and `/` or `//` the dissemination controls (§3.9). Levels above the banner's come last.

import { LEVEL_RANK, type Level } from '../../model/cable';
import { listPortionMarks, type PortionMarkRecord } from '../../reference';
import { code, escape, markdown, source } from '../markdown';
import { replacing, type CompletionRequest } from './request';
import { CompletionItemKind, rank, type CompletionItem, type CompletionList } from './types';
import { groups } from '../../parser/text';

// `1. (`, `¶4. (S/`, `A. (`, `(b) (` up to the cursor; the mark typed so far is `mark`.
const AFTER_NUMBER = /^(?:[ \t\u00a0]*¶)?\d{1,3}\.[ \t]*\((?<mark>[A-Za-z/ ]*)$/;
const AFTER_LABEL = /^[ \t]*¶?(?:\([a-zA-Z]\)|[a-zA-Z][.)])[ \t]+\((?<mark>[A-Za-z/ ]*)$/;

export function portionMarkCompletions(request: CompletionRequest): CompletionList | null {
  const m = AFTER_NUMBER.exec(request.before) ?? AFTER_LABEL.exec(request.before);
  if (m === null) return null;
  const typed = groups(m).mark;
  const part = typed.slice(typed.lastIndexOf('/') + 1);
  const start = request.position.character - part.length;
  const kind = typed.includes('/') ? 'control' : 'level';
  const banner = request.cable.banner?.marking.value ?? null;
  const closing = request.after.startsWith(')') || kind === 'control' ? '' : ')';
  const records = listPortionMarks()
    .filter((record) => record.kind === kind && record.code.startsWith(part.toUpperCase()))
    .sort((a, b) => order(a, banner) - order(b, banner));
  const range = replacing(request, start);
  const items = records.map(
    (record, index): CompletionItem => ({
      label: record.code,
      kind: CompletionItemKind.EnumMember,
      detail: detail(record, banner),
      documentation: markdown([
        `${code(record.code)} — ${record.kind === 'level' ? `portion mark, ${record.level}` : 'dissemination control'}`,
        record.meaning === null ? 'Its meaning is not in the reference lists.' : escape(record.meaning),
        record.notes === null ? null : `*${escape(record.notes)}*`,
        source(record.source),
      ]),
      sortText: rank(index),
      textEdit: { range, newText: record.code === 'REL TO' ? 'REL TO ' : record.code + closing },
    }),
  );
  return { isIncomplete: false, items };
}

/** The banner's level first, then lower levels, then those above the banner; controls as listed. */
function order(record: PortionMarkRecord, banner: Level | null): number {
  if (record.level === null || banner === null) return 0;
  const distance = LEVEL_RANK[banner] - LEVEL_RANK[record.level];
  return distance >= 0 ? distance : Object.keys(LEVEL_RANK).length - distance;
}

function detail(record: PortionMarkRecord, banner: Level | null): string {
  const meaning = record.meaning ?? 'meaning not in the reference lists';
  if (record.level === null || banner === null || LEVEL_RANK[record.level] <= LEVEL_RANK[banner]) return meaning;
  return `${meaning} (above the banner's ${banner})`;
}
