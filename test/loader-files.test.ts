// The file loader (npm run load) end to end: a CSV through a mapping file with every kind of
// member reference, a gzip-compressed JSON array, rejects files that load again once fixed,
// and a finished load that is not loaded twice by accident.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT } from './helpers/cli.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant } from './helpers/demo.ts';
import { createEntitiesOrThrow, interactionCount } from './helpers/interactions.ts';
import { loaderEnvironment, runLoader } from './helpers/loader.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type { EntityInput, InteractionInput } from './generated/operations/graphql.ts';

const ENTITY_URIS = graphql(`
  query LoaderFilesEntityUris {
    entities(first: 50) {
      nodes {
        uri
        crosswalks {
          value
        }
      }
    }
  }
`);

const STORED_INTERACTIONS = graphql(`
  query LoaderFilesStoredInteractions {
    interactions(first: 50, order: ASC) {
      nodes {
        type {
          name
        }
        timestamp
        attributes {
          name
          values {
            value
          }
        }
        crosswalks {
          value
        }
        members {
          participant {
            name
          }
          members {
            objectURI
          }
        }
      }
    }
  }
`);

const person = (name: string, crosswalk: string, contactId?: string): EntityInput => ({
  type: 'Individual',
  attributes: [{ name: 'FullName', values: [name] }, ...(contactId ? [{ name: 'ContactId', values: [contactId] }] : [])],
  crosswalks: [{ source: 'Salesforce', value: crosswalk }],
});
const organisation = (name: string, crosswalk: string): EntityInput => ({
  type: 'HCO',
  attributes: [{ name: 'Name', values: [name] }],
  crosswalks: [{ source: 'Salesforce', value: crosswalk }],
});

/** The entities the interactions refer to, by their Salesforce crosswalks. */
const ENTITIES = [
  person('Ada Organizer', 'IND-ADA'),
  person('Ben Cook', 'IND-BEN'),
  person('Cy Cook', 'IND-CY'),
  person('Dee Reader', 'IND-DEE', 'C-DEE'),
  person('Eve Reader', 'IND-EVE', 'C-EVE'),
  organisation('Riverside Clinic', 'HCO-RIVER'),
  organisation('Hilltop Hospital', 'HCO-HILL'),
];

/** Entity URIs by crosswalk value, as the API gives them. */
type Uris = Record<string, string>;

/**
 * Interactions of every member reference kind: Organizers by entity URI, Chefs by crosswalk
 * (several in one cell), Participants by URI (several) and by crosswalk, and EmailOpened's
 * Receiver and ExhibitionEvent's HCO by the value their participant's property mapping reads
 * (ReceiverContactId → Individual.ContactId, EXHBT_NAME → HCO.Name), with no member given.
 */
const CSV_MAPPING = {
  type: 'Kind',
  timestamp: 'When',
  attributes: {
    Place: 'Place',
    Notes: { column: 'Notes', split: ';' },
    MessageId: 'MessageId',
    TimeOpened: 'Opened',
    ReceiverContactId: 'Contact',
    EXHBT_NAME: 'Exhibition',
  },
  crosswalks: [{ source: 'Salesforce', value: 'LoadId' }],
  members: {
    Organizers: [{ uri: 'Organizer' }],
    Chefs: [{ crosswalk: { source: 'Salesforce', value: { column: 'Chefs', split: ';' } } }],
    Participants: [{ uri: { column: 'Guests', split: ';' } }, { crosswalk: { source: 'Salesforce', value: 'GuestId' } }],
  },
};

const CSV_COLUMNS = [
  'LoadId',
  'Kind',
  'When',
  'Place',
  'Notes',
  'Organizer',
  'Chefs',
  'Guests',
  'GuestId',
  'MessageId',
  'Opened',
  'Contact',
  'Exhibition',
];

