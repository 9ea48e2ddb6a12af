// H4: the FL3 station serial number is the last four digits of the banner's message reference
// number (`DE RUEHKP #0861` with `KARACHI 000861`). Not a documented rule, but it holds in all but 6
// of 5,210 sample cables; a mismatch often means a header and a text that do not belong together.

import type { Cable } from '../../model/cable';
import type { Finding, Rule } from '../types';

const SSN_DIGITS = 10_000;

function check(cable: Cable): Finding[] {
  const ssn = cable.header?.station?.serial;
  const mrn = cable.banner?.reference;
  if (!ssn || !mrn || ssn.value === mrn.serial.value % SSN_DIGITS) return [];
  const expected = String(mrn.serial.value % SSN_DIGITS).padStart(4, '0');
  return [
    {
      range: ssn.range,
      message: `Station serial number ${ssn.text} is not the last four digits of the banner's ${mrn.origin.text} ${mrn.serial.text} (${expected}).`,
      related: [{ range: mrn.range, message: 'message reference number' }],
    },
  ];
}

export const stationSerial: Rule = {
  code: 'H4',
  name: 'station-serial',
  severity: 'information',
  description: "The FL3 station serial number is the last four digits of the banner's message reference number.",
  basis: 'observed practice',
  check,
};
