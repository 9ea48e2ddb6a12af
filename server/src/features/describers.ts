// What codes and words of a cable mean, as Markdown paragraphs from the sourced reference tables:
// TAGS, precedence, routing indicators and captions. Hover and completion both describe them so, and
// a rendered cable can too; each hover adds what it knows of the code's place in the cable.

import {
  lookupPrecedence,
  lookupRoutingIndicator,
  type CaptionRecord,
  type Station,
  type TagInfo,
  type TagKind,
} from '../reference';
import { capitalise, code, escape, notInLists, source, type Paragraphs } from './markdown';

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

const FORM_NAMES = { prosign: 'precedence prosign', letter: 'precedence letter', word: 'precedence' } as const;

export function describePrecedence(written: string, role: string | null = null): Paragraphs {
  const record = lookupPrecedence(written);
  if (record === null) return [code(written), notInLists('A precedence')];
  return [
    `${code(written)} — ${FORM_NAMES[record.form]}: **${record.precedence}**`,
    role,
    escape(record.meaning),
    // The letters' note is about dual precedence, which `role` states for the letter at hand.
    record.notes === null || record.form === 'letter' ? null : `*${escape(record.notes)}*`,
    source(record.source),
  ];
}

/** Names shown beside the primary one; an indicator such as RUEHC has dozens seen in cables. */
const OTHER_NAMES = 2;

/** The stations listed for an indicator, with `extra` paragraphs before the source. */
export function describeIndicator(indicator: string, role: string | null, extra: Paragraphs = []): Paragraphs {
  const info = lookupRoutingIndicator(indicator);
  const title = `${code(indicator)} — routing indicator${role === null ? '' : `, ${role}`}`;
  if (info === null) return [title, notInLists('A routing indicator'), ...extra];
  const [first, ...others] = info.stations;
  const shown = others.slice(0, OTHER_NAMES).map(stationName);
  const more = others.length - shown.length;
  return [
    title,
    `Station: ${stationName(first)}${info.block === null ? '' : ` (block ${code(info.block)})`}`,
    shown.length > 0 ? `Also listed: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : null,
    ...extra,
    source(...first.sources.map(routingSource)),
  ];
}

function stationName(station: Station): string {
  return `**${escape(station.name)}**`;
}

// The `cables` source of routing.tsv is an observation: pairs seen in the sample's headers.
export function routingSource(key: string): string {
  return key === 'cables' ? 'OBS (pairs seen in sample cable headers)' : key;
}

/** A caption's meaning (with the countries of `REL …`), notes and source. */
export function describeCaption(written: string, record: CaptionRecord | null, argument: string | null): Paragraphs {
  const title = `${code(written)} — caption`;
  if (record === null) return [title, notInLists('A handling caption')];
  return [
    title,
    record.meaning === null ? notInLists('A handling caption') : `${escape(record.meaning)}${argument === null ? '' : `: ${code(argument)}`}`,
    record.notes === null ? null : `*${escape(record.notes)}*`,
    source(record.source),
  ];
}
