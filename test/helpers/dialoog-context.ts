import { Stapopening } from '../../src/app/overzicht';
import { eis, koppelrollenOp, mag } from '../../src/domain/beleid';
import { DomainError } from '../../src/domain/errors';
import { Gebeurtenis, pasToeMetGevolgen } from '../../src/domain/gebeurtenissen';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { Persoon, Rol } from '../../src/domain/personen';
import { GebeurtenisSoort, isToegestaan } from '../../src/domain/route';
import { BeurtContext } from '../../src/teams/context';
import { stilleLogger } from '../../src/log';
import { STANDAARD_HERINNERINGSINSTELLINGEN, STANDAARD_TERMIJNEN } from './instellingen';

/** The use case's decision on the one case these tests have (app/overzicht.openStap), with the binding roles given. */
function openStap(h: Hulpvraag, persoon: Persoon, stap: (h: Hulpvraag) => GebeurtenisSoort, koppelrollen: readonly Rol[]): Stapopening {
  const actie = stap(h);
  try {
    eis(h, persoon, actie, koppelrollen);
  } catch (fout) {
    if (fout instanceof DomainError) return { soort: 'geweigerd', fout };
    throw fout;
  }
  return isToegestaan(h.status, actie) ? { soort: 'open', hulpvraag: h, koppelrollen } : { soort: 'niet_aan_de_orde', hulpvraag: h };
}

/**
 * The little of a turn that opening a dialog form reads (who, the case, today, how forms open), for tests that render
 * the forms without a running bot. The HTTP tests (test/e2e-route/dialogen.test.ts) drive the real thing.
 */
export function dialoogContext(h: Hulpvraag, persoon: Persoon, nu = new Date('2026-04-22T09:00:00Z'), bindingrollen: readonly Rol[] = []): BeurtContext {
  // What app/koppelrollen.ts would find: the binding roles that count on this case now.
  const koppelrollen = persoon.tenantId === h.tenantId ? koppelrollenOp(h, bindingrollen) : [];
  const schakelteam = { id: h.schakelteamId, tenantId: h.tenantId, naam: 'Schakelteam Noord', scholen: [h.school], onderwijs: h.onderwijs, leden: [] };
  const diensten = {
    bekijk: async () => ({ hulpvraag: h, magLezen: mag(h, persoon, 'lezen', koppelrollen), koppelrollen }),
    openStap: async (_wie: unknown, _sleutel: unknown, stap: (h: Hulpvraag) => GebeurtenisSoort) => openStap(h, persoon, stap, koppelrollen),
    // Saving applies the step with the domain's rules only (no store): what the clicker would see afterwards.
    voerActieUit: async (_wie: unknown, _sleutel: unknown, _versie: number, gebeurtenis: Gebeurtenis) => ({
      soort: 'toegepast',
      hulpvraag: pasToeMetGevolgen(h, gebeurtenis, persoon, { moment: nu, termijnen: STANDAARD_TERMIJNEN }).hulpvraag,
    }),
    // No case here waits on a binding's rhythm: the cards of a new case then name no meeting date.
    overlegstand: async () => undefined,
    wanneerBijTeamNo: async () => 'Gemeld. Team NO krijgt de hulpvraag binnen enkele minuten in hun kanaal.',
    mijnSchakelteams: async () => [schakelteam],
    nu: () => nu,
    dialogen: true,
    beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN,
  };
  return { persoon, gesprek: { soort: 'persoonlijk' }, diensten, log: stilleLogger, kiesPersonen: async () => [] } as unknown as BeurtContext;
}
