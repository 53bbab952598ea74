// The Reltio REST facade (/services/reltio/api/{tenantId}/interactions) spoken to as a Reltio
// client would: the source document's request bodies, kept verbatim in test/fixtures/reltio/,
// sent with curl, on every tested database.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { ID, INDIVIDUAL, LUNCH, REPLAY_DETAIL } from './helpers/create-interactions.ts';
import { createEntitiesOrThrow, hco, interactionCount, readByCrosswalk, readInteraction } from './helpers/interactions.ts';
import { seedEntity } from './helpers/stored-rows.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const FIXTURES = 'test/fixtures/reltio';
const BY_OBJECT_URI = `${FIXTURES}/create-by-object-uri.json`;
const BY_CROSSWALKS = `${FIXTURES}/create-by-crosswalks.json`;
const BY_ATTRIBUTE_MAPPING = `${FIXTURES}/create-by-attribute-mapping.json`;
const fixture = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Array<Record<string, unknown>>;
/** The document's example answer to an interaction whose crosswalk exists (its 536). */
const DOCUMENTED_536 = fixture(`${FIXTURES}/crosswalk-exists-response.json`);

const EXHIBITION = 'configuration/interactionTypes/ExhibitionEvent';
const HCO = 'configuration/entityTypes/HCO';
// Settings small enough that the limits are reached with a few requests.
const LIMITS = { MAX_BATCH_SIZE: '10', MAX_BODY_BYTES: '65536', RATE_LIMIT_REQUESTS: '30', RATE_LIMIT_WINDOW_SECONDS: '600' };

const execFileAsync = promisify(execFile);
// curl writes this, the status and the answer's headers as JSON after the body.
const TRAILER = '\n--curl-trailer--';

interface CurlAnswer {
  status: number;
  /** Lower-case names, each with its values. */
  headers: Record<string, string[]>;
  body: unknown;
}

interface CurlRequest {
  headers?: Record<string, string>;
  /** A file sent as it is (curl --data-binary @file). */
  file?: string;
  /** Or a body given here. */
  body?: string;
}

/** The first value of a header of a curl answer. */
const header = (answer: CurlAnswer, name: string) => answer.headers[name]?.[0];

