import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { LoadKind, Row } from '../rows.ts';
import { parseCsvMapping, recordToInput } from './csv-mapping.ts';

/** Columns a rejects file adds to the CSV it gives back; loading that file again ignores them. */
export const REJECT_COLUMNS = ['_line', '_errors'];

export interface CsvRows {
  header: string[];
  rows: AsyncGenerator<Row>;
}

/** CSV with a header line, each record turned into an input by the mapping file. */
export async function csvRows(content: Readable, mappingPath: string, kind: LoadKind): Promise<CsvRows> {
  let mappingJson: unknown;
  try {
    mappingJson = JSON.parse(readFileSync(mappingPath, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the mapping file ${mappingPath}: ${(error as Error).message}`, { cause: error });
  }
  const parser = content.pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await records.next();
  if (first.done) throw new Error('the CSV file is empty: it needs a header line naming its columns');
  const header = first.value.record.map((name) => name.trim());
  const mapping = parseCsvMapping(mappingJson, header, kind);
  const columns = header.filter((name) => !REJECT_COLUMNS.includes(name));
  const kept = columns.map((name) => header.indexOf(name));
  async function* rows(): AsyncGenerator<Row> {
    let number = 0;
    // csv-parse counts lines to the record's end, and a CRLF inside a quoted cell as two.
    let crlfInCells = 0;
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const { record, info } = next.value;
      number += 1;
      crlfInCells += record.reduce((sum, cell) => sum + (cell.match(/\r\n/g)?.length ?? 0), 0);
      const breaks = record.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
      const line = info.lines - crlfInCells - breaks;
      const cells = kept.map((at) => record[at] ?? '');
      const converted = recordToInput(mapping, header, record);
      yield { number, line, original: { form: 'csv', cells }, ...converted };
    }
  }
  return { header: columns, rows: rows() };
}
