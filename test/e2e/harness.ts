/**
 * Shared setup for the browser tests in this folder: the built bot + the Agents Playground on 127.0.0.1, headless
 * Debian Chromium through playwright-core, every non-loopback request aborted, named steps with timings, and on
 * failure the page and the last log lines saved/printed. Not a test file itself (jest only runs *.e2e.ts).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page, type Route } from 'playwright-core';
import { startBotAndPlayground, type PlaygroundSession } from '../../scripts/playground-lib.cjs';

export const ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Limit for each UI step. Loading the Playground's 9 MB script takes 5–10 s on 2 cores without a GPU. */
export const STEP_TIMEOUT_MS = 30000;

/** A free TCP port on loopback, chosen by the OS (so never the defaults 3978 / 56150 in use by a developer). */
export function freePort(): Promise<number> {
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

export function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || LOOPBACK_HOSTS.has(hostname);
  } catch {
    return false;
  }
}

export interface E2eHarness {
  readonly session: PlaygroundSession;
  readonly page: Page;
  /** Runs one UI step; a failure names the step, not only the selector. Durations are printed at the end. */
  step<T>(name: string, action: () => Promise<T>): Promise<T>;
}

/**
 * Registers beforeAll/afterAll for one describe block and returns a getter for the running harness.
 * `name` names the failure files in test-results/ (<name>.png, <name>.html). Call `markPassed()` at the end of
 * the test so afterAll knows not to dump the page and logs.
 */
export function useE2eHarness(name: string, opties: { botArgs?: readonly string[] } = {}): { harness: () => E2eHarness; markPassed: () => void } {
  const logLines: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  const timings: string[] = [];
  let session: PlaygroundSession | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let passed = false;

  async function step<T>(stepName: string, action: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      const result = await action();
      timings.push(`${stepName} ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Stap mislukt / step failed: ${stepName}\n${message}`);
    }
  }

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
        botArgs: opties.botArgs,
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
        fs.mkdirSync(RESULTS_DIR, { recursive: true });
        await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), timeout: 10000 }).catch(() => undefined);
        fs.writeFileSync(path.join(RESULTS_DIR, `${name}.html`), await page.content().catch(() => ''));
      }
    } finally {
      await browser?.close().catch(() => undefined);
      await session?.stop();
      process.stderr.write(`e2e steps (${name}): ${timings.join(', ')}\n`);
      if (!passed) {
        process.stderr.write(
          [
            `--- e2e failed; page saved in ${path.relative(ROOT, RESULTS_DIR)}/ ---`,
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

  return {
    harness: () => {
      if (!session || !page) throw new Error('setup did not complete');
      return { session, page, step };
    },
    markPassed: () => {
      passed = true;
    },
  };
}

/** The composer of the open conversation (in a channel: the "Start a new post" box, which comes first). */
export function messageBox(page: Page): Locator {
  return page.locator('[data-lexical-editor="true"]').first();
}

/**
 * Types `text` and sends it. Lexical owns the box: only send once it really holds the text (no keys lost while it
 * initialises). With `mention`, first types `@` + the start of the bot's name and picks it from the menu.
 */
export async function sendMessage(page: Page, text: string, options: { mention?: string; send?: () => Promise<void> } = {}): Promise<void> {
  const editor = messageBox(page);
  await editor.click();
  let expected = text;
  if (options.mention) {
    await editor.pressSequentially(`@${options.mention.slice(0, 3)}`);
    await page.getByRole('menuitem', { name: options.mention }).first().click();
    await editor.pressSequentially(` ${text}`);
    expected = `${options.mention} ${text}`;
  } else {
    await editor.pressSequentially(text);
  }
  await editor.filter({ hasText: new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();
  if (options.send) await options.send();
  else await editor.press('Enter');
}

/** Picks `person` in an Adaptive Card people picker (Playground: a Fluent UI combobox named "People Picker"). */
export async function pickPerson(page: Page, picker: Locator, person: string): Promise<void> {
  await picker.click();
  await picker.pressSequentially(person.split(' ')[0] ?? person);
  await page.getByRole('option', { name: person }).first().click();
}

/** A screenshot into test-results/ (git-ignored), so a person can check what the test asserted. */
export async function screenshot(page: Page, file: string, target?: Locator): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const full = path.join(RESULTS_DIR, file);
  if (target) await target.scrollIntoViewIfNeeded();
  await page.screenshot({ path: full });
  return full;
}
