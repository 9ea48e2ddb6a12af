// Rules of this group, in code order.

import type { Rule } from '../types';
import { bannerMissing } from './c1-banner-missing';
import { bannerSpelling } from './c2-banner-spelling';
import { bannerMetadata } from './c3-banner-metadata';
import { classifiedByMissing } from './c4-classified-by-missing';
import { reasonSectionEra } from './c5-reason-section-era';
import { declassificationInstruction } from './c6-declassification-instruction';
import { declassifyBeforeCable } from './c7-declassify-before-cable';
import { portionAboveBanner } from './c8-portion-above-banner';
import { bannerAbovePortions } from './c9-banner-above-portions';
import { portionMarkMissing } from './c10-portion-mark-missing';
import { portionMarkUnclosed } from './c11-portion-mark-unclosed';
import { nofornAgreement } from './c12-noforn-agreement';
import { captionCombination } from './c13-caption-combination';
import { captionOrder } from './c14-caption-order';
import { reasonLetter } from './c15-reason-letter';
import { declassifyTooFar } from './c16-declassify-too-far';
import { portionMarkUnknown } from './c17-portion-mark-unknown';

export const classificationRules: readonly Rule[] = [
  bannerMissing,
  bannerSpelling,
  bannerMetadata,
  classifiedByMissing,
  reasonSectionEra,
  declassificationInstruction,
  declassifyBeforeCable,
  portionAboveBanner,
  bannerAbovePortions,
  portionMarkMissing,
  portionMarkUnclosed,
  nofornAgreement,
  captionCombination,
  captionOrder,
  reasonLetter,
  declassifyTooFar,
  portionMarkUnknown,
];
