import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, RESULTS_DIR } from './harness';

export interface Kaartpagina {
  readonly browser: Browser;
  readonly page: Page;
  /** Script errors on the page: a test expects none. */
  readonly fouten: string[];
}

/**
 * A page in headless Chromium with the Adaptive Cards renderer (the UMD build) and `body` as its content; nothing
 * is fetched from outside. The browser tests of the cards draw them here.
 */
export async function openKaartpagina(breedte: number, hoogte: number, body: string): Promise<Kaartpagina> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 15000 });
  const page = await browser.newPage({ viewport: { width: breedte, height: hoogte }, locale: 'nl-NL' });
  const fouten: string[] = [];
  page.on('pageerror', (fout) => fouten.push(fout.message));
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.setContent(`<!doctype html><html lang="nl"><body style="margin:0;background:#f5f5f5;font-family:'Segoe UI',sans-serif">${body}</body></html>`);
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return { browser, page, fouten };
}
