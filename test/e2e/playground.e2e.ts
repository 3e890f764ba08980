/**
 * End to end in a real browser: the built bot (dist/src/index.js) and the Microsoft 365 Agents Playground, both on
 * 127.0.0.1, driven by headless Debian Chromium through playwright-core. Types `help` in the personal chat, waits
 * for the help card, presses its Action.Execute button and checks that the card is replaced in place.
 *
 * Run: npm run build && npm run test:e2e      (E2E_SCREENSHOT=1 also writes docs/playground.png)
 * Needs /usr/bin/chromium (Debian package "chromium"; scripts/ci-e2e.sh installs it). Never downloads a browser.
 * Every request that is not for loopback is aborted, so the test works on a machine without internet.
 * On failure the page is saved to test-results/ and the last lines of the bot and Playground logs are printed.
 * The shared setup is in harness.ts.
 */
import path from 'node:path';
import { ROOT, sendMessage, useE2eHarness } from './harness';

const SCREENSHOT = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs', 'playground.png') : undefined;

// What this test relies on: only the help command and its privacy button (other cards change independently).
const HELP_TITLE = 'Schoolondersteuning in Teams';
const PRIVACY_BUTTON = 'Hoe gaat de bot om met privacy?';
const PRIVACY_TEXT = 'verwerkingsverantwoordelijke';

describe('Agents Playground in headless Chromium', () => {
  const { harness, markPassed } = useE2eHarness('playground-e2e');

  test('help → card → privacy button updates the card in place', async () => {
    const { session, page: p, step } = harness();

    await step('open the Playground', () => p.goto(session.playgroundUrl, { waitUntil: 'domcontentloaded' }));
    await step('open the personal chat', () => p.getByRole('treeitem', { name: 'Personal Chat' }).first().click());
    await step('type help in the message box', () => sendMessage(p, 'help'));

    const helpCard = p.locator('.ac-adaptiveCard', { hasText: HELP_TITLE });
    const button = helpCard.getByRole('button', { name: PRIVACY_BUTTON });
    await step('see the help card with its privacy button', () => button.waitFor({ state: 'visible' }));
    expect(await helpCard.count()).toBe(1);
    expect(await helpCard.getByText(PRIVACY_TEXT).count()).toBe(0);

    if (SCREENSHOT) {
      await p.locator('[data-lexical-editor="true"]').first().blur();
      await step('screenshot for the README', () => p.screenshot({ path: SCREENSHOT }));
    }

    await step('press the privacy button', () => button.click());
    await step('see the privacy note appear in the card', () => helpCard.getByText(PRIVACY_TEXT).waitFor({ state: 'visible' }));
    await step('see the button disappear', () => button.waitFor({ state: 'detached' }));
    // Updated in place: still one help card, not a second message.
    expect(await helpCard.count()).toBe(1);

    markPassed();
  }, 75000);
});
