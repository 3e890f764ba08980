/**
 * End to end in a real browser: the built bot (dist/src/index.js) and the Microsoft 365 Agents Playground, both on
 * 127.0.0.1, driven by headless Debian Chromium through playwright-core. Types `help` in the personal chat, waits
 * for the help card, presses its Action.Execute button and checks that the card is replaced in place.
 *
 * Run: npm run build && npm run test:e2e      (E2E_SCREENSHOT=1 also writes docs/playground.png)
 * Needs /usr/bin/chromium (Debian package "chromium"; scripts/ci-e2e.sh installs it). Never downloads a browser.
 * Every request that is not for loopback is aborted, so the test works on a machine without internet.
 * On failure the page is saved to test-results/ and the last lines of the bot and Playground logs are printed.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { startBotAndPlayground, type PlaygroundSession } from '../../scripts/playground-lib.cjs';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs', 'playground.png') : undefined;
const FAILURE_DIR = path.join(ROOT, 'test-results');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// What this test relies on: only the help command and its privacy button (other cards change independently).
const HELP_TITLE = 'Schoolondersteuning in Teams';
const PRIVACY_BUTTON = 'Hoe gaat de bot om met privacy?';
const PRIVACY_TEXT = 'Geen namen van leerlingen';

/** Limit for each UI step. Loading the Playground's 9 MB script takes 5–10 s on 2 cores without a GPU. */
const STEP_TIMEOUT_MS = 30000;

/** A free TCP port on loopback, chosen by the OS (so never the defaults 3978 / 56150 in use by a developer). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || LOOPBACK_HOSTS.has(hostname);
  } catch {
    return false;
  }
}

const timings: string[] = [];

/** Runs one UI step; a failure names the step, not only the selector. Durations are printed at the end. */
async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const result = await action();
    timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Stap mislukt / step failed: ${name}\n${message}`);
  }
}

describe('Agents Playground in headless Chromium', () => {
  const logLines: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  let session: PlaygroundSession | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let passed = false;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} ontbreekt / is missing: apt-get install -y chromium (or run scripts/ci-e2e.sh)`);
    }
    const [botPort, playgroundPort] = [await freePort(), await freePort()];
    // Each wait is bounded so that everything started is known (and stopped in afterAll) before beforeAll times out.
    session = await step('start bot and Playground', () =>
      startBotAndPlayground({
        botPort,
        playgroundPort,
        botEnv: { LOCAL_DATA_DIR: ':memory:', LOG_LEVEL: 'info' },
        log: (line) => logLines.push(line),
        timeoutMs: 20000,
        graceMs: 3000,
      }),
    );
    browser = await step('launch Chromium', () =>
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 15000 }),
    );
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route('**/*', (route: Route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
  }, 60000);

  afterAll(async () => {
    try {
      if (!passed && page && !page.isClosed()) {
        fs.mkdirSync(FAILURE_DIR, { recursive: true });
        await page.screenshot({ path: path.join(FAILURE_DIR, 'playground-e2e.png'), timeout: 10000 }).catch(() => undefined);
        fs.writeFileSync(path.join(FAILURE_DIR, 'playground-e2e.html'), await page.content().catch(() => ''));
      }
    } finally {
      await browser?.close().catch(() => undefined);
      await session?.stop();
      process.stderr.write(`e2e steps: ${timings.join(', ')}\n`);
      if (!passed) {
        process.stderr.write(
          [
            `--- e2e failed; page saved in ${path.relative(ROOT, FAILURE_DIR)}/ ---`,
            `blocked non-loopback requests: ${blocked.length ? blocked.join(', ') : 'none'}`,
            `page errors: ${pageErrors.length ? pageErrors.join(' | ') : 'none'}`,
            '--- last lines of bot and Playground output ---',
            ...logLines.slice(-80),
            '',
          ].join('\n'),
        );
      }
    }
  }, 30000);

  test('help → card → privacy button updates the card in place', async () => {
    if (!session || !page) throw new Error('setup did not complete');
    const { playgroundUrl } = session;
    const p = page;

    await step('open the Playground', () => p.goto(playgroundUrl, { waitUntil: 'domcontentloaded' }));
    await step('open the personal chat', () => p.getByRole('treeitem', { name: 'Personal Chat' }).first().click());

    const editor = p.locator('[data-lexical-editor="true"]');
    await step('type help in the message box', async () => {
      await editor.click();
      await editor.pressSequentially('help');
      // Lexical owns the box: only send once it really holds the text (no keys lost while it initialises).
      await editor.filter({ hasText: /^help$/ }).waitFor();
      await editor.press('Enter');
    });

    const helpCard = p.locator('.ac-adaptiveCard', { hasText: HELP_TITLE });
    const button = helpCard.getByRole('button', { name: PRIVACY_BUTTON });
    await step('see the help card with its privacy button', () => button.waitFor({ state: 'visible' }));
    expect(await helpCard.count()).toBe(1);
    expect(await helpCard.getByText(PRIVACY_TEXT).count()).toBe(0);

    if (SCREENSHOT) {
      await editor.blur();
      await step('screenshot for the README', () => p.screenshot({ path: SCREENSHOT }));
    }

    await step('press the privacy button', () => button.click());
    await step('see the privacy note appear in the card', () => helpCard.getByText(PRIVACY_TEXT).waitFor({ state: 'visible' }));
    await step('see the button disappear', () => button.waitFor({ state: 'detached' }));
    // Updated in place: still one help card, not a second message.
    expect(await helpCard.count()).toBe(1);

    passed = true;
  }, 75000);
});
