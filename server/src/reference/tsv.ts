import { readFileSync } from 'node:fs';

// V8 returns substrings of 13 characters or more as slices that keep the whole file text alive;
// such fields are copied (once per distinct value) so that only the fields are kept.
const SLICE_LENGTH = 13;

/**
 * Reads a tab-separated table with a header line and returns its rows with the fields in the
 * order of `columns` (named in the header, in any order there). No returned string refers to the
 * file text, and equal long values share one string. Throws on a missing column or a row with the
 * wrong number of fields.
 */
export function readTsv(file: string, columns: readonly string[]): string[][] {
  const copies = new Map<string, string>();
  const detach = (field: string): string => {
    if (field.length < SLICE_LENGTH) return field;
    let copy = copies.get(field);
    if (copy === undefined) {
      copy = JSON.parse(JSON.stringify(field)) as string;
      copies.set(copy, copy);
    }
    return copy;
  };

  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].replace(/\r$/, '').split('\t');
  const order = columns.map((name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no column "${name}" in the header`);
    return index;
  });
  const rows: string[][] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index].endsWith('\r') ? lines[index].slice(0, -1) : lines[index];
    if (line === '') continue;
    const fields = line.split('\t');
    if (fields.length !== header.length) {
      throw new Error(`${file}: line ${index + 1} has ${fields.length} fields, the header ${header.length}`);
    }
    rows.push(order.map((column) => detach(fields[column])));
  }
  return rows;
}
