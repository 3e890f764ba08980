/**
 * README "Demo mode" in a real browser: `npm run playground -- --demo` (here: the same launcher with --demo). Ingrid
 * types "mijn casussen" in Personal Chat and sees the fictional cases the demo made, over the whole route; "Open" on
 * one shows its case card in place. Then the meeting cycle: the demo schakelteam's rhythm in General, the agreements
 * about HV-2026-0006 recorded in place, and the plan van aanpak that now holds them as goals.
 *
 * Run: npm run build && npm run test:e2e. E2E_SCREENSHOT=1 also refreshes docs/playground-demo.png.
 */
import path from 'node:path';
import { ROOT, sendMessage, useE2eHarness } from './harness';

const SCREENSHOT = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs', 'playground-demo.png') : undefined;

describe('demo-modus in de Agents Playground', () => {
  const { harness, markPassed } = useE2eHarness('demo-e2e', { botArgs: ['--demo'] });

  test('mijn casussen toont de fictieve hulpvragen; Open toont er één; een overlegcyclus: ritme, afspraken in place, het plan', async () => {
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

    // The meeting cycle. In General, the schakelteam's channel, the demo's rhythm is in the form; saving it
    // confirms the next meeting and the day its agenda comes.
    await step('open channel General', async () => {
      await p.getByRole('treeitem', { name: /General/ }).first().click();
      await p.getByRole('button', { name: 'Post', exact: true }).waitFor({ state: 'visible' });
    });
    await step('post "@Schoolondersteuning vergaderritme"', () =>
      sendMessage(p, 'vergaderritme', { mention: 'Schoolondersteuning', send: () => p.getByRole('button', { name: 'Post', exact: true }).click() }),
    );
    const ritme = p.locator('.ac-adaptiveCard', { hasText: 'Vergaderritme van het schakelteam' }).last();
    await step('press Vastleggen on the rhythm form', () => ritme.getByRole('button', { name: 'Vastleggen' }).click());
    const vastgelegd = p.locator('.ac-adaptiveCard', { hasText: 'Vergaderritme vastgelegd' }).last();
    await step('see the rhythm and the next meeting', () => vastgelegd.getByText(/om de week op [a-z]+ om 14:00/).waitFor());
    expect(await vastgelegd.innerText()).toContain('Agenda in dit kanaal');

    // After the meeting: the agreements about HV-2026-0006, in place (the Playground has no Teams dialogs); the form
    // starts from the last agreements, and saving makes them goals of the plan van aanpak.
    await step('open the personal chat again', () => p.getByRole('treeitem', { name: 'Personal Chat' }).first().click());
    await step('type "casus HV-2026-0006"', () => sendMessage(p, 'casus HV-2026-0006'));
    const zes = p.locator('.ac-adaptiveCard').filter({ hasText: 'HV-2026-0006' }).filter({ hasNotText: 'Mijn casussen' }).last();
    await step('open "Meer" → "Afspraken vastleggen": the form opens in place', async () => {
      await zes.getByRole('button', { name: 'Meer' }).click();
      await zes.getByRole('button', { name: 'Afspraken vastleggen' }).click();
      await zes.getByText('Afspraken vastleggen · HV-2026-0006').waitFor();
    });
    await step('save the agreements', () => zes.getByRole('button', { name: 'Afspraken vastleggen', exact: true }).click());
    await step('see "De afspraken zijn vastgelegd."', () => zes.getByText(/De afspraken zijn vastgelegd\./).waitFor());
    await step('open "Meer" → "Plan van aanpak bekijken"', async () => {
      await zes.getByRole('button', { name: 'Meer' }).click();
      await zes.getByRole('button', { name: 'Plan van aanpak bekijken' }).click();
      await zes.getByText('Plan van aanpak · HV-2026-0006').waitFor();
    });
    const plan = await zes.innerText();
    expect(plan).toContain('[DEMO] gesprek met ouders over de schoolgang');
    expect(plan).toMatch(/Afgesproken in het schakelteamoverleg van \d{1,2}\u00a0[a-z]+\u00a0\d{4}/);
    markPassed();
  }, 150000);
});