const csvOfInteractions = (uris: Uris) =>
  stringify([
    CSV_COLUMNS,
    // Several values in a cell, split and trimmed; a numeric timestamp.
    [
      'L-1',
      'Lunch',
      '1714557600000',
      'Bistro',
      'vegetarian; quiet table',
      uris['IND-ADA'],
      'IND-BEN; IND-CY',
      `${uris['HCO-RIVER']};${uris['IND-EVE']}`,
      'IND-DEE',
      '',
      '',
      '',
      '',
    ],
    // Empty cells: no Notes, no Chefs, no Participants, nothing of the other types.
    ['L-2', 'Lunch', '2024-05-03T12:00:00Z', 'Canteen', '', uris['IND-BEN'], '', '', '', '', '', '', ''],
    // Members found by mapped values; no crosswalk cell (an id attribute derives it), no When (TimeOpened is the timestamp).
    ['', 'EmailOpened', '', '', '', '', '', '', '', 'M-1', '2024-05-02T08:30:00Z', 'C-DEE', ''],
    ['', 'EmailOpened', '', '', '', '', '', '', '', 'M-2', '1714640000000', '  C-EVE ', ''],
    ['X-1', 'ExhibitionEvent', '2024-05-04T09:00:00Z', '', '', '', '', '', '', '', '', '', 'Hilltop Hospital'],
  ]);

/** The same interactions as inputs, for a JSON file. */
const inputsOfInteractions = (uris: Uris): InteractionInput[] => {
  const salesforce = (value: string) => ({ source: 'Salesforce', value });
  return [
    {
      type: 'Lunch',
      timestamp: 1714557600000,
      attributes: [
        { name: 'Place', values: ['Bistro'] },
        { name: 'Notes', values: ['vegetarian', 'quiet table'] },
      ],
      crosswalks: [salesforce('L-1')],
      members: [
        { participant: 'Organizers', members: [{ objectURI: uris['IND-ADA']! }] },
        { participant: 'Chefs', members: [{ crosswalks: [salesforce('IND-BEN')] }, { crosswalks: [salesforce('IND-CY')] }] },
        {
          participant: 'Participants',
          members: [{ objectURI: uris['HCO-RIVER']! }, { objectURI: uris['IND-EVE']! }, { crosswalks: [salesforce('IND-DEE')] }],
        },
      ],
    },
    {
      type: 'Lunch',
      timestamp: '2024-05-03T12:00:00Z',
      attributes: [{ name: 'Place', values: ['Canteen'] }],
      crosswalks: [salesforce('L-2')],
      members: [{ participant: 'Organizers', members: [{ objectURI: uris['IND-BEN']! }] }],
    },
    {
      type: 'EmailOpened',
      attributes: [
        { name: 'MessageId', values: ['M-1'] },
        { name: 'TimeOpened', values: ['2024-05-02T08:30:00Z'] },
        { name: 'ReceiverContactId', values: ['C-DEE'] },
      ],
    },
    {
      type: 'EmailOpened',
      attributes: [
        { name: 'MessageId', values: ['M-2'] },
        { name: 'TimeOpened', values: ['1714640000000'] },
        { name: 'ReceiverContactId', values: ['C-EVE'] },
      ],
    },
    {
      type: 'ExhibitionEvent',
      timestamp: '2024-05-04T09:00:00Z',
      attributes: [{ name: 'EXHBT_NAME', values: ['Hilltop Hospital'] }],
      crosswalks: [salesforce('X-1')],
    },
  ];
};

/** What both files store: every member of every participant the entity it names. */
const expectedInteractions = (uris: Uris) => [
  {
    type: 'Lunch',
    crosswalks: ['L-1'],
    timestamp: 1714557600000,
    attributes: { Place: ['Bistro'], Notes: ['vegetarian', 'quiet table'] },
    members: {
      Organizers: [uris['IND-ADA']],
      Chefs: [uris['IND-BEN'], uris['IND-CY']].sort(),
      Participants: [uris['HCO-RIVER'], uris['IND-EVE'], uris['IND-DEE']].sort(),
    },
  },
  {
    type: 'EmailOpened',
    crosswalks: ['EmailOpened|M-1'],
    timestamp: Date.parse('2024-05-02T08:30:00Z'),
    attributes: { MessageId: ['M-1'], TimeOpened: [Date.parse('2024-05-02T08:30:00Z')], ReceiverContactId: ['C-DEE'] },
    members: { Receiver: [uris['IND-DEE']] },
  },
  {
    type: 'EmailOpened',
    crosswalks: ['EmailOpened|M-2'],
    timestamp: 1714640000000,
    attributes: { MessageId: ['M-2'], TimeOpened: [1714640000000], ReceiverContactId: ['C-EVE'] },
    members: { Receiver: [uris['IND-EVE']] },
  },
  {
    type: 'Lunch',
    crosswalks: ['L-2'],
    timestamp: Date.parse('2024-05-03T12:00:00Z'),
    attributes: { Place: ['Canteen'] },
    members: { Organizers: [uris['IND-BEN']] },
  },
  {
    type: 'ExhibitionEvent',
    crosswalks: ['X-1'],
    timestamp: Date.parse('2024-05-04T09:00:00Z'),
    attributes: { EXHBT_NAME: ['Hilltop Hospital'] },
    members: { HCO: [uris['HCO-HILL']] },
  },
];

