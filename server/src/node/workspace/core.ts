// What the Node host of the workspace index takes from the core, through the core's one door.

export { beginsLikeCable, emptyStats, scanCable, WorkspaceIndex } from '../../index';
export type { IndexedCable, IndexerEvents, IndexStats, Range, WorkspaceIndexEntry as IndexEntry, WorkspaceIndexer, WorkspaceIndexerFactory } from '../../index';
