// Generated two-tenant scenarios for the tenant isolation property (test/tenant-isolation.test.ts):
// what each tenant holds, how it is created through GraphQL, and how a tenant is snapshotted
// (as its own credential reads it, and as rows in the store).
//
// Values come from small pools shared by both tenants, so the tenants often hold the same
// crosswalks, names and attribute values: lookups by value then have a twin in the other
// tenant to wrongly find. Within one tenant a value that must identify one object (a
// crosswalk, an HCO name or ContactId used by a property mapping, an id attribute) is
// used once: each tenant takes such values in the order of a generated permutation of its pool.
import fc from 'fast-check';
import type { Db } from '../../src/db/client.ts';
import { demoTenant } from './demo.ts';
import { createEntitiesOrThrow, createInteractions, exhibition } from './interactions.ts';
import type { TestService } from './test-service.ts';
import { graphql } from '../generated/operations/index.ts';
import type { EntityInput, InteractionFieldsFragment, InteractionInput, MemberInput } from '../generated/operations/graphql.ts';

export const SOURCES = ['Salesforce', 'AMA'] as const;
export type SourceName = (typeof SOURCES)[number];

export const FULL_NAMES = ['Ann Lee', 'Bo Chen', 'Cy Diaz'];
export const EMAILS = ['ann@mail.test', 'bo@mail.test'];
export const HCO_NAMES = ['Mercy', 'St Luke', 'Hope'];
export const CONTACT_IDS = ['C1', 'C2', 'C3'];
export const ENTITY_CROSSWALK_VALUES = ['X1', 'X2', 'X3', 'X4', 'X5'];
export const PLACES = ['Paris', 'Oslo'];
export const STATUSES = ['Open', 'Closed'];
export const INTERACTION_CROSSWALK_VALUES = ['I1', 'I2', 'I3', 'I4'];
export const MESSAGE_IDS = ['M1', 'M2', 'M3', 'M4'];
export const CASE_NUMBERS = ['K1', 'K2', 'K3', 'K4'];

const MAX_INDIVIDUALS = 3;
const MAX_HCOS = 2;
const MAX_INTERACTIONS = 4;

export interface CrosswalkSpec {
  source: SourceName;
  value: string;
}

export interface IndividualSpec {
  kind: 'Individual';
  fullName: string;
  contactId: string;
  email: string | null;
  crosswalk: CrosswalkSpec;
}

export interface HcoSpec {
  kind: 'HCO';
  name: string;
  crosswalk: CrosswalkSpec;
}

export type EntitySpec = IndividualSpec | HcoSpec;

/** A member given by an entity of the same tenant (an index into its entities), by URI or by crosswalk. */
export interface MemberRef {
  entity: number;
  by: 'objectURI' | 'crosswalk';
}

export type InteractionSpec =
  | { type: 'Lunch'; timestamp: number; place: string; organizer: MemberRef; participants: MemberRef[]; crosswalk: CrosswalkSpec | null }
  /** Its HCO member is found by the attribute mapping EXHBT_NAME -> HCO Name (the Name of entity `hco`). */
  | { type: 'ExhibitionEvent'; hco: number; crosswalk: CrosswalkSpec | null }
  /** Its Receiver is found by the attribute mapping ReceiverContactId -> ContactId (of entity `receiver`); its crosswalk derives from MessageId. */
  | { type: 'EmailOpened'; timeOpened: number; messageId: string; receiver: number }
  /** A mutable activity; its crosswalk derives from CaseNumber. */
  | { type: 'SupportCase'; timestamp: number; caseNumber: string; status: string; customer: MemberRef };

export interface TenantSpec {
  entities: EntitySpec[];
  interactions: InteractionSpec[];
}

export interface Scenario {
  a: TenantSpec;
  b: TenantSpec;
}

// ---- Generation ----------------------------------------------------------------------

/** Picks are resolved modulo the candidates (e.g. the tenant's individuals), so they are always valid. */
const pick = fc.nat({ max: 9 });
const source = fc.constantFrom(...SOURCES);
const timestamp = fc.integer({ min: 1_700_000_000_000, max: 1_700_000_001_000 });
const permutation = (pool: string[]) => fc.shuffledSubarray(pool, { minLength: pool.length });
const rawMemberRef = fc.record({ pick, by: fc.constantFrom('objectURI' as const, 'crosswalk' as const) });