describeEachDatabase('Reltio REST facade', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    await execFileAsync('curl', ['--version']).catch((error: unknown) => {
      throw new Error(`these tests send their requests with curl, which is not installed here: ${String(error)}`);
    });
    service = await startTestService(provider, LIMITS);
  });
  afterAll(() => service?.stop());

  const interactionsPath = (tenant: string) => `/services/reltio/api/${tenant}/interactions`;

  async function curl(method: string, path: string, request: CurlRequest = {}): Promise<CurlAnswer> {
    // Expect: left empty, so that curl sends bodies at once rather than waiting for 100 Continue.
    const args = ['--silent', '--show-error', '--request', method, `${service.url}${path}`, '--header', 'Expect:'];
    args.push('--write-out', `${TRAILER}%{http_code} %{header_json}`);
    for (const [name, value] of Object.entries(request.headers ?? {})) args.push('--header', `${name}: ${value}`);
    const data = request.file ? `@${request.file}` : request.body !== undefined ? '@-' : null;
    if (data) args.push('--header', 'Content-Type: application/json', '--data-binary', data);
    const running = execFileAsync('curl', args, { maxBuffer: 16 * 1024 * 1024 });
    running.child.stdin?.end(request.body ?? '');
    const { stdout } = await running;
    const at = stdout.lastIndexOf(TRAILER);
    const trailer = stdout.slice(at + TRAILER.length);
    const space = trailer.indexOf(' ');
    const body = stdout.slice(0, at);
    return {
      status: Number(trailer.slice(0, space)),
      headers: JSON.parse(trailer.slice(space + 1)) as Record<string, string[]>,
      body: body ? JSON.parse(body) : undefined,
    };
  }

  const postInteractions = (tenant: string, credential: Record<string, string>, request: CurlRequest, query = '') =>
    curl('POST', `${interactionsPath(tenant)}${query}`, { ...request, headers: { ...credential, ...request.headers } });

  /**
   * A tenant with the demo configuration and what the document's bodies name: entities/30000,
   * 40000, 10000, 10001 and 10003 with exactly those ids (written as the service writes them),
   * the Salesforce people EMP_600000 and EMP_1000072, and the HCO ForAttributeInteraction.
   */
  async function reltioTenant() {
    const tenant = await demoTenant(service, 'reltio');
    const people: Array<[string, string]> = [
      ['30000', 'John Smith'],
      ['40000', 'Ann Roman'],
      ['10000', 'San Dunn'],
      ['10001', 'Josh May'],
      ['10003', 'Marc Jack'],
    ];
    for (const [id, name] of people)
      await seedEntity(service.database.db, tenant, { id, type: 'Individual', label: name, attributes: { FullName: [name] } });
    const [organizer, chef, hcoUri] = await createEntitiesOrThrow(service, tenant, [
      individual('Jane Organizer', 'EMP_600000'),
      individual('Rick Chef', 'EMP_1000072'),
      hco('ForAttributeInteraction'),
    ]);
    return { tenant, organizer: organizer!, chef: chef!, hco: hcoUri! };
  }

  /** A credential for the tenant (a writer unless said otherwise), with a subject of its own: the rate limit counts per subject. */
  const credential = (tenant: string, claims: { sub?: string; roles?: string[] } = {}) =>
    service.as(tenant, { sub: `reltio-client@${tenant}`, roles: ['writer'], ...claims });

  /** What every whole-request failure answers: Reltio's error object, errorCode being the HTTP status. */
  function expectReltioFailure(answer: CurlAnswer, status: number, details: Record<string, unknown>) {
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({
      severity: 'Error',
      errorMessage: expect.any(String),
      errorCode: status,
      errorDetailMessage: expect.any(String),
      details: expect.objectContaining(details),
    });
  }

  describe("the document's examples, sent verbatim", () => {
    it('creates a Lunch whose members are given by objectURI, and answers in the documented shape', async () => {
      const { tenant } = await reltioTenant();
      const startedAt = Date.now();
      const answer = await postInteractions(tenant, await credential(tenant, { sub: 'User' }), { file: BY_OBJECT_URI });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']?.[0]).toMatch(/^application\/json/);
      const [result] = answer.body as Array<{ URI: string; object: { createdTime: number } }>;
      const uri = result!.URI;
      expect(uri).toMatch(new RegExp(`^interactions/${ID}$`));
      const attribute = (name: string, value: string) => ({
        type: `${LUNCH}/attributes/${name}`,
        value,
        URI: expect.stringMatching(new RegExp(`^${uri}/attributes/${name}/${ID}$`)),
      });
      const individualMember = (id: string, label: string) => ({ objectURI: `entities/${id}`, type: INDIVIDUAL, label });
      expect(answer.body).toEqual([
        {
          index: 0,
          URI: uri,
          object: {
            URI: uri,
            type: LUNCH,
            createdBy: 'User',
            createdTime: result!.object.createdTime,
            updatedTime: result!.object.createdTime,
            timestamp: 1338580800000,
            attributes: {
              Place: [attribute('Place', 'Shire, Bag End in Hobbiton')],
              Notes: [attribute('Notes', 'All participants eat Lembas')],
            },
            // No crosswalk given: one in the tenant's default source.
            crosswalks: [
              {
                URI: expect.stringMatching(new RegExp(`^${uri}/crosswalks/${ID}$`)),
                type: 'configuration/sources/Default',
                value: expect.stringMatching(new RegExp(`^${ID}$`)),
              },
            ],
            // Members under the Lunch's own member types, though the body names Meeting's for two of them.
            members: {
              Organizers: {
                URI: `${uri}/members/Organizers`,
                type: `${LUNCH}/memberTypes/Organizers`,
                members: [individualMember('30000', 'John Smith')],
              },
              Chefs: { URI: `${uri}/members/Chefs`, type: `${LUNCH}/memberTypes/Chefs`, members: [individualMember('40000', 'Ann Roman')] },
              Participants: {
                URI: `${uri}/members/Participants`,
                type: `${LUNCH}/memberTypes/Participants`,
                members: [
                  individualMember('10000', 'San Dunn'),
                  individualMember('10001', 'Josh May'),
                  individualMember('10003', 'Marc Jack'),
                ],
              },
            },
          },
          // Meeting's member types are taken by name, with a warning each.
          warning: expect.stringMatching(
            /configuration\/interactionTypes\/Meeting\/participants\/Organizers.*; .*configuration\/interactionTypes\/Meeting\/participants\/Participants/,
          ),
          status: 'OK',
        },
      ]);
      expect(result!.object.createdTime).toBeGreaterThanOrEqual(startedAt);
      expect(result!.object.createdTime).toBeLessThanOrEqual(Date.now());
      const stored = await readInteraction(service, tenant, uri);
      expect(stored?.members.map((group) => [group.participant.name, group.members.map((member) => member.objectURI)])).toEqual([
        ['Organizers', ['entities/30000']],
        ['Chefs', ['entities/40000']],
        ['Participants', ['entities/10000', 'entities/10001', 'entities/10003']],
      ]);
    });

    it('creates a Lunch whose members are given by their Salesforce crosswalks', async () => {
      const { tenant, organizer, chef } = await reltioTenant();
      const answer = await postInteractions(tenant, await credential(tenant), { file: BY_CROSSWALKS });
      expect(answer.status).toBe(200);
      const uri = (answer.body as Array<{ URI: string }>)[0]!.URI;
      expect(answer.body).toEqual([
        {
          index: 0,
          URI: uri,
          object: expect.objectContaining({
            URI: uri,
            type: LUNCH,
            createdBy: `reltio-client@${tenant}`,
            timestamp: 1338580800000,
            attributes: { Place: [expect.objectContaining({ value: 'Shire, Bag End in Hobbiton' })], Notes: [expect.anything()] },
            members: {
              Organizers: {
                URI: `${uri}/members/Organizers`,
                type: `${LUNCH}/memberTypes/Organizers`,
                members: [{ objectURI: organizer, type: INDIVIDUAL, label: 'Jane Organizer' }],
              },
              Chefs: {
                URI: `${uri}/members/Chefs`,
                type: `${LUNCH}/memberTypes/Chefs`,
                members: [{ objectURI: chef, type: INDIVIDUAL, label: 'Rick Chef' }],
              },
            },
          }),
          status: 'OK',
        },
      ]);
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('creates an ExhibitionEvent whose HCO member is found through the attribute mapping', async () => {
      const { tenant, hco: hcoUri } = await reltioTenant();
      const answer = await postInteractions(tenant, await credential(tenant), { file: BY_ATTRIBUTE_MAPPING });
      expect(answer.status).toBe(200);
      const uri = (answer.body as Array<{ URI: string }>)[0]!.URI;
      expect(answer.body).toEqual([
        {
          index: 0,
          URI: uri,
          object: expect.objectContaining({
            URI: uri,
            type: EXHIBITION,
            timestamp: 1780576191519,
            attributes: {
              EXHBT_NAME: [
                {
                  type: `${EXHIBITION}/attributes/EXHBT_NAME`,
                  value: 'ForAttributeInteraction',
                  URI: expect.stringMatching(new RegExp(`^${uri}/attributes/EXHBT_NAME/${ID}$`)),
                },
              ],
            },
            members: {
              HCO: {
                URI: `${uri}/members/HCO`,
                type: `${EXHIBITION}/memberTypes/HCO`,
                members: [{ objectURI: hcoUri, type: HCO, label: 'ForAttributeInteraction' }],
              },
            },
          }),
          status: 'OK',
        },
      ]);
    });

    it("answers an interaction whose crosswalk exists as the document's 536 example, with HTTP 200", async () => {
      const { tenant } = await reltioTenant();
      // The objectURI example with the crosswalk of the document's 536 example, sent twice.
      const body = JSON.stringify([{ ...fixture(BY_OBJECT_URI)[0], crosswalks: [{ type: 'configuration/sources/AMA', value: 'TEST' }] }]);
      const headers = await credential(tenant);
      const first = await postInteractions(tenant, headers, { body });
      expect(first.body).toEqual([expect.objectContaining({ index: 0, status: 'OK' })]);
      const created = (first.body as Array<{ URI: string; object: { crosswalks: unknown[] } }>)[0]!;
      expect(created.object.crosswalks).toEqual([{ URI: expect.any(String), type: 'configuration/sources/AMA', value: 'TEST' }]);

      const again = await postInteractions(tenant, headers, { body });
      expect(again.status).toBe(200);
      const [documented] = DOCUMENTED_536 as Array<{ errors: { errorDetailMessage: string } }>;
      expect(again.body).toEqual([
        {
          ...documented,
          errors: {
            ...documented!.errors,
            // The document's sentence, then whether the input is identical to the existing interaction.
            errorDetailMessage: expect.stringMatching(new RegExp(`^${REPLAY_DETAIL.replace(/[.]/g, '\\.')} `)),
            details: { name: 'CROSSWALK_ALREADY_EXISTS', path: ['crosswalks'], existingUri: created.URI, identicalToExisting: true },
          },
          status: 'failed',
        },
      ]);
      expect(documented!.errors.errorDetailMessage).toBe(REPLAY_DETAIL);
      expect(await interactionCount(service, tenant)).toBe(1);
    });
  });

  describe('parameters and headers', () => {
    it('answers URIs only with returnObjects=false', async () => {
      const { tenant } = await reltioTenant();
      const answer = await postInteractions(tenant, await credential(tenant), { file: BY_ATTRIBUTE_MAPPING }, '?returnObjects=false');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual([{ index: 0, URI: expect.stringMatching(new RegExp(`^interactions/${ID}$`)), status: 'OK' }]);
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('shows hidden attributes with options=sendHidden only, when creating and when reading', async () => {
      const { tenant } = await reltioTenant();
      const headers = await credential(tenant);
      // Lunch's Cost attribute is hidden.
      const lunchWithCost = (place: string) =>
        JSON.stringify([
          {
            type: LUNCH,
            attributes: { Place: [{ value: place }], Cost: [{ value: 42 }] },
            members: { Organizers: { members: [{ objectURI: 'entities/30000' }] } },
          },
        ]);
      const attributeNames = (answer: CurlAnswer) =>
        Object.keys((answer.body as Array<{ object: { attributes: object } }>)[0]!.object.attributes);

      const hidden = await postInteractions(tenant, headers, { body: lunchWithCost('Bree') });
      expect(attributeNames(hidden)).toEqual(['Place']);
      const shown = await postInteractions(tenant, headers, { body: lunchWithCost('Bywater') }, '?options=sendHidden');
      expect(attributeNames(shown)).toEqual(['Place', 'Cost']);
      expect((shown.body as Array<{ object: { attributes: { Cost: unknown } } }>)[0]!.object.attributes.Cost).toEqual([
        expect.objectContaining({ type: `${LUNCH}/attributes/Cost`, value: 42 }),
      ]);

      const uri = (hidden.body as Array<{ URI: string }>)[0]!.URI;
      const readAttributeNames = async (query: string) => {
        const read = await curl('GET', `/services/reltio/api/${tenant}/${uri}${query}`, { headers });
        return Object.keys((read.body as { attributes: object }).attributes);
      };
      expect(await readAttributeNames('')).toEqual(['Place']);
      expect(await readAttributeNames('?options=sendHidden')).toEqual(['Place', 'Cost']);
    });

    it("gives the interaction crosswalkValue's crosswalk in the Source-System header's source", async () => {
      const { tenant } = await reltioTenant();
      const answer = await postInteractions(
        tenant,
        await credential(tenant),
        { file: BY_OBJECT_URI, headers: { 'Source-System': 'configuration/sources/AMA' } },
        '?crosswalkValue=INT_001',
      );
      expect(answer.status).toBe(200);
      const [result] = answer.body as Array<{ URI: string; object: { crosswalks: unknown[] } }>;
      expect(result!.object.crosswalks).toEqual([{ URI: expect.any(String), type: 'configuration/sources/AMA', value: 'INT_001' }]);
      expect(await readByCrosswalk(service, tenant, 'configuration/sources/AMA', 'INT_001')).toMatchObject({ uri: result!.URI });
    });

    it('stores a batch retried under the same Idempotency-Key once, answering the retry with the first answer', async () => {
      const { tenant } = await reltioTenant();
      const headers = await credential(tenant);
      // No crosswalk and no id attributes: without the key, a retry would be a second interaction.
      const request = { file: BY_CROSSWALKS, headers: { 'Idempotency-Key': `retry-${tenant}` } };
      const first = await postInteractions(tenant, headers, request);
      const retry = await postInteractions(tenant, headers, request);
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(header(retry, 'idempotent-replayed')).toBe('true');
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('refuses the same Idempotency-Key with another body (409, in Reltio error shape), writing nothing more', async () => {
      const { tenant } = await reltioTenant();
      const headers = { ...(await credential(tenant)), 'Idempotency-Key': `reused-${tenant}` };
      const first = await postInteractions(tenant, headers, { file: BY_CROSSWALKS });
      expect(first.status).toBe(200);
      const other = await postInteractions(tenant, headers, { file: BY_OBJECT_URI });
      expectReltioFailure(other, 409, { reason: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await interactionCount(service, tenant)).toBe(1);
    });
  });

  describe('reading and deleting', () => {
    it('reads an interaction by id as it was created, deletes it as Reltio does, then knows it no more', async () => {
      const { tenant } = await reltioTenant();
      const headers = await credential(tenant);
      const created = await postInteractions(tenant, headers, { file: BY_CROSSWALKS });
      const [result] = created.body as Array<{ URI: string; object: unknown }>;
      const path = `/services/reltio/api/${tenant}/${result!.URI}`;

      const read = await curl('GET', path, { headers });
      expect(read.status).toBe(200);
      expect(read.body).toEqual(result!.object);

      const deleted = await curl('DELETE', path, { headers });
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual({ status: 'success' });
      expect(await interactionCount(service, tenant)).toBe(0);

      expectReltioFailure(await curl('GET', path, { headers }), 404, { code: 'NOT_FOUND' });
      const deletedAgain = await curl('DELETE', path, { headers });
      expect(deletedAgain.status).toBe(404);
      expect(deletedAgain.body).toEqual({ status: 'error', details: [expect.stringMatching(/^Code: OBJECT_NOT_FOUND; /)] });
    });
  });

  describe('item failures', () => {
    it("fails a mapped member that matches no entity with the document's 38010, and one that matches two with 38011", async () => {
      const { tenant } = await reltioTenant();
      await createEntitiesOrThrow(service, tenant, [hco('Twin Clinic'), hco('Twin Clinic')]);
      const [exhibition] = fixture(BY_ATTRIBUTE_MAPPING);
      const named = (name: string) => ({
        ...exhibition,
        attributes: { EXHBT_NAME: [{ type: `${EXHIBITION}/attributes/EXHBT_NAME`, value: name }] },
      });
      const body = JSON.stringify([named('No Such Clinic'), named('Twin Clinic'), exhibition]);
      const answer = await postInteractions(tenant, await credential(tenant), { body });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject([
        { index: 0, successful: false, status: 'failed', errors: { severity: 'Error', errorCode: 38010 } },
        { index: 1, successful: false, status: 'failed', errors: { severity: 'Error', errorCode: 38011 } },
        { index: 2, status: 'OK' },
      ]);
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('takes a value typed as its own attribute, of any interaction type, and refuses one typed as another attribute', async () => {
      const { tenant } = await reltioTenant();
      const [good] = fixture(BY_OBJECT_URI);
      const withPlace = (value: unknown) => ({ ...good, attributes: { Place: [value] } });
      const body = JSON.stringify([
        withPlace({ type: 'configuration/interactionTypes/Meeting/attributes/Place', value: 'Shire' }),
        withPlace({ type: `${LUNCH}/attributes/Notes`, value: 'Shire' }),
      ]);
      const answer = await postInteractions(tenant, await credential(tenant), { body });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject([
        { index: 0, status: 'OK' },
        { index: 1, status: 'failed', errors: { details: { name: 'MALFORMED_ITEM', path: ['attributes', 'Place', '0'] } } },
      ]);
    });

    it('fails only the items it cannot create, each with its error and path in the terms of the body, and creates the rest (HTTP 200)', async () => {
      const { tenant } = await reltioTenant();
      const [good] = fixture(BY_OBJECT_URI);
      const organizers = (member: unknown) => ({ Organizers: { type: `${LUNCH}/memberTypes/Organizers`, members: [member] } });
      const broken: Array<[unknown, string[]]> = [
        [
          { ...good, attributes: { Notes: [{ value: 'fine' }], Place: [{ text: 'a value object without value' }] } },
          ['attributes', 'Place', '0'],
        ],
        // No type, and a value object without value: the first problem, then the other.
        [{ timestamp: 1338580800000, attributes: { Place: [{ text: 'Shire' }] }, members: good!.members }, ['type']],
        [{ ...good, members: organizers({}) }, ['members', 'Organizers', 'members', '0']],
        [
          { ...good, members: organizers({ crosswalks: [{ type: 42, value: 'EMP_600000' }] }) },
          ['members', 'Organizers', 'members', '0', 'crosswalks', '0', 'type'],
        ],
        [
          { ...good, members: { Cooks: { type: `${LUNCH}/memberTypes/Cooks`, members: [{ objectURI: 'entities/40000' }] } } },
          ['members', 'Cooks', 'type'],
        ],
        [{ ...good, attributes: 'Place' }, ['attributes']],
        [42, []],
        [{ ...good, crosswalks: [{ type: 'configuration/sources/AMA' }] }, ['crosswalks', '0', 'value']],
      ];
      const body = JSON.stringify([good, ...broken.map(([item]) => item), good]);
      const answer = await postInteractions(tenant, await credential(tenant), { body });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const results = answer.body as Array<{ index: number; status: string }>;
      expect(results).toHaveLength(broken.length + 2);
      expect(results[0]).toMatchObject({ index: 0, status: 'OK' });
      expect(results.at(-1)).toMatchObject({ index: broken.length + 1, status: 'OK' });
      broken.forEach(([, path], at) => {
        const index = at + 1;
        expect(results[index], `item ${index}`).toEqual({
          index,
          errors: {
            severity: 'Error',
            errorMessage: expect.any(String),
            errorCode: expect.any(Number),
            errorDetailMessage: expect.any(String),
            details: expect.objectContaining({ name: expect.any(String), path }),
          },
          successful: false,
          status: 'failed',
        });
      });
      expect(results[2]).toMatchObject({
        errors: {
          details: {
            otherErrors: [{ errorCode: expect.any(Number), errorMessage: expect.any(String), path: ['attributes', 'Place', '0'] }],
          },
        },
      });
      expect(await interactionCount(service, tenant)).toBe(2);
    });
  });

  describe('whole-request failures, in Reltio error shape', () => {
    it('refuses a request without a credential (401), writing nothing', async () => {
      const { tenant } = await reltioTenant();
      const answer = await curl('POST', interactionsPath(tenant), { file: BY_OBJECT_URI });
      expectReltioFailure(answer, 401, { code: 'UNAUTHENTICATED' });
      expect(header(answer, 'www-authenticate')).toMatch(/^Bearer /);
      expect(await interactionCount(service, tenant)).toBe(0);
    });

    it('refuses a reader posting (403), writing nothing', async () => {
      const { tenant } = await reltioTenant();
      const answer = await postInteractions(tenant, await credential(tenant, { roles: ['reader'] }), { file: BY_OBJECT_URI });
      expectReltioFailure(answer, 403, { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      expect(await interactionCount(service, tenant)).toBe(0);
    });

    it("takes the tenant from the path: another tenant's path is 403, a contradicting X-Tenant-Id 400", async () => {
      const { tenant } = await reltioTenant();
      const other = await demoTenant(service, 'reltio-other');
      const headers = await credential(tenant);
      expectReltioFailure(await postInteractions(other, headers, { file: BY_OBJECT_URI }), 403, { reason: 'TENANT_MISMATCH' });
      const contradicted = await postInteractions(tenant, headers, { file: BY_OBJECT_URI, headers: { 'X-Tenant-Id': other } });
      expectReltioFailure(contradicted, 400, { code: 'BAD_REQUEST' });
      expect(contradicted.body).toMatchObject({ errorMessage: expect.stringContaining('x-tenant-id') });
      expect(await interactionCount(service, tenant)).toBe(0);
      expect(await interactionCount(service, other)).toBe(0);
    });

    it('refuses a body over the size limit (413) and a batch over the item limit (400)', async () => {
      const { tenant } = await reltioTenant();
      const headers = await credential(tenant);
      const [good] = fixture(BY_OBJECT_URI);
      const tooLarge = JSON.stringify([{ ...good, attributes: { Notes: [{ value: 'x'.repeat(Number(LIMITS.MAX_BODY_BYTES)) }] } }]);
      const large = await postInteractions(tenant, headers, { body: tooLarge });
      expectReltioFailure(large, 413, { code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE' });

      const tooMany = JSON.stringify(Array.from({ length: Number(LIMITS.MAX_BATCH_SIZE) + 1 }, () => good));
      expectReltioFailure(await postInteractions(tenant, headers, { body: tooMany }), 400, {
        code: 'BAD_REQUEST',
        reason: 'BATCH_TOO_LARGE',
      });
      expect(await interactionCount(service, tenant)).toBe(0);
    });

    it('refuses a body that is not a JSON array of interactions (400)', async () => {
      const { tenant } = await reltioTenant();
      const headers = await credential(tenant);
      const [good] = fixture(BY_OBJECT_URI);
      const notAnArray = await postInteractions(tenant, headers, { body: JSON.stringify(good) });
      expectReltioFailure(notAnArray, 400, { code: 'BAD_REQUEST' });
      expect(notAnArray.body).toMatchObject({ errorMessage: 'the request body must be a JSON array of interactions' });
      expectReltioFailure(await postInteractions(tenant, headers, { body: '[{"type": ' }), 400, { code: 'BAD_REQUEST' });
      expect(await interactionCount(service, tenant)).toBe(0);
    });

    it('answers 405 with Allow for another method, and 404 for a path it does not serve', async () => {
      const { tenant } = await reltioTenant();
      const headers = await credential(tenant);
      const put = await curl('PUT', interactionsPath(tenant), { headers, file: BY_OBJECT_URI });
      expectReltioFailure(put, 405, { code: 'METHOD_NOT_ALLOWED' });
      expect(header(put, 'allow')).toBe('POST');
      const patch = await curl('PATCH', `${interactionsPath(tenant)}/0000000000ab`, { headers });
      expectReltioFailure(patch, 405, { code: 'METHOD_NOT_ALLOWED' });
      expect(header(patch, 'allow')).toBe('GET, DELETE');
      expectReltioFailure(await curl('GET', `/services/reltio/api/${tenant}/entities`, { headers }), 404, { code: 'NOT_FOUND' });
      expectReltioFailure(await curl('GET', `/services/reltio/api/${tenant}/interactions/0000000000ab`, { headers }), 404, {
        code: 'NOT_FOUND',
      });
    });

    it('refuses requests over the rate limit (429) with Retry-After', async () => {
      const { tenant } = await reltioTenant();
      const headers = await credential(tenant, { sub: `flood@${tenant}` });
      // Each one is counted before its body is read: malformed bodies spend the budget cheaply.
      for (let sent = 0; sent < Number(LIMITS.RATE_LIMIT_REQUESTS); sent++) {
        const answer = await fetch(`${service.url}${interactionsPath(tenant)}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: '[',
        });
        expect(answer.status).toBe(400);
      }
      const refused = await postInteractions(tenant, headers, { file: BY_OBJECT_URI });
      expectReltioFailure(refused, 429, { code: 'RATE_LIMITED' });
      expect(Number(header(refused, 'retry-after'))).toBeGreaterThan(0);
      expect(await interactionCount(service, tenant)).toBe(0);
    });
  });
});