const lines = (values: unknown[]) => values.map((value) => `${JSON.stringify(value)}\n`).join('');

/** The lines of an NDJSON file, parsed. */
const ndjson = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

// One test at a time per database: each starts several loader processes, and a dozen at once
// starve the rest of the suite on a two-core CI machine.
describeEachDatabase.sequential('file loader: files', (provider) => {
  let service: TestService;
  const dirs: string[] = [];
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(async () => {
    await service?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A directory of its own for a test's files. */
  function workDir() {
    const dir = mkdtempSync(join(tmpdir(), 'loader-files-'));
    dirs.push(dir);
    return dir;
  }

  async function entityUris(tenant: string): Promise<Uris> {
    const response = await service.graphql(tenant, ENTITY_URIS);
    const nodes = response.data?.entities.nodes ?? [];
    return Object.fromEntries(nodes.map((node) => [node.crosswalks[0]!.value, node.uri]));
  }

  /** The tenant's interactions, by what can be compared: type names, crosswalk values, attribute values, member URIs by participant. */
  async function storedInteractions(tenant: string) {
    const response = await service.graphql(tenant, STORED_INTERACTIONS);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.interactions.nodes.map((node) => ({
      type: node.type.name,
      crosswalks: node.crosswalks.map((crosswalk) => crosswalk.value),
      timestamp: node.timestamp,
      attributes: Object.fromEntries(node.attributes.map((attribute) => [attribute.name, attribute.values.map((item) => item.value)])),
      members: Object.fromEntries(
        node.members.map((group) => [group.participant.name, group.members.map((member) => member.objectURI).sort()]),
      ),
    }));
  }

  /** The Places of the tenant's interactions, sorted: a row stored twice shows twice. */
  async function places(tenant: string) {
    const stored = await storedInteractions(tenant);
    return stored.map((interaction) => interaction.attributes.Place?.[0]).sort();
  }

  it(
    'loads entities, then a CSV of interactions through a mapping file: members by URI, by crosswalk and by mapped value',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const dir = workDir();

      // The entities, with the loader itself.
      const entitiesFile = join(dir, 'entities.ndjson');
      writeFileSync(entitiesFile, lines(ENTITIES));
      const entities = await runLoader([entitiesFile, '--entities', '--json'], env);
      expect(entities.stderr).toBe('');
      expect(entities.code).toBe(0);
      expect(entities.summary).toMatchObject({ outcome: 'loaded', read: 7, created: 7, replayed: 0, rejected: 0 });

      // Their URIs, from the API, go into the CSV; the others are named by crosswalk or found by mapped values.
      const uris = await entityUris(tenant);
      expect(Object.keys(uris).sort()).toEqual(['HCO-HILL', 'HCO-RIVER', 'IND-ADA', 'IND-BEN', 'IND-CY', 'IND-DEE', 'IND-EVE']);
      const csvFile = join(dir, 'interactions.csv');
      const mappingFile = join(dir, 'mapping.json');
      writeFileSync(csvFile, csvOfInteractions(uris));
      writeFileSync(mappingFile, JSON.stringify(CSV_MAPPING));
      const loaded = await runLoader([csvFile, '--mapping', mappingFile, '--json'], env);
      expect(loaded.stderr).toBe('');
      expect(loaded.code).toBe(0);
      expect(loaded.summary).toMatchObject({ outcome: 'loaded', read: 5, skipped: 0, created: 5, replayed: 0, rejected: 0 });
      expect(loaded.summary!.peakRssBytes).toBeGreaterThan(0);

      expect(await storedInteractions(tenant)).toEqual(expectedInteractions(uris));
      // No rejects: the rejects file holds the header alone.
      expect(readFileSync(join(dir, 'interactions.rejects.csv'), 'utf8')).toBe(`${CSV_COLUMNS.join(',')},_line,_errors\n`);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'loads a gzip-compressed JSON array the same way, entities and interactions',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const dir = workDir();

      const entitiesFile = join(dir, 'entities.json.gz');
      writeFileSync(entitiesFile, gzipSync(JSON.stringify(ENTITIES, null, 2)));
      const entities = await runLoader([entitiesFile, '--entities', '--json'], env);
      expect(entities.code).toBe(0);
      expect(entities.summary).toMatchObject({ outcome: 'loaded', read: 7, created: 7, rejected: 0 });

      const uris = await entityUris(tenant);
      // A name that does not say JSON or gzip: the first bytes do.
      const interactionsFile = join(dir, 'interactions.data');
      writeFileSync(interactionsFile, gzipSync(`\n  ${JSON.stringify(inputsOfInteractions(uris), null, 2)}\n`));
      const loaded = await runLoader([interactionsFile, '--json'], env);
      expect(loaded.stderr).toBe('');
      expect(loaded.code).toBe(0);
      expect(loaded.summary).toMatchObject({ outcome: 'loaded', read: 5, created: 5, replayed: 0, rejected: 0 });
      expect(await storedInteractions(tenant)).toEqual(expectedInteractions(uris));
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'gives bad NDJSON rows back as read, with line numbers and error codes and paths; the fixed rejects file loads with the same command',
    async () => {
      const tenant = await demoTenant(service);
      await createEntitiesOrThrow(service, tenant, [person('Ada Organizer', 'IND-ADA')]);
      const env = await loaderEnvironment(service, tenant);
      const dir = workDir();
      const lunch = (place: string, organizer = 'IND-ADA', cost?: string) => ({
        type: 'Lunch',
        attributes: [{ name: 'Place', values: [place] }, ...(cost ? [{ name: 'Cost', values: [cost] }] : [])],
        members: [{ participant: 'Organizers', members: [{ crosswalks: [{ source: 'Salesforce', value: organizer }] }] }],
      });
      const file = join(dir, 'lunches.ndjson');
      writeFileSync(
        file,
        [
          JSON.stringify(lunch('Good 1')),
          '',
          '{"type": "Lunch", "attributes": oops}',
          JSON.stringify(lunch('Costly', 'IND-ADA', 'a lot')),
          JSON.stringify(lunch('Good 2')),
          JSON.stringify(lunch('Nobody', 'IND-NOBODY')),
          '[1, 2]',
          '',
        ].join('\n'),
      );
      const first = await runLoader([file, '--json'], env);
      expect(first.code).toBe(2);
      expect(first.summary).toMatchObject({ outcome: 'loaded with rejects', read: 6, created: 2, rejected: 4 });
      expect(await places(tenant)).toEqual(['Good 1', 'Good 2']);

      const rejectsFile = join(dir, 'lunches.rejects.ndjson');
      const rejects = ndjson(rejectsFile);
      expect(rejects).toEqual([
        {
          row: 2,
          line: 3,
          errors: [{ code: 3001, name: 'UNREADABLE_ROW', path: [], message: expect.stringMatching(/^not JSON/) }],
          text: '{"type": "Lunch", "attributes": oops}',
        },
        {
          row: 3,
          line: 4,
          errors: [
            {
              code: 2003,
              name: 'INVALID_ATTRIBUTE_VALUE',
              path: ['attributes', '1', 'values', '0'],
              message: expect.any(String),
            },
          ],
          input: lunch('Costly', 'IND-ADA', 'a lot'),
        },
        {
          row: 5,
          line: 6,
          errors: [{ code: 2103, name: 'MEMBER_NOT_FOUND', path: ['members', '0', 'members', '0'], message: expect.any(String) }],
          input: lunch('Nobody', 'IND-NOBODY'),
        },
        {
          row: 6,
          line: 7,
          errors: [{ code: 3001, name: 'UNREADABLE_ROW', path: [], message: expect.stringMatching(/JSON object.*array/) }],
          text: '[1, 2]',
        },
      ]);

      // Fixed where they went wrong, the records load as they are: each is unwrapped to the row it holds.
      const fixed = rejects.map((record) => {
        if (record.row === 2) return { ...record, text: JSON.stringify(lunch('Was not JSON')) };
        if (record.row === 3) return { ...record, input: lunch('Costly', 'IND-ADA', '42.5') };
        if (record.row === 5) return { ...record, input: lunch('Somebody') };
        return { ...record, text: JSON.stringify(lunch('Was an array')) };
      });
      writeFileSync(rejectsFile, lines(fixed));
      const again = await runLoader([rejectsFile, '--json'], env);
      expect(again.code).toBe(0);
      expect(again.summary).toMatchObject({ outcome: 'loaded', read: 4, created: 4, rejected: 0 });
      expect(await places(tenant)).toEqual(['Costly', 'Good 1', 'Good 2', 'Somebody', 'Was an array', 'Was not JSON']);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'gives bad CSV records back as the CSV they were, with _line and _errors columns; the fixed file loads with the same command',
    async () => {
      const tenant = await demoTenant(service);
      await createEntitiesOrThrow(service, tenant, [person('Ada Organizer', 'IND-ADA'), person('Ben Cook', 'IND-BEN')]);
      const env = await loaderEnvironment(service, tenant);
      const dir = workDir();
      const mappingFile = join(dir, 'mapping.json');
      writeFileSync(
        mappingFile,
        JSON.stringify({
          type: 'Kind',
          timestamp: 'When',
          attributes: { Place: 'Place', Cost: 'Cost' },
          members: { Organizers: [{ crosswalk: { source: 'Salesforce', value: 'Organizer' } }] },
        }),
      );
      const file = join(dir, 'lunches.csv');
      const header = ['Kind', 'When', 'Place', 'Cost', 'Organizer'];
      writeFileSync(
        file,
        [
          header.join(','),
          'Lunch,2024-05-01T12:00:00Z,"Good, one",12.5,IND-ADA', // line 2
          ',2024-05-01T12:00:00Z,No type,,IND-ADA', // line 3: no type
          'Lunch,2024-05-01T12:00:00Z,"Two', // lines 4-5: a quoted cell over two lines
          'lines",,IND-ADA',
          'Lunch,yesterday,Bad time,,IND-ADA', // line 6
          '',
          'Lunch,2024-05-01T12:00:00Z,"Bad cost,', // lines 8-9, after a blank line
          'on two lines",lots,IND-ADA',
          'Lunch,2024-05-01T12:00:00Z,Nobody,,IND-NOBODY', // line 10
          '',
        ].join('\n'),
      );
      const first = await runLoader([file, '--mapping', mappingFile, '--json'], env);
      expect(first.code).toBe(2);
      expect(first.summary).toMatchObject({ outcome: 'loaded with rejects', read: 6, created: 2, rejected: 4 });
      expect(await places(tenant)).toEqual(['Good, one', 'Two\nlines']);

      const rejectsFile = join(dir, 'lunches.rejects.csv');
      const records = parse<Record<string, string>>(readFileSync(rejectsFile, 'utf8'), { columns: true });
      expect(records.map(({ _errors, ...cells }) => cells)).toEqual([
        { Kind: '', When: '2024-05-01T12:00:00Z', Place: 'No type', Cost: '', Organizer: 'IND-ADA', _line: '3' },
        { Kind: 'Lunch', When: 'yesterday', Place: 'Bad time', Cost: '', Organizer: 'IND-ADA', _line: '6' },
        { Kind: 'Lunch', When: '2024-05-01T12:00:00Z', Place: 'Bad cost,\non two lines', Cost: 'lots', Organizer: 'IND-ADA', _line: '8' },
        { Kind: 'Lunch', When: '2024-05-01T12:00:00Z', Place: 'Nobody', Cost: '', Organizer: 'IND-NOBODY', _line: '10' },
      ]);
      const errors = records.map((record) => record._errors);
      expect(errors[0]).toMatch(/^3001 UNREADABLE_ROW: no type: column Kind is empty$/);
      expect(errors[1]).toMatch(/^2013 MALFORMED_ITEM at timestamp: /);
      expect(errors[2]).toMatch(/^2003 INVALID_ATTRIBUTE_VALUE at attributes\.1\.values\.0: /);
      expect(errors[3]).toMatch(/^2103 MEMBER_NOT_FOUND at members\./);

      // Fixed in place, _line and _errors left as they are: the loader ignores them.
      const fixes: Array<Partial<Record<string, string>>> = [
        { Kind: 'Lunch' },
        { When: '1714560000000' },
        { Cost: '7' },
        { Organizer: 'IND-BEN' },
      ];
      const fixed = records.map((record, index) => ({ ...record, ...fixes[index] }));
      writeFileSync(rejectsFile, stringify(fixed, { header: true, columns: [...header, '_line', '_errors'] }));
      const again = await runLoader([rejectsFile, '--mapping', mappingFile, '--json'], env);
      expect(again.code).toBe(0);
      expect(again.summary).toMatchObject({ outcome: 'loaded', read: 4, created: 4, rejected: 0 });
      expect(await places(tenant)).toEqual(['Bad cost,\non two lines', 'Bad time', 'Good, one', 'No type', 'Nobody', 'Two\nlines']);
      // Its own rejects file has the columns of the file it read, once.
      expect(readFileSync(join(dir, 'lunches.rejects.rejects.csv'), 'utf8')).toBe(`${header.join(',')},_line,_errors\n`);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'refuses to load a finished file again unless told: --resume stores nothing more, --restart loads it again',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const dir = workDir();
      // Exhibitions without crosswalks or id attributes, which a second load would store again; one with a crosswalk, which it would not.
      const file = join(dir, 'exhibitions.ndjson');
      writeFileSync(
        file,
        lines([
          ...[1, 2].map((day) => ({ type: 'ExhibitionEvent', timestamp: `2024-06-0${day}` })),
          { type: 'ExhibitionEvent', timestamp: '2024-06-03', crosswalks: [{ source: 'Salesforce', value: 'X-3' }] },
        ]),
      );

      const first = await runLoader([file, '--json'], env);
      expect(first.code).toBe(0);
      expect(first.summary).toMatchObject({ outcome: 'loaded', read: 3, created: 3 });

      const again = await runLoader([file], env);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^load: this file was loaded on .*\(3 created, 0 already stored, 0 rejected into .*\).*--restart/);
      expect(await interactionCount(service, tenant)).toBe(3);

      const resumed = await runLoader([file, '--resume', '--json'], env);
      expect(resumed.code).toBe(0);
      expect(resumed.summary).toMatchObject({ outcome: 'loaded', read: 3, skipped: 3, created: 3, replayed: 0, rejected: 0 });
      expect(await interactionCount(service, tenant)).toBe(3);

      const restarted = await runLoader([file, '--restart', '--json'], env);
      expect(restarted.code).toBe(0);
      expect(restarted.summary).toMatchObject({ outcome: 'loaded', read: 3, skipped: 0, created: 2, replayed: 1, rejected: 0 });
      expect(await interactionCount(service, tenant)).toBe(5);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'loads an NDJSON file that starts with a byte order mark, as it loads a JSON array or a CSV that does',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const dir = workDir();
      const file = join(dir, 'exhibitions.ndjson');
      writeFileSync(file, `\ufeff${lines([1, 2].map((day) => ({ type: 'ExhibitionEvent', timestamp: `2024-07-0${day}` })))}`);
      const run = await runLoader([file, '--json'], env);
      expect(readFileSync(join(dir, 'exhibitions.rejects.ndjson'), 'utf8')).toBe('');
      expect(run.summary).toMatchObject({ outcome: 'loaded', read: 2, created: 2, rejected: 0 });
      expect(run.code).toBe(0);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'refuses to write the rejects into the file it loads (a fixed rejects file loaded with the --rejects of the first load), leaving it as it is',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const dir = workDir();
      const file = join(dir, 'exhibitions.ndjson');
      const rejectsFile = join(dir, 'bad.ndjson');
      writeFileSync(
        file,
        lines([
          { type: 'ExhibitionEvent', timestamp: '2024-08-01' },
          { type: 'Exhibition', timestamp: '2024-08-02' },
        ]),
      );
      const first = await runLoader([file, '--rejects', rejectsFile, '--json'], env);
      expect(first.code).toBe(2);
      expect(first.summary).toMatchObject({ created: 1, rejected: 1 });

      const fixed = readFileSync(rejectsFile, 'utf8').replace('"type":"Exhibition"', '"type":"ExhibitionEvent"');
      writeFileSync(rejectsFile, fixed);
      const again = await runLoader([rejectsFile, '--rejects', rejectsFile, '--json'], env);
      // Not emptied before it is read, its row lost under an exit code that says all was loaded.
      expect(readFileSync(rejectsFile, 'utf8')).toBe(fixed);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/--rejects/);
      expect(await interactionCount(service, tenant)).toBe(1);
    },
    CLI_TEST_TIMEOUT,
  );
});