const rawInteraction = fc.oneof(
  fc.record({
    type: fc.constant('Lunch' as const),
    timestamp,
    place: fc.constantFrom(...PLACES),
    organizer: rawMemberRef,
    participants: fc.array(rawMemberRef, { maxLength: 2 }),
    crosswalkSource: fc.option(source),
  }),
  fc.record({ type: fc.constant('ExhibitionEvent' as const), hco: pick, crosswalkSource: fc.option(source) }),
  fc.record({ type: fc.constant('EmailOpened' as const), timeOpened: timestamp, receiver: pick }),
  fc.record({ type: fc.constant('SupportCase' as const), timestamp, status: fc.constantFrom(...STATUSES), customer: rawMemberRef }),
);

type RawInteraction = typeof rawInteraction extends fc.Arbitrary<infer T> ? T : never;

const rawTenant = fc.record({
  individuals: fc.array(fc.record({ fullName: fc.constantFrom(...FULL_NAMES), email: fc.option(fc.constantFrom(...EMAILS)), source }), {
    minLength: 1,
    maxLength: MAX_INDIVIDUALS,
  }),
  hcos: fc.array(fc.record({ source }), { minLength: 1, maxLength: MAX_HCOS }),
  interactions: fc.array(rawInteraction, { minLength: 1, maxLength: MAX_INTERACTIONS }),
  // The order in which the tenant takes the values it must not repeat.
  entityCrosswalkValues: permutation(ENTITY_CROSSWALK_VALUES),
  contactIds: permutation(CONTACT_IDS),
  hcoNames: permutation(HCO_NAMES),
  interactionCrosswalkValues: permutation(INTERACTION_CROSSWALK_VALUES),
  messageIds: permutation(MESSAGE_IDS),
  caseNumbers: permutation(CASE_NUMBERS),
});

type RawTenant = typeof rawTenant extends fc.Arbitrary<infer T> ? T : never;

/** Hands out the values of a permutation one at a time. */
function taker(values: string[]): () => string {
  let next = 0;
  return () => {
    const value = values[next++];
    if (value === undefined) throw new Error('the scenario uses more values than its pool holds');
    return value;
  };
}

function tenantSpecOf(raw: RawTenant): TenantSpec {
  const entityCrosswalk = taker(raw.entityCrosswalkValues);
  const contactId = taker(raw.contactIds);
  const hcoName = taker(raw.hcoNames);
  const interactionCrosswalk = taker(raw.interactionCrosswalkValues);
  const messageId = taker(raw.messageIds);
  const caseNumber = taker(raw.caseNumbers);

  const individuals: IndividualSpec[] = raw.individuals.map((person) => ({
    kind: 'Individual',
    fullName: person.fullName,
    contactId: contactId(),
    email: person.email,
    crosswalk: { source: person.source, value: entityCrosswalk() },
  }));
  const hcos: HcoSpec[] = raw.hcos.map((organisation) => ({
    kind: 'HCO',
    name: hcoName(),
    crosswalk: { source: organisation.source, value: entityCrosswalk() },
  }));
  const entities: EntitySpec[] = [...individuals, ...hcos];
  // Individuals come first, then HCOs: index i < individuals.length is an individual.
  const anIndividual = (chosen: number) => chosen % individuals.length;
  const anHco = (chosen: number) => individuals.length + (chosen % hcos.length);
  const anEntity = (chosen: number) => chosen % entities.length;
  const crosswalk = (chosen: SourceName | null): CrosswalkSpec | null =>
    chosen === null ? null : { source: chosen, value: interactionCrosswalk() };

  const interactions = raw.interactions.map((interaction: RawInteraction): InteractionSpec => {
    switch (interaction.type) {
      case 'Lunch':
        return {
          type: 'Lunch',
          timestamp: interaction.timestamp,
          place: interaction.place,
          organizer: { entity: anIndividual(interaction.organizer.pick), by: interaction.organizer.by },
          participants: interaction.participants.map((participant) => ({ entity: anEntity(participant.pick), by: participant.by })),
          crosswalk: crosswalk(interaction.crosswalkSource),
        };
      case 'ExhibitionEvent':
        return { type: 'ExhibitionEvent', hco: anHco(interaction.hco), crosswalk: crosswalk(interaction.crosswalkSource) };
      case 'EmailOpened':
        return {
          type: 'EmailOpened',
          timeOpened: interaction.timeOpened,
          messageId: messageId(),
          receiver: anIndividual(interaction.receiver),
        };
      case 'SupportCase':
        return {
          type: 'SupportCase',
          timestamp: interaction.timestamp,
          caseNumber: caseNumber(),
          status: interaction.status,
          customer: { entity: anIndividual(interaction.customer.pick), by: interaction.customer.by },
        };
    }
  });
  return { entities, interactions };
}

