// The file loader's CSV mapping alone: which mapping files it takes (checked against the CSV
// header), the input each record becomes, and the line each record is said to start on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvMapping, recordToInput } from '../../src/loader/read/csv-mapping.ts';
import { csvRows } from '../../src/loader/read/csv-rows.ts';

const HEADER = ['Kind', 'When', 'Place', 'Notes', 'Organizer', 'Chefs', 'Guest', 'Contact', 'Id'];

/** The mapping of the demo's Lunch and EmailOpened: members by URI, by crosswalk, and by mapped value (ReceiverContactId). */
const MAPPING = {
  type: 'Kind',
  timestamp: { column: 'When' },
  attributes: { Place: 'Place', Notes: { column: 'Notes', split: ';' }, ReceiverContactId: 'Contact', Channel: { value: 'import' } },
  crosswalks: [{ source: 'Salesforce', value: 'Id' }],
  members: {
    Organizers: [{ uri: 'Organizer' }],
    Chefs: [{ crosswalk: { source: 'Salesforce', value: { column: 'Chefs', split: '|' } } }],
    Participants: [{ crosswalk: { value: 'Guest' } }, { uri: { value: 'entities/Constant1' } }],
  },
};

const mapping = parseCsvMapping(MAPPING, HEADER, 'interactions');

/** The input of a record given as column → cell (the other cells empty). */
function convert(cells: Partial<Record<(typeof HEADER)[number], string>>, header = HEADER, using = mapping) {
  return recordToInput(
    using,
    header,
    header.map((name) => cells[name] ?? ''),
  );
}

