// Headless Chromium for the real-browser tests: the distribution's browser (apt-get install
// chromium; .ci/run installs it), driven by playwright-core, which downloads none of its own.
// Every request for another host than the service is refused before it leaves the browser and
// recorded, so that a test can show that a page works offline and tries no outside host.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where screenshots go: CI keeps this folder (git-ignored). */
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');

/**
 * Browser tests skip only off CI when the browser is missing (with a warning); in CI they run,
 * and fail on the missing browser, so that a broken install can never pass as a skip.
 */
export function skipBrowserTests(): boolean {
  if (existsSync(CHROMIUM_PATH)) return false;
  const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
  if (!inCi) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return !inCi;
}

export interface OfflineBrowser {
  page: Page;
  context: BrowserContext;
  /** Every request the pages made, or tried, for another host than the service (refused). */
  blocked: string[];
  /** Errors the pages logged or threw (Content-Security-Policy violations included). */
  errors: string[];
  /** Writes a PNG of the page to SCREENSHOT_DIR and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Opens a page in headless Chromium that may reach `serviceUrl`'s origin and nothing else. */
export async function openOfflineBrowser(serviceUrl: string): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const origin = new URL(serviceUrl).origin;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // A second wall behind the interception below: names do not resolve, so nothing the
    // browser itself might ask (updates, safe browsing) can leave the machine either.
    args: [`--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(serviceUrl).hostname}`],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (socket) => {
    blocked.push(socket.url());
    return socket.close();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    page,
    context,
    blocked,
    errors,
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: () => browser.close(),
  };
}