/** Two tenants' worth of entities and interactions, drawn from the shared pools. */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record({ a: rawTenant.map(tenantSpecOf), b: rawTenant.map(tenantSpecOf) });

// ---- Inputs --------------------------------------------------------------------------

export function entityInput(spec: EntitySpec): EntityInput {
  const crosswalks = [spec.crosswalk];
  if (spec.kind === 'HCO') return { type: 'HCO', attributes: [{ name: 'Name', values: [spec.name] }], crosswalks };
  return {
    type: 'Individual',
    attributes: [
      { name: 'FullName', values: [spec.fullName] },
      { name: 'ContactId', values: [spec.contactId] },
      ...(spec.email === null ? [] : [{ name: 'Email', values: [spec.email] }]),
    ],
    crosswalks,
  };
}

/** Attribute name -> values of an entity as its spec gives them. */
export function entityAttributes(spec: EntitySpec): Record<string, string[]> {
  if (spec.kind === 'HCO') return { Name: [spec.name] };
  return { FullName: [spec.fullName], ContactId: [spec.contactId], ...(spec.email === null ? {} : { Email: [spec.email] }) };
}

export interface CreatedEntity {
  spec: EntitySpec;
  uri: string;
}

function entityAt<Kind extends EntitySpec['kind']>(
  entities: CreatedEntity[],
  index: number,
  kind: Kind,
): Extract<EntitySpec, { kind: Kind }> {
  const spec = entities[index]?.spec;
  if (spec?.kind !== kind) throw new Error(`entity ${index} of the scenario is not an ${kind}`);
  return spec as Extract<EntitySpec, { kind: Kind }>;
}

function memberInput(entities: CreatedEntity[], ref: MemberRef): MemberInput {
  const entity = entities[ref.entity]!;
  return ref.by === 'objectURI' ? { objectURI: entity.uri } : { crosswalks: [entity.spec.crosswalk] };
}

export function interactionInput(spec: InteractionSpec, entities: CreatedEntity[]): InteractionInput {
  switch (spec.type) {
    case 'Lunch':
      return {
        type: 'Lunch',
        timestamp: spec.timestamp,
        attributes: [{ name: 'Place', values: [spec.place] }],
        members: [
          { participant: 'Organizers', members: [memberInput(entities, spec.organizer)] },
          ...(spec.participants.length
            ? [{ participant: 'Participants', members: spec.participants.map((participant) => memberInput(entities, participant)) }]
            : []),
        ],
        ...(spec.crosswalk ? { crosswalks: [spec.crosswalk] } : {}),
      };
    case 'ExhibitionEvent':
      return { ...exhibition(entityAt(entities, spec.hco, 'HCO').name), ...(spec.crosswalk ? { crosswalks: [spec.crosswalk] } : {}) };
    case 'EmailOpened':
      return {
        type: 'EmailOpened',
        attributes: [
          { name: 'MessageId', values: [spec.messageId] },
          { name: 'TimeOpened', values: [spec.timeOpened] },
          { name: 'ReceiverContactId', values: [entityAt(entities, spec.receiver, 'Individual').contactId] },
        ],
      };
    case 'SupportCase':
      return {
        type: 'SupportCase',
        timestamp: spec.timestamp,
        attributes: [
          { name: 'CaseNumber', values: [spec.caseNumber] },
          { name: 'Status', values: [spec.status] },
        ],
        members: [{ participant: 'Customer', members: [memberInput(entities, spec.customer)] }],
      };
  }
}

// ---- Interactions as the API returns them --------------------------------------------

/** Entity URIs playing `participant` in the interaction. */
export const membersOf = (interaction: InteractionFieldsFragment, participant: string): string[] =>
  interaction.members
    .filter((group) => group.participant.name === participant)
    .flatMap((group) => group.members.map((member) => member.objectURI));

// ---- Creating a tenant ---------------------------------------------------------------

export interface CreatedTenant {
  id: string;
  entities: CreatedEntity[];
  /** Interactions as createInteractions returned them, in spec order. */
  interactions: InteractionFieldsFragment[];
}

