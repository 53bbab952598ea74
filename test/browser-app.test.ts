// The example app in headless Chromium with every outside request refused: served by the
// service at /app, it walks an entity's timeline both ways, creates interactions through the
// form generated from the type's configuration (one item of the batch failing alone, with its
// error shown) and sees the new one on the timeline; served from another origin, it works
// through CORS. Screenshots go to test-artifacts/screenshots.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { appPublicDir } from '../src/http/example-app.ts';
import { buildApp } from '../src/tools/app-bundle.ts';
import { openOfflineBrowser, SCREENSHOT_DIR, skipBrowserTests, type OfflineBrowser } from './helpers/browser.ts';
import { signToken } from './helpers/credentials.ts';
import { CREATE_ENTITIES, demoTenant, individual } from './helpers/demo.ts';
import { graphql } from './generated/operations/index.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import type { Page } from 'playwright-core';

const SEED_LUNCHES = 6;

const CREATE_LUNCHES = graphql(`
  mutation BrowserAppSeedLunches($interactions: [InteractionInput!]!) {
    createInteractions(interactions: $interactions) {
      uri
      status
    }
  }
`);

// One browser, and the second test finds what the first created: in order.
describe.skipIf(skipBrowserTests())('example app in a real browser', { sequential: true }, () => {
  let service: TestService;
  let browser: OfflineBrowser;
  let tenant: string;
  let token: string;
  // The app's files from another origin: another port of this machine, as a dev server would
  // serve them (a public origin would meet Chromium's private network rules, not CORS).
  let appServer: Server;
  let appOrigin: string;

  beforeAll(async () => {
    // The install builds it; this only catches a build older than its sources.
    await buildApp({ ifStale: true });
    appServer = createServer(express().use('/app', express.static(appPublicDir())));
    await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve));
    appOrigin = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`;
    service = await startTestService('sqlite', { CORS_ORIGINS: appOrigin });
    tenant = await demoTenant(service, 'app');
    const person = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Frodo Baggins')] });
    const uri = person.data!.createEntities[0]!.uri!;
    const lunches = Array.from({ length: SEED_LUNCHES }, (_, index) => ({
      type: 'Lunch',
      timestamp: Date.UTC(2020, 0, index + 1),
      attributes: [{ name: 'Place', values: [`Seeded ${index + 1}`] }],
      members: [{ participant: 'Organizers', members: [{ objectURI: uri }] }],
    }));
    // Another entity whose lunches are all newer than Frodo's: a cursor of Frodo's carried over
    // to Sam's timeline would find none of them.
    const sam = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Samwise Gamgee')] });
    const samUri = sam.data!.createEntities[0]!.uri!;
    const samLunches = [1, 2].map((index) => ({
      type: 'Lunch',
      timestamp: Date.UTC(2021, 0, index),
      attributes: [{ name: 'Place', values: [`Sam ${index}`] }],
      members: [{ participant: 'Organizers', members: [{ objectURI: samUri }] }],
    }));
    const seeded = await service.graphql(tenant, CREATE_LUNCHES, { interactions: [...lunches, ...samLunches] });
    expect(seeded.data?.createInteractions.every((result) => result.status === 'OK')).toBe(true);
    token = await signToken({ sub: 'app-tester', tenant, roles: ['writer'] });
    browser = await openOfflineBrowser(service.url);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    appServer?.close();
  });

  /** Connects the app (at its page's origin) to `endpoint` with the test's token, and chooses Frodo. */
  async function connectAndChoose(page: Page, endpoint: string) {
    await page.getByLabel('Endpoint').fill(endpoint);
    await page.getByLabel('Bearer token').fill(token);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByLabel('Interaction type').selectOption('configuration/interactionTypes/Lunch');
    const picker = page.getByRole('group', { name: 'Choose an entity' });
    await picker.getByLabel('Entity type').selectOption('configuration/entityTypes/Individual');
    await picker.getByRole('listitem').filter({ hasText: 'Frodo Baggins' }).getByRole('button', { name: 'Choose' }).click();
    await expect.poll(() => page.getByTestId('chosen-entity').textContent()).toBe('Frodo Baggins');
  }

  // Before the token is entered the app asks as nobody, and the browser logs the 401.
  const unexpectedErrors = () => browser.errors.filter((error) => !/status of 401/.test(error));

  const places = (page: Page) => page.getByTestId('timeline-item').locator('li', { hasText: 'Place:' }).allTextContents();

  it('walks the timeline both ways, and creates through the form what it then shows', async () => {
    const { page } = browser;
    onTestFailed(() => browser.screenshot('example-app-failed').then(() => undefined));
    await page.goto(`${service.url}/app/`);
    await connectAndChoose(page, '/graphql');

    // Newest first, five a page: Older walks on (first/after), Newer walks back (last/before).
    await expect
      .poll(() => places(page))
      .toEqual(['Place: Seeded 6', 'Place: Seeded 5', 'Place: Seeded 4', 'Place: Seeded 3', 'Place: Seeded 2']);
    await page.getByRole('button', { name: 'Older' }).click();
    await expect.poll(() => places(page)).toEqual(['Place: Seeded 1']);
    await page.getByRole('button', { name: 'Newer' }).click();
    await expect
      .poll(() => places(page))
      .toEqual(['Place: Seeded 6', 'Place: Seeded 5', 'Place: Seeded 4', 'Place: Seeded 3', 'Place: Seeded 2']);

    // A batch of two, both added to the batch: the first has no organizer (Lunch needs one) and
    // fails alone; the form left untouched after them is not sent as a third item.
    const form = page.getByRole('form', { name: 'New Lunch' });
    await form.getByLabel(/^Place/).fill('Nowhere');
    await form.getByRole('button', { name: 'Add to batch' }).click();
    await form.getByLabel(/^Place/).fill('Bag End');
    await form.getByLabel(/^Cost/).fill('12.5');
    await form.getByLabel(/^Notes/).fill('second breakfast\nelevenses');
    await form.getByRole('button', { name: 'Add Frodo Baggins as Organizers' }).click();
    await form.getByRole('button', { name: 'Add to batch' }).click();
    await form.getByRole('button', { name: 'Create (2 items)' }).click();

    const results = page.getByTestId('batch-result');
    await expect.poll(() => results.count()).toBe(2);
    expect(await results.nth(0).textContent()).toMatch(/Item 0: failed.*Organizers/);
    expect(await results.nth(1).textContent()).toMatch(/Item 1: created interactions\//);
    await expect.poll(() => page.getByText('1 of 2 created').count()).toBe(1);

    // The kit's cache fetched the timeline again: one more, and the new lunch is the newest.
    await expect.poll(() => page.getByTestId('timeline-count').textContent()).toBe(`${SEED_LUNCHES + 1} interactions`);
    await page.getByRole('button', { name: 'Newest' }).click();
    await expect.poll(() => places(page).then((shown) => shown[0])).toBe('Place: Bag End');
    const newest = page.getByTestId('timeline-item').first();
    expect(await newest.textContent()).toContain('Place: Bag End');
    expect(await newest.textContent()).toContain('Notes: second breakfast, elevenses');
    // Cost is a hidden attribute: written, and left out of the timeline's reads.
    expect(await newest.textContent()).not.toContain('Cost');
    expect(await newest.textContent()).toContain('Organizers: Frodo Baggins');
    await browser.screenshot('example-app-created');

    // Paged on in Frodo's timeline, then another entity: its own first page, not Frodo's cursor.
    await page.getByRole('button', { name: 'Older' }).click();
    await expect.poll(() => places(page)).toEqual(['Place: Seeded 2', 'Place: Seeded 1']);
    const picker = page.getByRole('group', { name: 'Choose an entity' });
    await picker.getByRole('listitem').filter({ hasText: 'Samwise Gamgee' }).getByRole('button', { name: 'Choose' }).click();
    await expect.poll(() => page.getByTestId('chosen-entity').textContent()).toBe('Samwise Gamgee');
    await expect.poll(() => places(page)).toEqual(['Place: Sam 2', 'Place: Sam 1']);

    // The bearer token was never written to the page's storage; the endpoint was.
    // Given as text: it runs in the page, and tests type-check without the DOM's globals.
    const storage = await page.evaluate<string>('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })');
    expect(storage).not.toContain(token);
    expect(storage).toContain('/graphql');

    expect(browser.blocked).toEqual([]);
    expect(unexpectedErrors()).toEqual([]);
  });

  it('works from another origin through CORS', async () => {
    const page = await browser.context.newPage();
    onTestFailed(() => page.screenshot({ path: join(SCREENSHOT_DIR, 'example-app-cross-origin-failed.png') }).then(() => undefined));
    // Let the app's origin through the wall that keeps out every origin but the service's.
    await page.route(`${appOrigin}/**`, (route) => route.continue());
    const crossOrigin: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(service.url)) crossOrigin.push(`${request.method()} ${request.headers().origin ?? ''}`);
    });
    await page.goto(`${appOrigin}/app/`);
    await connectAndChoose(page, `${service.url}/graphql`);
    await expect.poll(() => page.getByTestId('timeline-count').textContent()).toBe(`${SEED_LUNCHES + 1} interactions`);
    expect(crossOrigin.length).toBeGreaterThan(0);
    expect(crossOrigin.every((request) => request === `POST ${appOrigin}`)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'example-app-cross-origin.png') });
    await page.close();
    expect(browser.blocked).toEqual([]);
    expect(unexpectedErrors()).toEqual([]);
  });
});
