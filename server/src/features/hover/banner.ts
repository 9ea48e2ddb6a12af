// The classification line (banner) with `SECTION 01 OF 02` and the message reference number, the
// continuation lines that begin later sections, and the captions below the banner (§3.1–§3.3).

import type { Banner, Cable, Caption, SectionBreak } from '../../model/cable';
import type { Position } from '../../model/range';
import { lookupCaption } from '../../reference';
import { referenceId } from '../../model/facts';
import { pick, written } from './context';
import { describeCaption } from '../describers';
import { code, hoverOf, notInLists, source, type Hover } from '../markdown';

export function bannerHover(cable: Cable, banner: Banner, position: Position): Hover | null {
  if (pick([banner.marking], position)) return markingHover(cable, banner);
  if (banner.section && pick([banner.section], position)) {
    const { number, total } = banner.section;
    const continuations = cable.sections.filter((s) => s.kind === 'continuation' && s.part === null).map((s) => s.section.value);
    return hoverOf(banner.section.range, [
      `${code(written(cable, banner.section.range))} — section ${number.value} of ${total.value}`,
      continuations.length > 0
        ? `Continuation lines in this file begin section${continuations.length === 1 ? '' : 's'} ${continuations.join(', ')}.`
        : 'No continuation line of a later section is in this file.',
      source('ACP127 §208'),
    ]);
  }
  if (banner.reference && pick([banner.reference], position)) {
    const id = referenceId(cable);
    return hoverOf(banner.reference.range, [
      `${code(written(cable, banner.reference.range))} — message reference number`,
      `Origin ${code(banner.reference.origin.value)}, serial ${banner.reference.serial.value}${id === null ? '; the cable has no date, so no cable id.' : `: cable **${id}**`}`,
      source('OBS (cable-format.md §3.1)'),
    ]);
  }
  return null;
}

function markingHover(cable: Cable, banner: Banner): Hover {
  const level = banner.marking.value;
  const warning = cable.header?.security ?? null;
  const agreement =
    warning === null || warning.level === null || level === null
      ? null
      : warning.level === level
        ? `Agrees with the security warning ${code(`${warning.prefix.text} ${warning.warning.text}`)}.`
        : `The security warning ${code(`${warning.prefix.text} ${warning.warning.text}`)} says ${warning.level}.`;
  return hoverOf(banner.marking.range, [
    `${code(banner.marking.text)} — classification line`,
    level === null ? notInLists('A classification word') : `**${level}${banner.efto ? ' (EFTO: encrypted for transmission only)' : ''}**`,
    agreement,
    source('ACP127 §209', '5 FAH-2 H-220 (cable-format.md §3.1)'),
  ]);
}

export function sectionBreakHover(cable: Cable, section: SectionBreak): Hover {
  const total = section.total === null ? '' : ` of ${section.total.value}`;
  const part = section.part === null ? '' : `, part ${section.part}`;
  return hoverOf(section.range, [
    `${code(written(cable, section.range).trim())} — ${section.kind === 'continuation' ? 'continuation line' : 'printout page line'}`,
    `Begins section ${section.section.value}${total}${part} of ${code(`${section.origin.text} ${section.serial.value}`)}.`,
    source('OBS (cable-format.md §3.2)'),
  ]);
}

export function captionHover(caption: Caption): Hover {
  const match = lookupCaption(caption.value);
  return hoverOf(caption.range, describeCaption(caption.text, match?.caption ?? null, match?.argument ?? null));
}