/** A new tenant with the demo configuration holding the spec's entities and interactions; throws unless every one is created. */
export async function createTenant(service: TestService, spec: TenantSpec, prefix: string): Promise<CreatedTenant> {
  const id = await demoTenant(service, prefix);
  const uris = await createEntitiesOrThrow(service, id, spec.entities.map(entityInput));
  const entities = spec.entities.map((entity, index) => ({ spec: entity, uri: uris[index]! }));
  const results = await createInteractions(
    service,
    id,
    spec.interactions.map((interaction) => interactionInput(interaction, entities)),
  );
  const failed = results.filter((result) => result.status !== 'OK');
  if (failed.length) throw new Error(`interactions of tenant ${id} not created: ${JSON.stringify(failed)}`);
  return { id, entities, interactions: results.map((result) => result.object!) };
}

// ---- Snapshots -----------------------------------------------------------------------

/** Everything of a tenant its own credential reads: configuration, entities with timelines, interactions. */
export const SNAPSHOT = graphql(`
  query TenantSnapshot {
    configurationVersion
    sources {
      uri
      name
      label
      isDefault
    }
    interactionTypes {
      uri
      name
      mutable
      participants {
        uri
      }
    }
    entities(first: 20) {
      totalCount
      nodes {
        uri
        type {
          uri
        }
        label
        createdTime
        updatedTime
        createdBy
        updatedBy
        attributes(includeHidden: true) {
          name
          values {
            uri
            value
          }
        }
        crosswalks {
          uri
          source {
            uri
          }
          value
          createdTime
        }
        interactions(first: 20, order: ASC) {
          totalCount
          edges {
            cursor
            participants {
              uri
            }
            node {
              uri
            }
          }
        }
      }
    }
    interactions(first: 20, order: ASC) {
      totalCount
      nodes {
        ...InteractionFields
      }
    }
  }
`);

export async function snapshotOf(service: TestService, tenant: string) {
  const response = await service.graphql(tenant, SNAPSHOT);
  if (response.status !== 200 || response.errors) throw new Error(`snapshot of ${tenant} failed: ${JSON.stringify(response)}`);
  return response.data;
}

/** Every row the tenant has in the store, each table in id order. */
export async function storedRowsOf(db: Db, tenantId: string) {
  const where = { tenantId };
  const orderBy = { id: 'asc' } as const;
  const [
    tenant,
    sources,
    entityTypes,
    interactionTypes,
    participants,
    apiKeys,
    entities,
    entityValues,
    entityCrosswalks,
    interactions,
    interactionValues,
    interactionCrosswalks,
    members,
  ] = await Promise.all([
    db.tenant.findUnique({ where: { id: tenantId } }),
    db.source.findMany({ where, orderBy }),
    db.entityType.findMany({ where, orderBy }),
    db.interactionType.findMany({ where, orderBy }),
    db.participant.findMany({ where, orderBy }),
    db.apiKey.findMany({ where, orderBy }),
    db.entity.findMany({ where, orderBy }),
    db.entityAttributeValue.findMany({ where, orderBy }),
    db.entityCrosswalk.findMany({ where, orderBy }),
    db.interaction.findMany({ where, orderBy }),
    db.interactionAttributeValue.findMany({ where, orderBy }),
    db.interactionCrosswalk.findMany({ where, orderBy }),
    db.interactionMember.findMany({ where, orderBy }),
  ]);
  return {
    tenant,
    sources,
    entityTypes,
    interactionTypes,
    participants,
    apiKeys,
    entities,
    entityValues,
    entityCrosswalks,
    interactions,
    interactionValues,
    interactionCrosswalks,
    members,
  };
}

/** How many rows of each table the tenant has. */
export function rowCounts(rows: Awaited<ReturnType<typeof storedRowsOf>>): Record<string, number> {
  return Object.fromEntries(Object.entries(rows).flatMap(([table, value]) => (Array.isArray(value) ? [[table, value.length]] : [])));
}

/** URIs of every entity and interaction the tenant has in the store. */
export async function storedUrisOf(db: Db, tenantId: string): Promise<Set<string>> {
  const [entities, interactions] = await Promise.all([
    db.entity.findMany({ where: { tenantId }, select: { id: true } }),
    db.interaction.findMany({ where: { tenantId }, select: { id: true } }),
  ]);
  return new Set([...entities.map((row) => `entities/${row.id}`), ...interactions.map((row) => `interactions/${row.id}`)]);
}
