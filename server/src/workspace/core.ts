// What the workspace index takes from the rest of the language service, in one place: when these
// move (facts about a cable go to model/), only this file changes.

export type { Cable, Paragraph, ReferenceItem, ReferencesBlock } from '../model/cable';
export type { Position, Range } from '../model/range';
export { comparePositions, rangeContains } from '../model/range';
export { countAtMost, itself } from '../model/sorted';
export { parseCable } from '../parser';
export { groupStart } from '../parser/text';
export { beginsLikeCable } from '../parser/detect';
export { cableDate, classification, referenceId } from '../model/facts';
export { code, escape, hoverOf, type Hover } from '../features/markdown';
export {
  CABLE_GROUPINGS,
  WORKSPACE_CABLES_LIMIT,
  type CableGroup,
  type CableGrouping,
  type CableListItem,
  type WorkspaceCables,
  type WorkspaceCablesChanged,
  type WorkspaceCablesParams,
} from '../protocol';
export { LEVEL_RANK } from '../model/levels';
