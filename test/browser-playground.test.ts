// The playground in headless Chromium with every request to another host refused: it renders,
// its docs explorer lists createInteractions, an example tab runs and answers data, and no
// request for an outside host was even attempted; read-only, it sends no mutation. Screenshots
// go to test-artifacts/screenshots.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { buildPlayground } from '../src/tools/playground-bundle.ts';
import { openOfflineBrowser, skipBrowserTests, type OfflineBrowser } from './helpers/browser.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

// One test after the other: two Chromiums at once on two cores cost more than they save.
describe('playground in a real browser, offline', { skip: skipBrowserTests(), sequential: true }, () => {
  let service: TestService;
  let browser: OfflineBrowser;
  let readOnlyService: TestService;
  let readOnlyBrowser: OfflineBrowser;

  beforeAll(async () => {
    // The install builds it; this only catches a bundle older than its sources.
    await buildPlayground({ ifStale: true });
    // Development mode, as the quick start: the demo tenant with its configuration, no credential.
    [service, readOnlyService] = await Promise.all([
      startTestService('sqlite', { DEV_MODE: 'true' }),
      startTestService('sqlite', { DEV_MODE: 'true', PLAYGROUND: 'readonly' }),
    ]);
    // One Chromium after the other, for the same reason as the tests.
    browser = await openOfflineBrowser(service.url);
    readOnlyBrowser = await openOfflineBrowser(readOnlyService.url);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), readOnlyBrowser?.close()]);
    await Promise.all([service?.stop(), readOnlyService?.stop()]);
  });

  it('renders, documents createInteractions and runs an example, asking no other host', async () => {
    const { page } = browser;
    onTestFailed(() => browser.screenshot('playground-offline-failed').then(() => undefined));
    await page.goto(`${service.url}/graphql`);

    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Mutation', { exact: true }).click();
    await docs.getByText('createInteractions', { exact: true }).first().waitFor();

    // The first tab is the configuration of the Lunch interaction type, sent with the prefilled headers.
    // GraphiQL ignores the run button until its editors have their models, which on a loaded
    // machine comes after they show their text: clicked again until the request goes out, but
    // never while one is in flight (the button then says "Stop", and a click would cancel it).
    await page.locator('.graphiql-query-editor').getByText('InteractionTypeConfiguration').first().waitFor();
    const isExample = (response: { url(): string; request(): { postData(): string | null } }) =>
      response.url().endsWith('/graphql') && /InteractionTypeConfiguration/.test(response.request().postData() ?? '');
    const answer = page.waitForResponse(isExample, { timeout: 30_000 }).catch(() => null);
    let answered = false;
    void answer.then(() => (answered = true));
    const run = page.locator('.graphiql-execute-button');
    for (let attempt = 0; attempt < 6 && !answered; attempt++) {
      if ((await run.getAttribute('aria-label'))?.startsWith('Execute')) await run.click();
      await Promise.race([answer, page.waitForTimeout(5_000)]);
    }
    const response = await answer;
    if (!response) throw new Error('the example was never sent');
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { data?: { interactionType?: { uri: string; participants: { name: string }[] } } };
    expect(body.data?.interactionType?.uri).toBe('configuration/interactionTypes/Lunch');
    expect(body.data?.interactionType?.participants.map((participant) => participant.name)).toEqual([
      'Organizers',
      'Chefs',
      'Participants',
    ]);
    await page.locator('.graphiql-response').getByText('"Organizers"').first().waitFor();
    await browser.screenshot('playground-offline');

    expect(browser.blocked).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('comes back, reloaded, with its prefilled headers, and a read-only page after it offers only its own tabs', async () => {
    const { page } = browser;
    onTestFailed(() => browser.screenshot('playground-reload-failed').then(() => undefined));
    // The previous test left its tabs in the page's storage (GraphiQL saves them after a short delay).
    // (Given as text: the tests' project has no DOM types.)
    await page.waitForFunction("Object.keys(localStorage).some((key) => key.endsWith('graphiql:tabState'))");
    await page.reload();
    // Headers are never stored: the tabs come back from storage without them, and get the page's.
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines');
    // In every tab, the one shown first and the others.
    for (const tab of ['InteractionTypeConfiguration', 'EntityTimeline']) {
      await page.locator('.graphiql-tab', { hasText: tab }).click();
      await page.locator('.graphiql-query-editor').getByText(tab).first().waitFor();
      await headers.getByText('X-Tenant-Id').first().waitFor({ timeout: 5_000 });
      await headers.getByText('Development mode').first().waitFor({ timeout: 5_000 });
    }
    await browser.screenshot('playground-reloaded');

    // The same origin (and so the same storage), now answered by the read-only service.
    const origin = new URL(service.url).origin;
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.fallback();
      // A request still on its way when the route is dropped fails quietly: the page is done with it.
      return route
        .fetch({ url: `${readOnlyService.url}${url.pathname}${url.search}` })
        .then((response) => route.fulfill({ response }))
        .catch(() => route.abort().catch(() => undefined));
    });
    try {
      await page.goto(`${service.url}/playground`);
      await page.locator('.graphiql-doc-explorer').getByText('Mutation', { exact: true }).waitFor();
      expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual(['InteractionTypeConfiguration', 'EntityTimeline']);
    } finally {
      // Requests still on their way when the test is done are dropped, not answered twice.
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    }
    expect(browser.blocked).toEqual([]);
  });

  it('read-only, offers no example that writes and sends no mutation typed in', async () => {
    const { page } = readOnlyBrowser;
    onTestFailed(() => readOnlyBrowser.screenshot('playground-read-only-failed').then(() => undefined));
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') sent.push(request.postData() ?? '');
    });
    await page.goto(`${readOnlyService.url}/playground`);
    await page.locator('.graphiql-doc-explorer').getByText('Mutation', { exact: true }).waitFor();
    expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual(['InteractionTypeConfiguration', 'EntityTimeline']);

    // Typed into a new tab's editor once it has the focus; its title shows that it holds the text.
    await page.locator('.graphiql-tab-add').click();
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.locator('.graphiql-query-editor .monaco-editor.focused').waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('mutation Forbidden { deleteInteractions(uris: ["interactions/x"]) { index } }');
    await page.locator('.graphiql-tab', { hasText: 'Forbidden' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('read-only').first().waitFor();
    await readOnlyBrowser.screenshot('playground-read-only');
    expect(sent.filter((body) => body.includes('Forbidden'))).toEqual([]);
    expect(readOnlyBrowser.blocked).toEqual([]);
  });
});
