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
    [browser, readOnlyBrowser] = await Promise.all([openOfflineBrowser(service.url), openOfflineBrowser(readOnlyService.url)]);
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
    // machine comes after they show their text: clicked again until the request goes out.
    await page.locator('.graphiql-query-editor').getByText('InteractionTypeConfiguration').first().waitFor();
    const isExample = (response: { url(): string; request(): { postData(): string | null } }) =>
      response.url().endsWith('/graphql') && /InteractionTypeConfiguration/.test(response.request().postData() ?? '');
    let response = null;
    for (let attempt = 0; attempt < 6 && !response; attempt++) {
      const answer = page.waitForResponse(isExample, { timeout: 5_000 }).catch(() => null);
      await page.locator('.graphiql-execute-button').click();
      response = await answer;
    }
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
