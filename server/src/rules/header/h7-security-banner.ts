// H7: the FL4 security warning stands for the banner's classification: ZNR UUUUU for UNCLAS,
// ZNY EEEEE for UNCLAS EFTO, ZNY CCCCC for CONFIDENTIAL, ZNY SSSSS for SECRET, ZNY TTTTT for TOP
// SECRET. Release-code forms (`ZNR UUUAA`) carry the level in their first letter.

import type { Cable } from '../../model/cable';
import type { Finding, Fix, Rule, TextEdit } from '../types';
import { bannerWord, readWarning, warningFor, warningParts } from './securityWarnings';

function describe(level: string, efto: boolean): string {
  return efto ? 'UNCLAS EFTO' : level;
}

function check(cable: Cable): Finding[] {
  const line = cable.header?.security;
  const banner = cable.banner;
  const level = banner?.marking.value;
  if (!line || !banner || !level) return [];
  const read = readWarning(line);
  const warning = read?.warning;
  if (!read || !warning?.level || (warning.level === level && warning.efto === banner.efto)) return [];

  const wanted = warningParts(warningFor(level, banner.efto));
  // A release-code form keeps its release letters: ZNR UUUAA becomes ZNY SSSAA.
  const group = read.release ? wanted.group.slice(0, 3) + read.release : wanted.group;
  const lineEdits: TextEdit[] = [{ range: line.warning.range, newText: group }];
  if (line.prefix.text !== wanted.prefix) lineEdits.unshift({ range: line.prefix.range, newText: wanted.prefix });
  const word = bannerWord(banner, warning.level, warning.efto);
  const fixes: Fix[] = [
    { title: `Change the security warning to ${wanted.prefix} ${group} (banner: ${describe(level, banner.efto)})`, edits: lineEdits, preferred: true },
    { title: `Change the banner to ${word} (security warning: ${describe(warning.level, warning.efto)})`, edits: [{ range: banner.marking.range, newText: word }] },
  ];
  return [
    {
      range: line.warning.range,
      message: `Security warning ${line.prefix.text} ${line.warning.text} is ${describe(warning.level, warning.efto)} but the banner is ${banner.marking.text} (${describe(level, banner.efto)}): expected ${wanted.prefix} ${group}.`,
      related: [{ range: banner.marking.range, message: 'banner classification' }],
      fixes,
    },
  ];
}

export const securityBanner: Rule = {
  code: 'H7',
  name: 'security-banner',
  severity: 'error',
  description: "The FL4 security warning (ZNR UUUUU, ZNY CCCCC, ...) stands for the banner's classification.",
  basis: 'ACP 127 §124, §203; ACP 127 US SUPP-1',
  check,
};
