// The reference tables as the build bundles them (scripts/referenceData.mjs writes data/*.ts from
// server/data/*.tsv): a table's lines, header first, read into rows on first use.

/** One bundled table: the name of its file in server/data, and its lines. */
export interface TableSource {
  readonly file: string;
  /** A function, so that the lines are made only when the table is first read. */
  readonly lines: () => readonly string[];
}

// V8 returns substrings of 13 characters or more as slices that keep their whole line alive; such
// fields are copied (once per distinct value) so that only the fields are kept.
const SLICE_LENGTH = 13;

/**
 * The rows of a tab-separated table with a header line, with the fields in the order of `columns`
 * (named in the header, in any order there). No returned string refers to a line, and equal long
 * values share one string. Throws on a missing column or a row with the wrong number of fields.
 */
export function readTsv(source: TableSource, columns: readonly string[]): string[][] {
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

  const { file } = source;
  const [first, ...lines] = source.lines();
  const header = first.split('\t');
  const order = columns.map((name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no column "${name}" in the header`);
    return index;
  });
  return lines.map((line, index) => {
    const fields = line.split('\t');
    if (fields.length !== header.length) {
      throw new Error(`${file}: line ${index + 2} has ${fields.length} fields, the header ${header.length}`);
    }
    return order.map((column) => detach(fields[column]));
  });
}
