import { Koppeluitkomst, Koppelverzoek } from '../app/koppelen';
import { Overzicht, Zoekuitkomst } from '../app/overzicht';
import { Geregistreerd, Registratie } from '../app/registreren';
import { ActieUitkomst } from '../app/route-acties';
import { Binnenkomend } from '../app/gesprekken';
import { HulpvraagSleutel } from '../app/wijzigen';
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { Hulpvraag } from '../domain/hulpvraag';
import { Betrokkene, Persoon } from '../domain/personen';
import { Schakelteam } from '../domain/schakelteam';

/**
 * The use cases the Teams edge may call, each already bound to its stores; only the composition root builds this.
 * Handlers translate (parse → one of these → render); the rules live behind these functions in src/app.
 */
export interface TeamsDiensten {
  /** Today's date for rendering (deadlines on cards are relative to it). */
  nu(): Date;
  /** Whether forms open as Teams dialogs (config TEAMS_DIALOGEN) or in place on the card. */
  readonly dialogen: boolean;
  koppel(door: Persoon, verzoek: Koppelverzoek): Promise<Koppeluitkomst>;
  mijnHulpvragen(persoon: Persoon): Promise<Overzicht>;
  zoekOpNummer(persoon: Persoon, tekst: string): Promise<Zoekuitkomst>;
  bekijk(persoon: Persoon, sleutel: HulpvraagSleutel): Promise<{ readonly hulpvraag: Hulpvraag; readonly magLezen: boolean }>;
  mijnSchakelteams(persoon: Persoon): Promise<Schakelteam[]>;
  registreer(door: Persoon, registratie: Registratie): Promise<Geregistreerd>;
  voerActieUit(door: Persoon, sleutel: HulpvraagSleutel, versie: number, gebeurtenis: Gebeurtenis): Promise<ActieUitkomst>;
  teamNoLeden(tenantId: string): Promise<readonly Betrokkene[]>;
  /** What someone who flags stagnation is told: when Team NO will see it, or that no Team NO channel is bound. */
  wanneerBijTeamNo(tenantId: string): Promise<string>;
  houdGesprekBij(binnen: Binnenkomend): Promise<void>;
  vergeetGesprek(tenantId: string, gesprekId: string, teamId: string | undefined): Promise<void>;
  hernoemTeam(tenantId: string, team: { readonly id: string; readonly naam: string }): Promise<void>;
}
