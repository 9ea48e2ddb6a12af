// What the Node host of the workspace index takes from the core, in one place.

export { beginsLikeCable } from '../../workspace/core';
export { scanCable } from '../../workspace/scan';
export { WorkspaceIndex } from '../../workspace/store';
export type { IndexedCable, IndexEntry } from '../../workspace/types';
export type { Range } from '../../workspace/core';
