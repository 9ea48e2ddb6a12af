// H6: the FL3 filing time (HHMM) is the time of the FL5 date-time group. Filing after release is
// legitimate (330 of 5,716 sample cables differ, mostly by minutes), so this only informs.

import type { Cable } from '../../model/cable';
import type { Finding, Rule } from '../types';

function check(cable: Cable): Finding[] {
  const time = cable.header?.station?.time;
  const dtg = cable.header?.dateTime?.dtg;
  if (!time || !dtg || time.text === dtg.time.value) return [];
  return [
    {
      range: time.range,
      message: `Filing time ${time.text} differs from the DTG time ${dtg.time.value}Z.`,
      related: [{ range: dtg.time.range, message: 'DTG time' }],
    },
  ];
}

export const filingTime: Rule = {
  code: 'H6',
  name: 'filing-time',
  severity: 'information',
  description: 'The FL3 filing time HHMM differs from the time of the FL5 date-time group.',
  basis: 'observed practice',
  check,
};
