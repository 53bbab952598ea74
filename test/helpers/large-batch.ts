// The largest requests the limits allow, and the stored data they need: 1,000 interactions
// of as many list elements as MAX_REQUEST_VALUES leaves each, members found both by
// crosswalk and by property mapping, every mapped value naming an entity of its own.
import { insertTables } from '../../src/db/bulk-insert.ts';
import { newId } from '../../src/db/ids.ts';
import { demoTenant } from './demo.ts';
import { mergeConfiguration } from './interactions.ts';
import type { TestService } from './test-service.ts';
import type { EntityInput, InteractionInput } from '../generated/operations/graphql.ts';

export const MAX_BATCH_SIZE = 1000;
export const MAX_REQUEST_VALUES = 100_000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

// Per input, list elements: 1 (the input) + 2 attributes + 1 Code value + venues + 1 member
// group + 2 per speaker (the member and its one crosswalk).
export const SPEAKERS_PER_INPUT = 5;
export const VENUES_PER_INPUT = MAX_REQUEST_VALUES / MAX_BATCH_SIZE - (1 + 2 + 1 + 1 + 2 * SPEAKERS_PER_INPUT);

// Names long enough that the body nears MAX_BODY_BYTES: the largest values the limit lets through.
const NAME_LENGTH = 44;
const padded = (text: string) => text.padEnd(NAME_LENGTH, '.');
export const venueName = (input: number, venue: number) => padded(`Venue ${input}-${venue} `);
export const speakerCrosswalk = (input: number, speaker: number) => padded(`SPK-${input}-${speaker}-`);

/** An interaction type of which every input may carry the most values and members; identified by its Code unless `keyless`. */
const summitType = (name: string, keyless: boolean) => ({
  name,
  attributes: [
    { name: 'Code', valueType: 'STRING' as const },
    { name: 'Venues', valueType: 'STRING' as const, multiValued: true },
  ],
  idAttributes: keyless ? [] : ['Code'],
  participants: [
    { name: 'Speakers', entityTypes: ['Individual'], minOccurs: 1 },
    {
      name: 'Venues',
      entityTypes: ['HCO'],
      minOccurs: 1,
      mapping: { entityType: 'HCO', properties: [{ interactionAttribute: 'Venues', entityAttribute: 'Name' }] },
    },
  ],
});

/** Summit without id attributes: only an Idempotency-Key tells the retry of a batch of them from a new batch. */
export const KEYLESS_SUMMIT = 'KeylessSummit';

/** A Summit input with the most values and members the limits leave an input of a full batch. */
export function summit(input: number, code = `S-${input}`, type = 'Summit'): InteractionInput {
  return {
    type,
    attributes: [
      { name: 'Code', values: [code] },
      { name: 'Venues', values: Array.from({ length: VENUES_PER_INPUT }, (_, venue) => venueName(input, venue)) },
    ],
    members: [
      {
        participant: 'Speakers',
        members: Array.from({ length: SPEAKERS_PER_INPUT }, (_, speaker) => ({
          crosswalks: [{ source: 'Salesforce', value: speakerCrosswalk(input, speaker) }],
        })),
      },
    ],
  };
}

/**
 * A demo tenant with the Summit types and the entities `inputs` Summits name: their speakers
 * (Individuals with a Salesforce crosswalk) and their venues (HCOs by Name). Stored in bulk
 * straight into the database: a hundred thousand entities through the API would take the
 * test's time, and what is measured is the interactions' write.
 */
export async function summitTenant(service: TestService, inputs: number): Promise<string> {
  const tenant = await demoTenant(service, 'large');
  await mergeConfiguration(service, tenant, { interactionTypes: [summitType('Summit', false), summitType(KEYLESS_SUMMIT, true)] });
  const { db } = service.database;
  const types = await db.entityType.findMany({ where: { tenantId: tenant }, include: { attributes: true } });
  const typeNamed = (name: string) => types.find((type) => type.name === name)!;
  const attributeOf = (type: string, name: string) => typeNamed(type).attributes.find((attribute) => attribute.name === name)!.id;
  const salesforce = await db.source.findFirstOrThrow({ where: { tenantId: tenant, name: 'Salesforce' } });
  const now = BigInt(Date.now());
  const entity = (entityTypeId: string, label: string) => ({
    ...{ tenantId: tenant, id: newId(), entityTypeId, label },
    ...{ createdTime: now, updatedTime: now, createdBy: 'test-seed', updatedBy: 'test-seed' },
  });
  const value = (entityId: string, attributeTypeId: string, text: string) => ({
    ...{ tenantId: tenant, id: newId(), entityId, attributeTypeId, value: text, position: 0 },
  });

  const hcoName = attributeOf('HCO', 'Name');
  const fullName = attributeOf('Individual', 'FullName');
  for (let input = 0; input < inputs; input += 100) {
    const range = Array.from({ length: Math.min(100, inputs - input) }, (_, offset) => input + offset);
    const venues = range.flatMap((at) =>
      Array.from({ length: VENUES_PER_INPUT }, (_, venue) => ({ row: entity(typeNamed('HCO').id, venueName(at, venue)), at, venue })),
    );
    const speakers = range.flatMap((at) =>
      Array.from({ length: SPEAKERS_PER_INPUT }, (_, speaker) => ({
        row: entity(typeNamed('Individual').id, `Speaker ${at}-${speaker}`),
        crosswalk: speakerCrosswalk(at, speaker),
      })),
    );
    await db.$transaction(
      insertTables(db, {
        Entity: [...venues, ...speakers].map(({ row }) => row),
        EntityAttributeValue: [
          ...venues.map(({ row }) => value(row.id, hcoName, row.label)),
          ...speakers.map(({ row }) => value(row.id, fullName, row.label)),
        ],
        EntityCrosswalk: speakers.map(({ row, crosswalk }) => ({
          ...{ tenantId: tenant, id: newId(), entityId: row.id, sourceId: salesforce.id, value: crosswalk, createdTime: now },
        })),
      }),
      // Prisma's 5 s default is too short on a busy machine for these 17,000 rows.
      { timeout: 60_000 },
    );
  }
  return tenant;
}

/**
 * The largest legal createEntities batch: 1,000 HCOs, each with its crosswalk and as many
 * Phone values as MAX_REQUEST_VALUES leaves it (1 for the input, 2 attributes, 1 Name value,
 * 1 crosswalk: MAX_VALUES_PER_ATTRIBUTE caps one attribute at 100).
 */
export function largestEntities(prefix: string): EntityInput[] {
  const phones = MAX_REQUEST_VALUES / MAX_BATCH_SIZE - 5;
  return Array.from({ length: MAX_BATCH_SIZE }, (_, input) => ({
    type: 'configuration/entityTypes/HCO',
    attributes: [
      { name: 'Name', values: [padded(`${prefix} HCO ${input} `)] },
      { name: 'Phone', values: Array.from({ length: phones }, (_, phone) => padded(`+1-555-${input}-${phone}-`)) },
    ],
    crosswalks: [{ source: 'configuration/sources/Salesforce', value: `${prefix}-${input}` }],
  }));
}