describe('CSV mapping file', () => {
  it('takes cells by column name, by {column, split} and as constants', () => {
    expect(mapping.type).toEqual({ column: 'Kind' });
    expect(mapping.attributes).toEqual({
      Place: { column: 'Place' },
      Notes: { column: 'Notes', split: ';' },
      ReceiverContactId: { column: 'Contact' },
      Channel: { value: 'import' },
    });
    expect(mapping.members?.Participants).toEqual([
      { crosswalk: { value: { column: 'Guest' } } },
      { uri: { value: 'entities/Constant1' } },
    ]);
  });

  it('names the columns the CSV header lacks, once each, with the columns it has', () => {
    expect(() =>
      parseCsvMapping(
        { type: 'Kind', attributes: { Place: 'Where', Notes: { column: 'Where' }, Cost: 'Price' } },
        ['Kind', 'Place'],
        'interactions',
      ),
    ).toThrow('the mapping file names columns Where, Price that the CSV header lacks (it has Kind, Place)');
    expect(() => parseCsvMapping({ type: 'Type' }, ['Kind', 'Place'], 'interactions')).toThrow(
      'the mapping file names column Type that the CSV header lacks (it has Kind, Place)',
    );
    // Columns of members, crosswalks and the timestamp are checked too; constants name no column.
    for (const wrong of [
      { type: 'Kind', timestamp: 'Date' },
      { type: 'Kind', crosswalks: [{ value: 'Date' }] },
      { type: 'Kind', members: { Organizers: [{ uri: { column: 'Date' } }] } },
      { type: 'Kind', members: { Organizers: [{ crosswalk: { source: 'Salesforce', value: 'Date' } }] } },
    ]) {
      expect(() => parseCsvMapping(wrong, ['Kind'], 'interactions')).toThrow(
        'the mapping file names column Date that the CSV header lacks (it has Kind)',
      );
    }
    expect(parseCsvMapping({ type: { value: 'Lunch' }, attributes: { Place: { value: 'Bag End' } } }, ['Other'], 'interactions')).toEqual({
      type: { value: 'Lunch' },
      attributes: { Place: { value: 'Bag End' } },
    });
  });

  it('refuses a mapping of the wrong shape, saying where', () => {
    const refused = (json: unknown) => {
      try {
        parseCsvMapping(json, HEADER, 'interactions');
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused(['Kind'])).toMatch(/^the mapping file is not valid at its top: /);
    expect(refused(null)).toMatch(/^the mapping file is not valid at its top: /);
    expect(refused({ attributes: { Place: 'Place' } })).toMatch(/^the mapping file is not valid at type: /);
    expect(refused({ type: 'Kind', extra: 'Place' })).toMatch(/^the mapping file is not valid at its top: .*extra/);
    expect(refused({ type: '' })).toMatch(/^the mapping file is not valid at type: /);
    expect(refused({ type: { column: 'Kind', split: '' } })).toMatch(/^the mapping file is not valid at type\.split: /);
    expect(refused({ type: 'Kind', attributes: { Notes: { column: 'Notes', splt: ';' } } })).toBe(
      'the mapping file is not valid at attributes.Notes: Unrecognized key: "splt"',
    );
    expect(refused({ type: { column: 'Kind', value: 'Lunch' } })).toMatch(/^the mapping file is not valid at type: /);
    expect(refused({ type: 'Kind', attributes: { Place: 3 } })).toMatch(/^the mapping file is not valid at attributes\.Place: /);
    expect(refused({ type: 'Kind', crosswalks: [{ source: 'Salesforce' }] })).toMatch(
      /^the mapping file is not valid at crosswalks\.0\.value: /,
    );
    expect(refused({ type: 'Kind', members: { Organizers: [] } })).toMatch(/^the mapping file is not valid at members\.Organizers: /);
    expect(refused({ type: 'Kind', members: { Organizers: { uri: 'Organizer' } } })).toMatch(
      /^the mapping file is not valid at members\.Organizers: /,
    );
    // A member is referenced one way: by URI or by crosswalk.
    expect(refused({ type: 'Kind', members: { Organizers: [{ uri: 'Organizer', crosswalk: { value: 'Guest' } }] } })).toMatch(
      /^the mapping file is not valid at members\.Organizers\.0: /,
    );
    expect(refused({ type: 'Kind', members: { Organizers: [{ objectURI: 'Organizer' }] } })).toMatch(
      /^the mapping file is not valid at members\.Organizers\.0: /,
    );
  });

  it('refuses a timestamp or members for entities, which have neither', () => {
    const entityHeader = ['Type', 'Name', 'When', 'Friend'];
    const message = 'the mapping file maps a timestamp or members, which entities do not have: remove them to load entities';
    expect(() => parseCsvMapping({ type: 'Type', timestamp: 'When' }, entityHeader, 'entities')).toThrow(message);
    expect(() => parseCsvMapping({ type: 'Type', members: { Friends: [{ uri: 'Friend' }] } }, entityHeader, 'entities')).toThrow(message);
    expect(
      parseCsvMapping(
        { type: 'Type', attributes: { FullName: 'Name' }, crosswalks: [{ source: 'Salesforce', value: 'Friend' }] },
        entityHeader,
        'entities',
      ),
    ).toMatchObject({ type: { column: 'Type' } });
  });
});

describe('CSV record to input', () => {
  it('makes every kind of member reference: by URI, by crosswalk (with and without source), and none where a mapped value finds it', () => {
    expect(
      convert({
        Kind: 'Lunch',
        When: '2024-05-01T12:00:00Z',
        Place: 'Bag End',
        Organizer: 'entities/Org1',
        Chefs: 'SF-1',
        Guest: 'G-1',
        Id: 'L-1',
      }),
    ).toEqual({
      input: {
        type: 'Lunch',
        timestamp: '2024-05-01T12:00:00Z',
        attributes: [
          { name: 'Place', values: ['Bag End'] },
          { name: 'Channel', values: ['import'] },
        ],
        crosswalks: [{ source: 'Salesforce', value: 'L-1' }],
        members: [
          { participant: 'Organizers', members: [{ objectURI: 'entities/Org1' }] },
          { participant: 'Chefs', members: [{ crosswalks: [{ source: 'Salesforce', value: 'SF-1' }] }] },
          { participant: 'Participants', members: [{ crosswalks: [{ value: 'G-1' }] }, { objectURI: 'entities/Constant1' }] },
        ],
      },
    });
    // EmailOpened's Receiver: the contact id is an attribute, and the service finds the member by it.
    expect(convert({ Kind: 'EmailOpened', Contact: 'C-42' })).toEqual({
      input: {
        type: 'EmailOpened',
        attributes: [
          { name: 'ReceiverContactId', values: ['C-42'] },
          { name: 'Channel', values: ['import'] },
        ],
        members: [{ participant: 'Participants', members: [{ objectURI: 'entities/Constant1' }] }],
      },
    });
  });

  it('splits a cell into several values, trimmed, without the empty ones', () => {
    const { input } = convert({ Kind: 'Lunch', Notes: ' first ;second;; ; third ', Chefs: 'SF-1| SF-2 |' }) as {
      input: Record<string, unknown>;
    };
    expect(input.attributes).toEqual([
      { name: 'Notes', values: ['first', 'second', 'third'] },
      { name: 'Channel', values: ['import'] },
    ]);
    expect(input.members).toContainEqual({
      participant: 'Chefs',
      members: [{ crosswalks: [{ source: 'Salesforce', value: 'SF-1' }] }, { crosswalks: [{ source: 'Salesforce', value: 'SF-2' }] }],
    });
    // A split of only separators gives nothing at all.
    expect((convert({ Kind: 'Lunch', Notes: ' ; ;' }) as { input: Record<string, unknown> }).input.attributes).toEqual([
      { name: 'Channel', values: ['import'] },
    ]);
  });

  it('leaves empty and blank cells out: no attribute, crosswalk, member group or timestamp', () => {
    const onlyColumns = parseCsvMapping(
      {
        ...MAPPING,
        attributes: { Place: 'Place', Notes: { column: 'Notes', split: ';' } },
        members: { Organizers: [{ uri: 'Organizer' }] },
      },
      HEADER,
      'interactions',
    );
    expect(convert({ Kind: 'Lunch', When: '  ', Place: ' ', Notes: '', Organizer: '', Id: '' }, HEADER, onlyColumns)).toEqual({
      input: { type: 'Lunch' },
    });
    // Cells are trimmed; a record shorter than the header has empty cells at its end.
    expect(recordToInput(onlyColumns, HEADER, [' Lunch ', '', '  Bag End '])).toEqual({
      input: { type: 'Lunch', attributes: [{ name: 'Place', values: ['Bag End'] }] },
    });
  });

  it('takes constants, and an empty constant as no value', () => {
    const constants = parseCsvMapping(
      {
        type: { value: 'Meeting' },
        timestamp: { value: '2024-01-02' },
        attributes: { Place: { value: '' }, Notes: { value: 'imported' } },
      },
      [],
      'interactions',
    );
    expect(recordToInput(constants, [], [])).toEqual({
      input: { type: 'Meeting', timestamp: '2024-01-02', attributes: [{ name: 'Notes', values: ['imported'] }] },
    });
  });

  it('sends whole-number timestamps as numbers, others as written', () => {
    const timestampOf = (When: string) => (convert({ Kind: 'Lunch', When }) as { input: Record<string, unknown> }).input.timestamp;
    expect(timestampOf('1714557600000')).toBe(1714557600000);
    expect(timestampOf(' 1714557600000 ')).toBe(1714557600000);
    expect(timestampOf('-86400000')).toBe(-86400000);
    expect(timestampOf('0')).toBe(0);
    expect(timestampOf('2024-05-01T12:00:00+02:00')).toBe('2024-05-01T12:00:00+02:00');
    expect(timestampOf('2024-05-01')).toBe('2024-05-01');
    expect(timestampOf('1714557600000.5')).toBe('1714557600000.5');
    expect(timestampOf('yesterday')).toBe('yesterday');
  });

  it('cannot make an input without a type, and says which column is empty', () => {
    expect(convert({ Kind: ' ', Place: 'Bag End' })).toEqual({ unreadable: 'no type: column Kind is empty' });
    const emptyConstant = parseCsvMapping({ type: { value: '' } }, [], 'interactions');
    expect(recordToInput(emptyConstant, [], [])).toEqual({ unreadable: 'no type: the mapping gives an empty one' });
    // The first value of a split type cell.
    const splitType = parseCsvMapping({ type: { column: 'Kind', split: '/' } }, ['Kind'], 'interactions');
    expect(recordToInput(splitType, ['Kind'], ['/Lunch/Meeting'])).toEqual({ input: { type: 'Lunch' } });
  });

  it('reads cells by the header, whatever the columns it does not map (a rejects file adds _line and _errors)', () => {
    const header = ['_line', 'Kind', '_errors', 'Place'];
    const simple = parseCsvMapping({ type: 'Kind', attributes: { Place: 'Place' } }, header, 'interactions');
    expect(recordToInput(simple, header, ['7', 'Lunch', '2003 INVALID_ATTRIBUTE_VALUE: ...', 'Bag End'])).toEqual({
      input: { type: 'Lunch', attributes: [{ name: 'Place', values: ['Bag End'] }] },
    });
  });
});

describe('CSV rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loader-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const mappingFile = join(dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify({ type: 'Kind', attributes: { Place: 'Place' } }));

  /** Each row's number, line and Place (or why it is unreadable). */
  async function rowsOf(text: string) {
    const { header, rows } = await csvRows(Readable.from([Buffer.from(text)]), mappingFile, 'interactions');
    const read = [];
    for await (const row of rows) read.push({ number: row.number, line: row.line, input: row.input ?? row.unreadable });
    return { header, read };
  }

  const expected = [
    { number: 1, line: 2, input: { type: 'Lunch', attributes: [{ name: 'Place', values: ['Bag End'] }] } },
    { number: 2, line: 3, input: 'no type: column Kind is empty' },
    { number: 3, line: 4, input: { type: 'Lunch', attributes: [{ name: 'Place', values: [expect.stringMatching(/^Two\r?\nlines$/)] }] } },
    { number: 4, line: 7, input: { type: 'Meeting', attributes: [{ name: 'Place', values: ['Rivendell'] }] } },
    {
      number: 5,
      line: 8,
      input: { type: 'Lunch', attributes: [{ name: 'Place', values: [expect.stringMatching(/^Three\r?\nmore\r?\nlines$/)] }] },
    },
    { number: 6, line: 11, input: { type: 'Lunch' } },
  ];
  const lines = [
    '\ufeffKind , Place,_line,_errors',
    'Lunch,Bag End',
    ',Nowhere',
    'Lunch,"Two',
    'lines"',
    '',
    'Meeting,Rivendell,4,2001 UNKNOWN_TYPE',
    'Lunch,"Three',
    'more',
    'lines"',
    'Lunch',
  ];

  it("reads the header (trimmed, without a rejects file's columns) and says the line each record starts on", async () => {
    expect(await rowsOf(`${lines.join('\n')}\n`)).toEqual({ header: ['Kind', 'Place'], read: expected });
  });

  it('says the same lines for a file with CRLF line ends (as spreadsheets write CSV), quoted line breaks included', async () => {
    // csv-parse counts a CRLF inside quotes as two lines: the records after one must not be said to start a line later.
    expect(await rowsOf(`${lines.join('\r\n')}\r\n`)).toEqual({ header: ['Kind', 'Place'], read: expected });
  });
});
