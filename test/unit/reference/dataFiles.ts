// Reads the data files directly, independently of the loaders under test, so that the tests can
// compare what the files hold with what the loaders give.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DATA = path.resolve(__dirname, '../../../../server/data');

export function dataFiles(): string[] {
  return readdirSync(DATA).filter((name) => name.endsWith('.tsv')).sort();
}

/** The rows of a data file as objects keyed by the header's column names. */
export function rawRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(DATA, file), 'utf8').split('\n').filter((line) => line !== '');
  const columns = header.split('\t');
  return lines.map((line) => {
    const fields = line.split('\t');
    return Object.fromEntries(columns.map((column, index) => [column, fields[index]]));
  });
}
