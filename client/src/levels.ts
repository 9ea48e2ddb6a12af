// The classification levels the server reports (`cable/classificationMarks`, `cable/documentInfo`)
// and the themable colour each is shown in, contributed in package.json as cable.classification.*.

export type Level = 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

export const LEVELS: readonly Level[] = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];

/** `TOP SECRET` → `cable.classification.topSecret`. */
export function classificationColorId(level: Level): string {
  return `cable.classification.${level.toLowerCase().replace(/ (\w)/g, (_, first: string) => first.toUpperCase())}`;
}
