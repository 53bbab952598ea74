// A row of a loaded file, from whichever format it was read.

export type LoadKind = 'interactions' | 'entities';

/** What the rejects file gives back of a row: what was read, in the form it was read. */
export type RowOriginal =
  { form: 'json'; value: Record<string, unknown> } | { form: 'text'; text: string } | { form: 'csv'; cells: string[] };

export interface Row {
  /** Position among the file's rows, from 1: what a checkpoint counts. */
  number: number;
  /** The line it starts on; none for the items of a JSON array. */
  line?: number;
  original: RowOriginal;
  /** The input to send, or why the row could not be turned into one. */
  input?: Record<string, unknown>;
  unreadable?: string;
}

/** The problem a row has, as the rejects file records it (a catalog entry, or a whole-request failure of the service). */
export interface RowProblem {
  code: number;
  name: string;
  path: string[];
  message: string;
  existingUri?: string | null;
}
