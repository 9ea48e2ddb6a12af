// The classification levels the server reports (`cable/classificationMarks`, `cable/documentInfo`)
// and the themable colour each is shown in, contributed in package.json as cable.classification.*.

import type { Level } from '../../server/src/protocol';

/** `TOP SECRET` → `cable.classification.topSecret`. */
export function classificationColorId(level: Level): string {
  return `cable.classification.${level.toLowerCase().replace(/ (\w)/g, (_, first: string) => first.toUpperCase())}`;
}
