// Rules of this group, in code order.

import type { Rule } from '../types';
import { transmissionLine } from './h1-transmission-line';
import { routingProsign } from './h2-routing-prosign';
import { stationLine } from './h3-station-line';
import { stationSerial } from './h4-station-serial';
import { filingDay } from './h5-filing-day';
import { filingTime } from './h6-filing-time';
import { securityBanner } from './h7-security-banner';
import { dtgDate } from './h8-dtg-date';
import { dtgPrecedence } from './h9-dtg-precedence';
import { addresseeForm } from './h10-addressee-form';
import { referenceYear } from './h11-reference-year';
import { securityForm } from './h12-security-form';
import { addresseeRouting } from './h13-addressee-routing';
import { sectionTotals } from './s1-section-totals';
import { stationSection } from './s2-station-section';

export const headerRules: readonly Rule[] = [
  transmissionLine,
  routingProsign,
  stationLine,
  stationSerial,
  filingDay,
  filingTime,
  securityBanner,
  dtgDate,
  dtgPrecedence,
  addresseeForm,
  referenceYear,
  securityForm,
  addresseeRouting,
  sectionTotals,
  stationSection,
];
