// Rules a configuration change must follow because of stored data (entities and
// interactions seeded straight into the database), through the real HTTP GraphQL server.
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import {
  APPLY,
  baseConfiguration,
  baseWith,
  CREATE_INTERACTION_TYPE,
  DELETE_ENTITY_TYPE,
  DELETE_INTERACTION_TYPE,
  DELETE_SOURCE,
  individual,
  INDIVIDUAL,
  lunch,
  LUNCH,
  UPDATE_ENTITY_TYPE,
  UPDATE_INTERACTION_TYPE,
  withAttribute,
  withMember,
  useRulesHarness,
} from './helpers/configuration-rules.ts';
import { seedEntity, seedInteraction } from './helpers/stored-rows.ts';

describeEachDatabase('configuration rules against stored data', (provider) => {
  const harness = useRulesHarness(provider);
  const { tenantWith, expectRefused, expectApplied } = harness;
  describe('rules against stored data', () => {
    /** A tenant with the base configuration and two individuals. */
    async function storedTenant() {
      const tenant = await tenantWith();
      const ada = await seedEntity(harness.db, tenant, {
        type: 'Individual',
        attributes: { FullName: ['Ada'], Email: ['ada@example.com'] },
      });
      const bob = await seedEntity(harness.db, tenant, {
        type: 'Individual',
        attributes: { FullName: ['Bob'], Email: ['bob@example.com', 'bob@work.example'] },
      });
      return { tenant, ada, bob };
    }

    describe('CONFIGURATION_IN_USE', () => {
      it('refuses removing an interaction attribute that has stored values, saying how many', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Notes: ['spicy', 'late'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Notes: ['quiet'] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withAttribute(lunch(), 'Notes', null) },
          {
            name: 'CONFIGURATION_IN_USE',
            path: ['input', 'attributes', 'Notes'],
            message: /\b3 stored values\b/,
          },
        );
      });

      it('removes an interaction attribute that has no stored values', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withAttribute(lunch(), 'Notes', null),
        });
        expect(configuration.interactionTypes[0]!.attributes.map((attribute) => attribute.name)).toEqual(['Place', 'Cost', 'GuestEmail']);
      });

      it('refuses removing an entity attribute that has stored values', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(harness.db, tenant, { type: 'Individual', attributes: { BirthDate: ['1815-12-10'] } });
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input: withAttribute(individual(), 'BirthDate', null) },
          {
            name: 'CONFIGURATION_IN_USE',
            path: ['input', 'attributes', 'BirthDate'],
            message: /\b1 stored value\b/,
          },
        );
      });

      it('refuses removing a participant that has stored members', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withMember(lunch(), 'Guests', null) },
          {
            name: 'CONFIGURATION_IN_USE',
            path: ['input', 'participants', 'Guests'],
            message: /\b2 stored members\b/,
          },
        );
      });

      it('removes a participant that has no stored members', async () => {
        const { tenant, ada } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withMember(lunch(), 'Guests', null),
        });
        expect(configuration.interactionTypes[0]!.participants.map((member) => member.name)).toEqual(['Chefs', 'Hosts']);
      });

      it('refuses deleting an interaction type that has stored interactions', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch' });
        await seedInteraction(harness.db, tenant, { type: 'Lunch' });
        await expectRefused(
          tenant,
          DELETE_INTERACTION_TYPE,
          { uri: LUNCH },
          { name: 'CONFIGURATION_IN_USE', path: ['interactionTypes', 'Lunch'], message: /\b2 stored interactions\b/ },
        );
      });

      it('refuses a REPLACE document that leaves out an interaction type with stored interactions', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch' });
        const input = baseWith((document) => {
          document.interactionTypes = [];
        });
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'CONFIGURATION_IN_USE', path: ['interactionTypes', 'Lunch'], message: /\b1 stored interaction\b/ },
        );
      });

      it('deletes an interaction type that has no stored interactions', async () => {
        const { tenant } = await storedTenant();
        const configuration = await expectApplied(tenant, DELETE_INTERACTION_TYPE, { uri: LUNCH });
        expect(configuration.interactionTypes).toEqual([]);
      });

      it('refuses deleting an entity type that has stored entities', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(harness.db, tenant, { type: 'Product', attributes: { Sku: ['P-1'] } });
        await seedEntity(harness.db, tenant, { type: 'Product', attributes: { Sku: ['P-2'] } });
        await expectRefused(
          tenant,
          DELETE_ENTITY_TYPE,
          { uri: 'configuration/entityTypes/Product' },
          { name: 'CONFIGURATION_IN_USE', path: ['entityTypes', 'Product'], message: /\b2 stored entities\b/ },
        );
      });

      it('deletes an entity type that has no stored entities', async () => {
        const { tenant } = await storedTenant();
        const configuration = await expectApplied(tenant, DELETE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Product' });
        expect(configuration.entityTypes.map((type) => type.name)).toEqual(['Individual', 'Organization']);
      });

      it('refuses deleting a source that crosswalks use', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(harness.db, tenant, { type: 'Organization', crosswalks: [{ source: 'Legacy', value: 'ORG-1' }] });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', crosswalks: [{ source: 'Legacy', value: 'L-1' }] });
        await expectRefused(
          tenant,
          DELETE_SOURCE,
          { uri: 'configuration/sources/Legacy' },
          { name: 'CONFIGURATION_IN_USE', path: ['sources', 'Legacy'], message: /\b2 stored crosswalks\b/ },
        );
      });

      it('deletes a source that no crosswalk uses', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(harness.db, tenant, { type: 'Organization', crosswalks: [{ source: 'Salesforce', value: 'ORG-1' }] });
        const configuration = await expectApplied(tenant, DELETE_SOURCE, { uri: 'configuration/sources/Legacy' });
        expect(configuration.sources.map((source) => source.name)).toEqual(['Default', 'Salesforce']);
      });

      it("is not blocked by another tenant's stored data", async () => {
        const { tenant: other } = await storedTenant();
        await seedInteraction(harness.db, other, { type: 'Lunch', attributes: { Notes: ['elsewhere'] } });
        const tenant = await tenantWith();
        await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Notes', null) });
        await expectRefused(
          other,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withAttribute(lunch(), 'Notes', null) },
          { name: 'CONFIGURATION_IN_USE', path: ['input', 'attributes', 'Notes'] },
        );
      });
    });

    describe('VALUE_TYPE_CHANGE_WITH_VALUES', () => {
      it("refuses changing an interaction attribute's value type while values are stored", async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Cost: ['12.5'] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withAttribute(lunch(), 'Cost', { valueType: 'STRING' }) },
          {
            name: 'VALUE_TYPE_CHANGE_WITH_VALUES',
            path: ['input', 'attributes', 2, 'valueType'],
            message: /FLOAT to STRING: 1 stored value\b/,
          },
        );
      });

      it("refuses changing an entity attribute's value type while values are stored", async () => {
        const { tenant } = await storedTenant();
        await seedEntity(harness.db, tenant, { type: 'Individual', attributes: { BirthDate: ['1815-12-10'] } });
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input: withAttribute(individual(), 'BirthDate', { valueType: 'TIMESTAMP' }) },
          {
            name: 'VALUE_TYPE_CHANGE_WITH_VALUES',
            path: ['input', 'attributes', 2, 'valueType'],
          },
        );
      });

      it('changes a value type when no values are stored', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withAttribute(lunch(), 'Cost', { valueType: 'INTEGER' }),
        });
        expect(configuration.interactionTypes[0]!.attributes[2]).toMatchObject({ name: 'Cost', valueType: 'INTEGER' });
      });
    });

    describe('OCCURS_VIOLATED_BY_STORED_DATA', () => {
      it('refuses raising minOccurs above what stored interactions have', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Chefs: [ada, bob] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withMember(lunch(), 'Chefs', { minOccurs: 2 }) },
          {
            name: 'OCCURS_VIOLATED_BY_STORED_DATA',
            path: ['input', 'participants', 0],
            pathPrefix: true,
            message: /\b1 stored interaction\b/,
          },
        );
      });

      it('refuses lowering maxOccurs below what stored interactions have', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Chefs: [ada, bob] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withMember(lunch(), 'Chefs', { maxOccurs: 1 }) },
          {
            name: 'OCCURS_VIOLATED_BY_STORED_DATA',
            path: ['input', 'participants', 0],
            pathPrefix: true,
          },
        );
      });

      it('refuses bounding an unbounded participant below what stored interactions have', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withMember(lunch(), 'Guests', { maxOccurs: 1 }) },
          {
            name: 'OCCURS_VIOLATED_BY_STORED_DATA',
            path: ['input', 'participants', 1],
            pathPrefix: true,
            message: /\b2 stored interactions\b/,
          },
        );
      });

      it('refuses adding a participant with minOccurs above 0 while interactions are stored', async () => {
        const { tenant, ada } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        const input = { ...lunch(), participants: [...lunch().participants!, { name: 'Waiters', minOccurs: 1 }] };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'OCCURS_VIOLATED_BY_STORED_DATA', path: ['input', 'participants', 3], pathPrefix: true },
        );
      });

      it('narrows occurs that every stored interaction satisfies', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Chefs: [ada, bob] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withMember(lunch(), 'Chefs', { minOccurs: 1, maxOccurs: 2 }),
        });
        expect(configuration.interactionTypes[0]!.participants[0]).toMatchObject({ name: 'Chefs', minOccurs: 1, maxOccurs: 2 });
      });
    });

    describe('REQUIRED_VIOLATED_BY_STORED_DATA', () => {
      it('refuses making an interaction attribute required while stored interactions lack it', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Notes: ['no place'] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withAttribute(lunch(), 'Place', { required: true }) },
          {
            name: 'REQUIRED_VIOLATED_BY_STORED_DATA',
            path: ['input', 'attributes', 0, 'required'],
            message: /\b1 stored interaction/,
          },
        );
      });

      it('refuses making an entity attribute required while stored entities lack it', async () => {
        const { tenant } = await storedTenant();
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input: withAttribute(individual(), 'BirthDate', { required: true }) },
          {
            name: 'REQUIRED_VIOLATED_BY_STORED_DATA',
            path: ['input', 'attributes', 2, 'required'],
            message: /\b2 stored entities/,
          },
        );
      });

      it('refuses adding a required attribute while interactions are stored', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        const input = {
          ...lunch(),
          attributes: [...lunch().attributes!, { name: 'Course', valueType: 'STRING' as const, required: true }],
        };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'REQUIRED_VIOLATED_BY_STORED_DATA', path: ['input', 'attributes', 4], pathPrefix: true },
        );
      });

      it('makes an attribute required when every stored object has a value', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Place: ['Roof'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withAttribute(lunch(), 'Place', { required: true }),
        });
        expect(configuration.interactionTypes[0]!.attributes[0]).toMatchObject({ name: 'Place', required: true });
      });
    });

    describe('MULTI_VALUE_VIOLATED_BY_STORED_DATA', () => {
      it('refuses making an interaction attribute single-valued while an interaction has several values', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Notes: ['one'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Notes: ['two', 'three'] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withAttribute(lunch(), 'Notes', { multiValued: false }) },
          {
            name: 'MULTI_VALUE_VIOLATED_BY_STORED_DATA',
            path: ['input', 'attributes', 1, 'multiValued'],
          },
        );
      });

      it('refuses making an entity attribute single-valued while an entity has several values', async () => {
        const { tenant } = await storedTenant();
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input: withAttribute(individual(), 'Email', { multiValued: false }) },
          {
            name: 'MULTI_VALUE_VIOLATED_BY_STORED_DATA',
            path: ['input', 'attributes', 1, 'multiValued'],
          },
        );
      });

      it('makes an attribute single-valued when no stored object has several values', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Notes: ['one'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', attributes: { Notes: ['two'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withAttribute(lunch(), 'Notes', { multiValued: false }),
        });
        expect(configuration.interactionTypes[0]!.attributes[1]).toMatchObject({ name: 'Notes', multiValued: false });
      });
    });

    describe('MUTABILITY_CHANGE_NOT_CONFIRMED', () => {
      it('refuses turning an immutable type mutable without allowImmutableToMutable (update)', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: { ...lunch(), mutable: true } },
          { name: 'MUTABILITY_CHANGE_NOT_CONFIRMED', path: ['input', 'mutable'] },
        );
      });

      it('refuses turning an immutable type mutable without allowImmutableToMutable (document)', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.interactionTypes[0]!.mutable = true;
        });
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'MUTABILITY_CHANGE_NOT_CONFIRMED', path: ['interactionTypes', 0, 'mutable'] },
        );
      });

      it('turns an immutable type mutable with allowImmutableToMutable (update)', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: { ...lunch(), mutable: true },
          allowImmutableToMutable: true,
        });
        expect(configuration.interactionTypes[0]!.mutable).toBe(true);
      });

      it('turns an immutable type mutable with allowImmutableToMutable (document)', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, APPLY, {
          input: { interactionTypes: [{ ...lunch(), mutable: true }] },
          allowImmutableToMutable: true,
        });
        expect(configuration.interactionTypes[0]!.mutable).toBe(true);
      });

      it('turns a mutable type immutable without confirmation', async () => {
        const tenant = await tenantWith({ ...baseConfiguration(), interactionTypes: [{ ...lunch(), mutable: true }] });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: { ...lunch(), mutable: false } });
        expect(configuration.interactionTypes[0]!.mutable).toBe(false);
      });

      it('creates a mutable type without confirmation', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, CREATE_INTERACTION_TYPE, { input: { name: 'Visit', mutable: true } });
        expect(configuration.interactionTypes.find((type) => type.name === 'Visit')?.mutable).toBe(true);
      });
    });

    describe('ENTITY_TYPE_STILL_USED_BY_MEMBERS', () => {
      it('refuses disallowing an entity type that stored members are', async () => {
        const { tenant, ada } = await storedTenant();
        const acme = await seedEntity(harness.db, tenant, { type: 'Organization', attributes: { Name: ['Acme'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Guests: [ada, acme] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withMember(lunch(), 'Guests', { entityTypes: ['Individual'] }) },
          {
            name: 'ENTITY_TYPE_STILL_USED_BY_MEMBERS',
            path: ['input', 'participants', 1, 'entityTypes'],
            message: /Organization.*\b1 stored member\b/,
          },
        );
      });

      it('refuses restricting a participant that allowed any entity type', async () => {
        const { tenant, ada } = await storedTenant();
        const widget = await seedEntity(harness.db, tenant, { type: 'Product', attributes: { Sku: ['W-1'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Hosts: [ada, widget] } });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input: withMember(lunch(), 'Hosts', { entityTypes: ['Individual'] }) },
          {
            name: 'ENTITY_TYPE_STILL_USED_BY_MEMBERS',
            path: ['input', 'participants', 2, 'entityTypes'],
            message: /Product/,
          },
        );
      });

      it('disallows an entity type that no stored member is', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedEntity(harness.db, tenant, { type: 'Organization', attributes: { Name: ['Acme'] } });
        await seedInteraction(harness.db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withMember(lunch(), 'Guests', { entityTypes: ['Individual'] }),
        });
        expect(configuration.interactionTypes[0]!.participants[1]!.entityTypes).toEqual([{ uri: INDIVIDUAL, name: 'Individual' }]);
      });
    });
  });
});
