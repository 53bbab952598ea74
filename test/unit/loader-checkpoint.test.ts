// The file loader's checkpoint alone: which rows a load has settled (batches answer in any
// order), whether a file and settings may resume it, and how it is kept on disk.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fileIdentity,
  isSettled,
  mismatch,
  newCheckpoint,
  readCheckpoint,
  removeCheckpoint,
  settle,
  writeCheckpoint,
  type CheckpointState,
  type LoadIdentity,
} from '../../src/loader/checkpoint.ts';

const FILE = { size: 1000, sha256: 'a'.repeat(64) };
const LOAD: LoadIdentity = {
  kind: 'interactions',
  format: 'csv',
  mapping: 'b'.repeat(64),
  tenant: 't-1',
  source: 'Salesforce',
  rejects: '/data/rows.rejects.csv',
};

/** A new checkpoint with batches first..last in flight, as the loader records them when it sends them. */
function sending(...batches: Array<[number, number]>): CheckpointState {
  const state = newCheckpoint(FILE, LOAD, 0);
  for (const [first, last] of batches) state.inFlight.push({ first, last, key: `${state.run}:${first}`, sentAt: 1 });
  return state;
}

const settledRows = (state: CheckpointState, upTo: number) =>
  Array.from({ length: upTo }, (_, index) => index + 1).filter((number) => isSettled(state, number));

describe('loader checkpoint: settled rows', () => {
  it('starts with nothing settled, under a run prefix of its own', () => {
    const state = newCheckpoint(FILE, LOAD, 42);
    expect(state).toMatchObject({ version: 2, file: FILE, load: LOAD, through: 0, done: [], inFlight: [], rejectsBytes: 42 });
    expect(state.settled).toEqual({ created: 0, replayed: 0, rejected: 0 });
    expect(state.finishedAt).toBeUndefined();
    expect(state.run).toMatch(/^load-[\w-]{12}$/);
    expect(newCheckpoint(FILE, LOAD, 0).run).not.toBe(state.run);
    expect(isSettled(state, 1)).toBe(false);
  });

  it('folds batches settled in order into `through`', () => {
    const state = sending([1, 10], [11, 20]);
    settle(state, 1, 10);
    expect(state).toMatchObject({ through: 10, done: [], inFlight: [{ first: 11, last: 20 }] });
    settle(state, 11, 20);
    expect(state).toMatchObject({ through: 20, done: [], inFlight: [] });
    expect(isSettled(state, 20)).toBe(true);
    expect(isSettled(state, 21)).toBe(false);
  });

  it('keeps batches settled out of order in `done` until the rows before them are settled', () => {
    const state = sending([1, 10], [11, 20], [21, 30], [31, 40]);
    settle(state, 31, 40);
    settle(state, 11, 20);
    expect(state.through).toBe(0);
    expect(state.done).toEqual([
      [11, 20],
      [31, 40],
    ]);
    expect(state.inFlight.map((batch) => batch.first)).toEqual([1, 21]);
    // Rows of done ranges are settled, the gaps are not.
    expect(settledRows(state, 45)).toEqual([...range(11, 20), ...range(31, 40)]);

    settle(state, 1, 10);
    expect(state.through).toBe(20);
    expect(state.done).toEqual([[31, 40]]);
    expect(settledRows(state, 45)).toEqual([...range(1, 20), ...range(31, 40)]);

    settle(state, 21, 30);
    expect(state).toMatchObject({ through: 40, done: [], inFlight: [] });
    expect(settledRows(state, 45)).toEqual(range(1, 40));
  });

  it('folds every range that joins `through` at once, and ranges that overlap it', () => {
    const state = sending();
    // Rows without a sendable input (unreadable ones) settle with their batch: ranges may be of one row.
    settle(state, 5, 5);
    settle(state, 3, 4);
    settle(state, 7, 9);
    expect(state.through).toBe(0);
    settle(state, 1, 2);
    expect(state).toMatchObject({ through: 5, done: [[7, 9]] });
    settle(state, 6, 6);
    expect(state).toMatchObject({ through: 9, done: [] });
    // A batch resent after a resume may end within what is settled already.
    settle(state, 8, 9);
    expect(state).toMatchObject({ through: 9, done: [] });
  });

  it('drops the in-flight batch a settled range starts', () => {
    const state = sending([1, 10], [11, 20]);
    settle(state, 11, 20);
    expect(state.inFlight).toEqual([{ first: 1, last: 10, key: `${state.run}:1`, sentAt: 1 }]);
  });
});

