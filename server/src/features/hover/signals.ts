// Format line 4: the security warning (`ZNY CCCCC`, SPECAT `/BBBBB`) and operating signals (`ZZH`),
// which also follow the date-time group on format line 5 (`ZDK`, `ZFF3`).

import type { Cable, SecurityLine, Span } from '../../model/cable';
import { lookupOperatingSignal, lookupSecurityWarning } from '../../reference';
import type { Position } from '../../model/range';
import { pick } from './context';
import { code, escape, hoverOf, notInLists, source, type Hover } from '../markdown';

const STATUS_NOTES = {
  documented: null,
  secondary: 'Glossed only by a third-party parser (secondary source).',
  unknown: null,
} as const;

export function signalHover(signal: Span): Hover {
  const info = lookupOperatingSignal(signal.text);
  const title = `${code(signal.text)} — operating signal`;
  if (info === null) return hoverOf(signal.range, [title, notInLists('An operating signal')]);
  const { record } = info;
  return hoverOf(signal.range, [
    title,
    record.meaning === null ? notInLists('An operating signal seen in cables') : escape(record.meaning),
    STATUS_NOTES[record.status],
    info.digit === null ? null : `With the digit ${code(info.digit)}.`,
    record.notes === null ? null : `*${escape(record.notes)}*`,
    source(record.source),
  ]);
}

export function securityLineHover(cable: Cable, line: SecurityLine, position: Position): Hover | null {
  const signal = pick(line.signals, position);
  if (signal) return signalHover(signal);
  if (pick([line.prefix], position)) return signalHover(line.prefix);
  const specat = pick([line.specat], position);
  if (specat) return specatHover(line, specat);
  return pick([line.warning], position) ? warningHover(cable, line) : null;
}

function warningHover(cable: Cable, line: SecurityLine): Hover {
  const group = `${line.prefix.text} ${line.warning.text}`;
  const title = `${code(group)} — security warning`;
  const info = lookupSecurityWarning(group);
  const warning = info?.warning ?? null;
  if (info === null || warning === null) return hoverOf(line.warning.range, [title, notInLists('A security warning group')]);
  const release = info.releaseCodes.map((record) => `${code(record.code)} ${escape(record.meaning)}`);
  const banner = cable.banner?.marking.value ?? null;
  return hoverOf(line.warning.range, [
    `${title}: **${escape(warning.classification ?? warning.code)}**`,
    escape(warning.meaning),
    info.prefixAgrees === false ? `This warning is written ${code(warning.code.slice(0, 3))}, not ${code(line.prefix.text)}.` : null,
    info.release === null ? null : `Transmission release code ${code(info.release)}${release.length > 0 ? `: ${release.join('; ')}` : ''}.`,
    banner === null || warning.level === null
      ? null
      : banner === warning.level
        ? `Agrees with the banner (${banner}).`
        : `The banner says ${banner}.`,
    source(warning.source, ...info.releaseCodes.map((record) => record.source)),
  ]);
}

function specatHover(line: SecurityLine, specat: Span): Hover {
  const record = lookupSecurityWarning(`${line.prefix.text} ${line.warning.text}/${specat.text}`)?.specat ?? null;
  const title = `${code(`/${specat.text}`)} — SPECAT suffix`;
  if (record === null) return hoverOf(specat.range, [title, notInLists('A SPECAT suffix')]);
  return hoverOf(specat.range, [title, escape(record.meaning), source(record.source)]);
}
