// H12 (split from H7): format line 4 is itself well formed — a listed security warning group, the
// prefix that goes with it (ZNR for UUUUU, ZNY for the others) and a listed SPECAT suffix. Split from
// H7 because a malformed line is a lesser fault than a warning that contradicts the banner.

import type { Cable } from '../../model/cable';
import { lineRange } from '../../model/range';
import { trimmedLineRange } from '../../parser/text';
import { listSecurityWarnings } from '../../reference';
import type { Finding, Rule } from '../types';
import { findUnreadLine } from './headerLines';
import { readWarning, warningParts } from './securityWarnings';

const UNREAD_FL4 = /^ZN[RY](?=\s|$)(\s*\S*)/;
const GROUP = /^[A-Z]{5}(?:\/[A-Z]{5})?$/;

function groups(): string {
  return listSecurityWarnings('warning').map((r) => warningParts(r).group).join(', ');
}

function suffixes(): string {
  return listSecurityWarnings('specat').map((r) => r.code).join(', ');
}

function check(cable: Cable): Finding[] {
  const line = cable.header?.security;
  if (!line) {
    const unread = findUnreadLine(cable, UNREAD_FL4);
    if (!unread) return [];
    const group = unread.match[1].trimStart();
    const start = unread.column + unread.match[0].length - group.length;
    if (!group) return [{ range: lineRange(unread.line, unread.column, unread.column + 3), message: `FL4 lacks the security warning group (${groups()}).` }];
    if (GROUP.test(group)) return [{ range: trimmedLineRange(cable.lines, unread.line), message: 'FL4 is not in the form ZNY CCCCC ZZH (its parts separated by spaces).' }];
    return [{ range: lineRange(unread.line, start, start + group.length), message: `FL4 security warning ${group} is not a group of five letters (${groups()}).` }];
  }
  const read = readWarning(line);
  const out: Finding[] = [];
  if (!read?.warning) {
    out.push({ range: line.warning.range, message: `Security warning group ${line.warning.text} is not listed (${groups()}).` });
  } else if (read.prefixAgrees === false) {
    const wanted = warningParts(read.warning).prefix;
    // The prefix is certainly the wrong part when the banner confirms the group's level.
    const confirmed = read.warning.level !== null && cable.banner?.marking.value === read.warning.level && cable.banner.efto === read.warning.efto;
    out.push({
      range: line.prefix.range,
      message: `${line.prefix.text} does not go with ${line.warning.text}: expected ${wanted} ${line.warning.text}.`,
      ...(confirmed ? { fixes: [{ title: `Change ${line.prefix.text} to ${wanted}`, edits: [{ range: line.prefix.range, newText: wanted }] }] } : {}),
    });
  }
  if (line.specat && !read?.specat) {
    out.push({ range: line.specat.range, message: `SPECAT suffix /${line.specat.text} is not listed (${suffixes()}).` });
  }
  return out;
}

export const securityForm: Rule = {
  code: 'H12',
  name: 'security-form',
  severity: 'warning',
  description: 'FL4 is ZNR or ZNY with the security warning group it takes (ZNR UUUUU, ZNY CCCCC, ...) and a listed SPECAT suffix.',
  basis: 'ACP 127 §124, §203; ACP 127 US SUPP-1',
  check,
};
