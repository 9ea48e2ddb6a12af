// What the Node host of the workspace index takes from the core, through the core's one door.

export { beginsLikeCable, scanCable, WorkspaceIndex } from '../../index';
export type { IndexedCable, Range, WorkspaceIndexEntry as IndexEntry } from '../../index';
