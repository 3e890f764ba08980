import { Hulpvraag } from '../../src/domain/hulpvraag';
import { Persoon } from '../../src/domain/personen';
import { BeurtContext } from '../../src/teams/context';
import { stilleLogger } from '../../src/log';

/**
 * The little of a turn that opening a dialog form reads (who, the case, today, how forms open), for tests that render
 * the forms without a running bot. The HTTP tests (test/e2e-route/dialogen.test.ts) drive the real thing.
 */
export function dialoogContext(h: Hulpvraag, persoon: Persoon, nu = new Date('2026-04-22T09:00:00Z')): BeurtContext {
  const schakelteam = { id: h.schakelteamId, tenantId: h.tenantId, naam: 'Schakelteam Noord', scholen: [h.school], onderwijs: h.onderwijs, leden: [] };
  const diensten = { bekijk: async () => ({ hulpvraag: h, magLezen: true }), mijnSchakelteams: async () => [schakelteam], nu: () => nu, dialogen: true };
  return { persoon, gesprek: { soort: 'persoonlijk' }, diensten, log: stilleLogger, kiesPersonen: async () => [] } as unknown as BeurtContext;
}
