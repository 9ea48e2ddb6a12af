// TAGS codes (§3.5): kind, meaning and its source in the era of the cable (FIPS 10-4 two-letter
// codes up to 2010), documented corrections of mis-keyed codes, and run-together codes.

import type { Tag } from '../../model/cable';
import { lookupTag, splitRunTogetherTag, tagCorrection, type TagInfo, type TagKind } from '../../reference';
import type { HoverContext } from './context';
import { capitalise, code, escape, hoverOf, notInLists, source, type Hover, type Paragraphs } from './markdown';

const KIND_NAMES: Readonly<Record<TagKind, string>> = {
  subject: 'subject TAGS',
  program: 'program TAGS',
  organization: 'organization TAGS',
  geographic: 'geographic TAGS',
  region: 'region TAGS',
  person: 'person TAGS',
  artifact: 'not a TAGS code',
  unknown: 'TAGS token',
};

/** Readings from other lists shown beside the meaning; the era note covers the list of another era. */
const OTHER_READINGS = 2;

export function tagHover(ctx: HoverContext, tag: Tag): Hover {
  const info = lookupTag(tag.value, ctx.year ?? undefined);
  const correction = tagCorrection(tag.value);
  const split = correction === null ? splitRunTogetherTag(tag.value) : null;
  return hoverOf(tag.range, [
    ...describeTag(info),
    correction === null ? null : `A documented mis-keying of ${code(correction.correction)} (${escape(correction.source)}).`,
    split === null ? null : `Reads as the listed codes ${split.map(code).join(' ')} run together.`,
  ]);
}

/** Kind, meaning and its source, other readings and the era note of a code (hover and completion). */
export function describeTag(info: TagInfo): Paragraphs {
  const kind = KIND_NAMES[info.kind];
  const title = `${code(info.code)} — ${kind}${info.listed ? (info.kindCertain ? '' : ' (probably)') : info.kind === 'unknown' ? ' (in no list)' : ' (by its shape; in no list)'}`;
  // An artifact's note says what the token is (`OF` from a banner run into the line).
  if (info.kind === 'artifact') return [title, info.notes === null ? null : escape(info.notes)];
  return [
    title,
    info.meaning === null ? notInLists(capitalise(kind)) : `**${escape(info.meaning)}**`,
    info.meaning === null && info.notes !== null ? `*${escape(info.notes)}*` : null,
    otherReadings(info),
    info.eraNote === null ? null : `*${escape(info.eraNote)}*`,
    // Without a meaning, `source` names the list the code is in, not the source of a meaning.
    info.meaning === null ? (info.source === null ? null : `*Listed in: ${escape(info.source)}*`) : source(info.source),
  ];
}

/** `subject TAGS`, `geographic TAGS`… */
export function tagKindName(info: TagInfo): string {
  return KIND_NAMES[info.kind];
}

/** Readings of other lists that differ from the meaning and the era note, one per text with its sources. */
function otherReadings(info: TagInfo): string | null {
  const sources = new Map<string, string[]>();
  for (const other of info.otherMeanings) {
    if (other.text === info.meaning || (info.eraNote ?? '').includes(other.text)) continue;
    sources.set(other.text, [...(sources.get(other.text) ?? []), other.source]);
  }
  const shown = [...sources].slice(0, OTHER_READINGS).map(([text, keys]) => `“${escape(text)}” (${escape(keys.join('; '))})`);
  return shown.length === 0 ? null : `Also read: ${shown.join(', ')}`;
}
