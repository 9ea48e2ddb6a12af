// Rules of this group, in code order.

import type { Rule } from '../types';
import { paragraphNumbering } from './p1-paragraph-numbering';
import { paragraphOutOfSequence } from './p2-paragraph-out-of-sequence';
import { unclosedBlock } from './p3-unclosed-block';
import { niactJustification } from './p4-niact-justification';
import { firstParagraphNumber } from './p5-first-paragraph-number';
import { singleNumberedParagraph } from './p6-single-numbered-paragraph';
import { missingTags } from './t1-missing-tags';
import { misKeyedTag } from './t2-mis-keyed-tag';
import { geoTagEra } from './t3-geo-tag-era';
import { missingSubject } from './t4-missing-subject';
import { executiveOrder } from './t5-executive-order';
import { runTogetherTags } from './t6-run-together-tags';
import { unknownTag } from './t7-unknown-tag';
import { subjectTag } from './t8-subject-tag';

export const textRules: readonly Rule[] = [
  paragraphNumbering,
  paragraphOutOfSequence,
  unclosedBlock,
  niactJustification,
  firstParagraphNumber,
  singleNumberedParagraph,
  missingTags,
  misKeyedTag,
  geoTagEra,
  missingSubject,
  executiveOrder,
  runTogetherTags,
  unknownTag,
  subjectTag,
];
