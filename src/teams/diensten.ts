import { Koppeluitkomst, Koppelverzoek } from '../app/koppelen';
import { Overleguitkomst } from '../app/overleg';
import { AlgemeneCategorie } from '../domain/agendapunten';
import { Vergaderritme } from '../domain/vergaderritme';
import { Bekeken, Lezer, Overzicht, Stapopening, Weergave, Zoekuitkomst } from '../app/overzicht';
import { Geregistreerd, Registratie } from '../app/registreren';
import { ActieUitkomst } from '../app/route-acties';
import { Binnenkomend } from '../app/gesprekken';
import { Collega } from '../app/collegas';
import { HulpvraagSleutel } from '../app/wijzigen';
import { Export } from '../app/rechten';
import { CorrigeerbaarVeld } from '../domain/rechten';
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { BeurtOmgeving } from '../domain/beurttermijn';
import { Overlegstand } from '../domain/eerste-bespreking';
import { Hulpvraag } from '../domain/hulpvraag';
import { GebeurtenisSoort } from '../domain/route';
import { Persoon } from '../domain/personen';
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
  /** The limits a case card's "by when" comes from (config.herinneringen). */
  readonly beurttermijnen: BeurtOmgeving;
  // `wie` is who acts and through which client: every read and change is written to the audit log with it.
  koppel(wie: Lezer, verzoek: Koppelverzoek): Promise<Koppeluitkomst>;
  /** The schakelteam's meeting (app/overleg.ts): members of its binding or a functional administrator only. */
  huidigRitme(wie: Lezer, kanaalId: string): Promise<Overleguitkomst>;
  stelVergaderritmeIn(wie: Lezer, kanaalId: string, ritme: Vergaderritme): Promise<Overleguitkomst>;
  voegAgendapuntToe(wie: Lezer, kanaalId: string, categorie: AlgemeneCategorie): Promise<Overleguitkomst>;
  /** For a case waiting for its first decision: its team's rhythm as it is now, so the card names the meeting. */
  overlegstand(hulpvraag: Hulpvraag): Promise<Overlegstand | undefined>;
  /** AGENDA_DAGEN_VOORAF: how many days before a meeting its agenda comes. */
  readonly agendaDagenVooraf: number;
  mijnHulpvragen(wie: Lezer): Promise<Overzicht>;
  zoekOpNummer(wie: Lezer, tekst: string): Promise<Zoekuitkomst>;
  bekijk(wie: Lezer, sleutel: HulpvraagSleutel, wat?: Weergave): Promise<Bekeken>;
  /** Opening a step's form: only for whoever may take that step now (roles on the case or their binding). */
  openStap(wie: Lezer, sleutel: HulpvraagSleutel, stap: (h: Hulpvraag) => GebeurtenisSoort): Promise<Stapopening>;
  mijnSchakelteams(persoon: Persoon): Promise<Schakelteam[]>;
  registreer(wie: Lezer, registratie: Registratie): Promise<Geregistreerd>;
  voerActieUit(wie: Lezer, sleutel: HulpvraagSleutel, versie: number, gebeurtenis: Gebeurtenis | Promise<Gebeurtenis>, terwijl?: (hulpvraag: Hulpvraag) => void): Promise<ActieUitkomst>;
  /** The people the bot knows for this person (own tenant and partner tenants): the people picker offers them. */
  collegas(persoon: Persoon): Promise<readonly Collega[]>;
  /** Typeahead over those people (Teams' application/search invoke from a form's people picker). */
  zoekCollegas(persoon: Persoon, tekst: string): Promise<readonly Collega[]>;
  /** What someone who flags stagnation is told: when their region's Team NO will see it, or that none is bound. */
  wanneerBijTeamNo(hulpvraag: Pick<Hulpvraag, 'tenantId' | 'school'>): Promise<string>;
  houdGesprekBij(binnen: Binnenkomend): Promise<void>;
  vergeetGesprek(tenantId: string, gesprekId: string, teamId: string | undefined): Promise<void>;
  /** Someone left a team: they leave its bindings, and their schakelteam roles on open cases end. `gebeurtenisId`: the activity's id. */
  lidUitTeam(tenantId: string, teamId: string, aadObjectId: string, gebeurtenisId?: string): Promise<void>;
  hernoemTeam(tenantId: string, team: { readonly id: string; readonly naam: string }): Promise<void>;
  /** Rights requests, functional administrators only; `namens` names the request (e.g. "inzageverzoek ouders"). */
  exporteer(wie: Lezer, nummer: string, namens: string): Promise<Export>;
  corrigeer(wie: Lezer, nummer: string, veld: CorrigeerbaarVeld, waarde: string, namens: string): Promise<Hulpvraag>;
  wis(wie: Lezer, nummer: string, namens: string): Promise<void>;
}
