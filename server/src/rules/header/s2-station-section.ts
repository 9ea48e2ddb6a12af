// S2: the `/nn` of the FL3 station serial number (`#0861/01`) is the banner's SECTION number. Many
// single-section cables carry `/01` without a SECTION mark (1,325 in the sample), so that is never
// reported; a different number, or a multi-section banner without `/nn`, only informs.

import type { Cable } from '../../model/cable';
import type { Finding, Rule } from '../types';

function check(cable: Cable): Finding[] {
  const station = cable.header?.station;
  const mark = cable.banner?.section;
  if (!station?.serial) return [];
  const section = station.section;
  if (section && mark && section.value !== mark.number.value) {
    return [
      {
        range: section.range,
        message: `FL3 section /${section.text} is not the banner's SECTION ${mark.number.text} OF ${mark.total.text}.`,
        related: [{ range: mark.range, message: 'banner section' }],
      },
    ];
  }
  if (section && !mark && section.value > 1) {
    return [{ range: section.range, message: `FL3 section /${section.text}, but the banner has no SECTION mark.` }];
  }
  if (!section && mark && mark.total.value > 1) {
    return [
      {
        range: station.serial.range,
        message: `The banner is SECTION ${mark.number.text} OF ${mark.total.text} but FL3 #${station.serial.text} has no /${mark.number.text}.`,
        related: [{ range: mark.range, message: 'banner section' }],
      },
    ];
  }
  return [];
}

export const stationSection: Rule = {
  code: 'S2',
  name: 'station-section',
  severity: 'information',
  description: "The FL3 section /nn is the banner's SECTION number.",
  basis: 'observed practice',
  check,
};
