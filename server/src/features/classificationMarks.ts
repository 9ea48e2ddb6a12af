// The classification level of each marking in a cable, for the client to show in colour
// (`cable/classificationMarks`): the banner line and every paragraph and sub-paragraph portion mark.
// A mark whose level is unknown (a misspelt banner, `(CNF)`) is left out: no colour beats a wrong one.

import type { Cable, PortionMark } from '../model/cable';
import type { ClassificationMark } from '../protocol';

export function classificationMarks(cable: Cable): ClassificationMark[] {
  const marks: ClassificationMark[] = [];
  const level = cable.banner?.marking.value;
  if (cable.banner && level) marks.push({ range: cable.banner.range, level });
  const addPortion = (mark: PortionMark | null) => {
    if (mark?.level) marks.push({ range: mark.range, level: mark.level });
  };
  for (const paragraph of cable.paragraphs) {
    addPortion(paragraph.mark);
    paragraph.subparagraphs.forEach((subparagraph) => addPortion(subparagraph.mark));
  }
  return marks;
}
