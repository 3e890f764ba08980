/**
 * README "Demo mode" in a real browser: `npm run playground -- --demo` (here: the same launcher with --demo). Ingrid
 * types "mijn casussen" in Personal Chat and sees the fictional cases the demo made, over the whole route; "Open" on
 * one shows its case card in place.
 *
 * Run: npm run build && npm run test:e2e. E2E_SCREENSHOT=1 also refreshes docs/playground-demo.png.
 */
import path from 'node:path';
import { ROOT, sendMessage, useE2eHarness } from './harness';

const SCREENSHOT = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs', 'playground-demo.png') : undefined;

describe('demo-modus in de Agents Playground', () => {
  const { harness, markPassed } = useE2eHarness('demo-e2e', { botArgs: ['--demo'] });

  test('mijn casussen toont de fictieve hulpvragen; Open toont er één', async () => {
    const { session, page: p, step } = harness();
    await step('open the Playground', () => p.goto(session.playgroundUrl, { waitUntil: 'domcontentloaded' }));
    await step('open the personal chat', () => p.getByRole('treeitem', { name: 'Personal Chat' }).first().click());
    await step('type "mijn casussen"', () => sendMessage(p, 'mijn casussen'));
    const lijst = p.locator('.ac-adaptiveCard', { hasText: 'Mijn casussen (13)' });
    await step('see the list of 13 demo cases', () => lijst.waitFor({ state: 'visible' }));
    expect(await lijst.getByText('Stagnatie: bij Team NO').count()).toBeGreaterThan(0);
    expect(await lijst.getByText('OBS De Regenboog (demo)').count()).toBeGreaterThan(0);
    if (SCREENSHOT) {
      await p.locator('[data-lexical-editor="true"]').first().blur();
      await step('screenshot for the README', () => lijst.screenshot({ path: SCREENSHOT }));
    }
    await step('press Open on the first case', () => lijst.getByRole('button', { name: 'Open' }).first().click());
    // The case card is a glance long: the demo school and whose turn it is (the [DEMO] texts are in its details).
    const casus = p.locator('.ac-adaptiveCard', { hasText: 'Aan zet:' }).first();
    await step('see a case card of the demo school', () => casus.waitFor({ state: 'visible' }));
    expect(await casus.innerText()).toContain('OBS De Regenboog (demo)');
    markPassed();
  }, 90000);
});
