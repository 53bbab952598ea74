import { closeSync, existsSync, ftruncateSync, openSync, statSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { Row, RowProblem } from './rows.ts';
import { REJECT_COLUMNS } from './read/csv-rows.ts';

// The rejects file gives back every row that was not stored, as it was read, with where it was
// and why: NDJSON records {row, line, errors, input | text} for JSON input, the CSV's own columns
// plus _line and _errors for CSV. Both load again as they are, once fixed, with the same command.

const describe = (problems: RowProblem[]) =>
  problems.map((item) => `${item.code} ${item.name}${item.path.length ? ` at ${item.path.join('.')}` : ''}: ${item.message}`).join(' | ');

export class RejectsFile {
  private readonly fd: number;
  private bytes: number;

  private constructor(
    readonly path: string,
    private readonly csvHeader: string[] | undefined,
    keepBytes: number | undefined,
  ) {
    const existed = existsSync(path);
    this.fd = openSync(path, existed ? 'r+' : 'w');
    const size = statSync(path).size;
    // A resumed load drops what was written after its checkpoint: those rows are sent again.
    this.bytes = keepBytes === undefined ? 0 : Math.min(keepBytes, size);
    ftruncateSync(this.fd, this.bytes);
    if (this.bytes === 0 && csvHeader) this.write(stringify([[...csvHeader, ...REJECT_COLUMNS]]));
  }

  /** Opens the rejects file anew, or, resuming, as the checkpoint left it. */
  static open(path: string, csvHeader: string[] | undefined, resumeAtBytes?: number): RejectsFile {
    return new RejectsFile(path, csvHeader, resumeAtBytes);
  }

  /** Its length: what a checkpoint records. */
  get length(): number {
    return this.bytes;
  }

  add(row: Row, problems: RowProblem[]): void {
    const { original } = row;
    if (original.form === 'csv') {
      this.write(stringify([[...original.cells, String(row.line ?? ''), describe(problems)]]));
      return;
    }
    const record = {
      row: row.number,
      ...(row.line === undefined ? {} : { line: row.line }),
      errors: problems,
      ...(original.form === 'json' ? { input: original.value } : { text: original.text }),
    };
    this.write(`${JSON.stringify(record)}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }

  private write(text: string): void {
    const buffer = Buffer.from(text);
    writeSync(this.fd, buffer, 0, buffer.length, this.bytes);
    this.bytes += buffer.length;
  }
}