function range(first: number, last: number) {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

describe('loader checkpoint: resuming', () => {
  const state = newCheckpoint(FILE, LOAD, 0);

  it('resumes the same file with the same settings', () => {
    expect(mismatch(state, { ...FILE }, { ...LOAD })).toBeUndefined();
  });

  it('refuses a file that changed in size or in content', () => {
    expect(mismatch(state, { ...FILE, size: 1001 }, LOAD)).toBe('the file changed since');
    expect(mismatch(state, { ...FILE, sha256: 'c'.repeat(64) }, LOAD)).toBe('the file changed since');
  });

  it('refuses other settings, naming the one that differs and what it was', () => {
    expect(mismatch(state, FILE, { ...LOAD, kind: 'entities' })).toBe('its kind was interactions');
    expect(mismatch(state, FILE, { ...LOAD, format: 'ndjson' })).toBe('its format was csv');
    expect(mismatch(state, FILE, { ...LOAD, mapping: 'c'.repeat(64) })).toBe('the mapping file changed since');
    expect(mismatch(state, FILE, { ...LOAD, tenant: 't-2' })).toBe('its tenant was t-1');
    expect(mismatch(state, FILE, { ...LOAD, source: undefined })).toBe('its source was Salesforce');
    expect(mismatch(state, FILE, { ...LOAD, rejects: '/elsewhere/rejects.csv' })).toBe('its rejects file was /data/rows.rejects.csv');
    const { source: _source, mapping: _mapping, ...plain } = LOAD;
    const withoutSource = newCheckpoint(FILE, plain, 0);
    expect(mismatch(withoutSource, FILE, { ...plain, source: 'AMA' })).toBe('its source was not given');
    expect(mismatch(withoutSource, FILE, { ...plain, mapping: 'd'.repeat(64) })).toBe('the mapping file changed since');
  });
});

describe('loader checkpoint: on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loader-checkpoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('identifies a file by its size and the digest of its whole content', async () => {
    const file = join(dir, 'rows.ndjson');
    const head = 'x'.repeat(1024 * 1024);
    writeFileSync(file, `${head}tail`);
    const identity = await fileIdentity(file);
    expect(identity.size).toBe(1024 * 1024 + 4);
    expect(identity.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await fileIdentity(file)).toEqual(identity);
    // A change anywhere is seen, even past the first MiB and keeping the size.
    writeFileSync(file, `${head}TAIL`);
    const changed = await fileIdentity(file);
    expect(changed.size).toBe(identity.size);
    expect(changed.sha256).not.toBe(identity.sha256);
  });

  it('writes the checkpoint whole and reads it back; removing it removes the file aside too', () => {
    const path = join(dir, 'rows.ndjson.checkpoint.json');
    expect(readCheckpoint(path)).toBeUndefined();
    const state = sending([1, 10], [11, 20]);
    settle(state, 11, 20);
    const before = Date.now();
    writeCheckpoint(path, state);
    expect(state.updatedAt).toBeGreaterThanOrEqual(before);
    expect(existsSync(`${path}.tmp`)).toBe(false);
    expect(readCheckpoint(path)).toEqual(state);

    writeFileSync(`${path}.tmp`, '{"half');
    removeCheckpoint(path);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.tmp`)).toBe(false);
    expect(() => removeCheckpoint(path)).not.toThrow();
  });

  it('refuses a checkpoint of another version of the loader', () => {
    const path = join(dir, 'old.checkpoint.json');
    writeFileSync(path, JSON.stringify({ ...newCheckpoint(FILE, LOAD, 0), version: 1 }));
    expect(() => readCheckpoint(path)).toThrow(`the checkpoint ${path} is of another version of the loader`);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ version: 1 });
    writeFileSync(path, '{"version": 2, "fi');
    expect(() => readCheckpoint(path)).toThrow(`the checkpoint ${path} cannot be read`);
  });
});
