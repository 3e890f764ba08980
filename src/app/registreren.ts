import { formatteerNummer, tellerSleutel } from '../domain/casenummer';
import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { pasToe } from '../domain/gebeurtenissen';
import { Hulpvraag, NieuweHulpvraag, registreer } from '../domain/hulpvraag';
import { Persoon, zelfdePersoon } from '../domain/personen';
import { Schakelteam } from '../domain/schakelteam';
import { datumInAmsterdam } from '../domain/tijd';
import { MeldDeps } from './meldingen';
import { Lezer } from './overzicht';
import { HulpvraagOpslag, IdBron, Klok, SchakelteamOpslag, Teller } from './ports';
import { WijzigDeps, wijzigHulpvraag } from './wijzigen';

export interface RegistreerDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly teller: Teller;
  readonly klok: Klok;
  readonly ids: IdBron;
}

export type Registratie = Omit<NieuweHulpvraag, 'id' | 'nummer' | 'tenantId' | 'onderwijs' | 'schakelteamLeden'> & {
  /** Identifies the form that was submitted: submitting the same form twice registers one hulpvraag. */
  readonly formulierId?: string;
};

export interface Registratieuitkomst {
  readonly hulpvraag: Hulpvraag;
  readonly nieuw: boolean;
}

/** Registers a hulpvraag for a schakelteam the person belongs to, with the next number of that school's year. */
export async function registreerHulpvraag(deps: RegistreerDeps, door: Persoon, registratie: Registratie): Promise<Registratieuitkomst> {
  const { formulierId, ...invoer } = registratie;
  const id = formulierId ? `hv-${formulierId}` : deps.ids.nieuwId();
  const bestaand = formulierId ? await deps.hulpvragen.lees(invoer.schakelteamId, id) : undefined;
  if (bestaand) return { hulpvraag: bestaand.waarde, nieuw: false };
  const schakelteam = await deps.schakelteams.lees(door.tenantId, invoer.schakelteamId);
  if (!schakelteam) throw new DomainError(FOUTCODES.schakelteamOnbekend, 'Dit schakelteam is niet (meer) gekoppeld');
  if (!schakelteam.leden.some((lid) => zelfdePersoon(lid, door))) {
    throw new DomainError(FOUTCODES.nietBetrokken, 'Alleen leden van het schakelteam kunnen hier een hulpvraag registreren');
  }
  const moment = deps.klok.nu();
  const vandaag = datumInAmsterdam(moment);
  const volgnummer = await deps.teller.volgende(tellerSleutel(invoer.school, vandaag));
  const hulpvraag = registreer(
    {
      ...invoer,
      id,
      nummer: formatteerNummer(vandaag, volgnummer),
      tenantId: door.tenantId,
      onderwijs: schakelteam.onderwijs,
      schakelteamLeden: schakelteam.leden,
    },
    door,
    moment,
  );
  try {
    const { waarde } = await deps.hulpvragen.maak(hulpvraag);
    return { hulpvraag: waarde, nieuw: true };
  } catch (error) {
    // The same form submitted twice at the same moment: the first one created it, this one shows it.
    const gelijktijdig = isDomainError(error, FOUTCODES.conflict) ? await deps.hulpvragen.lees(invoer.schakelteamId, id) : undefined;
    if (gelijktijdig) return { hulpvraag: gelijktijdig.waarde, nieuw: false };
    throw error;
  }
}

export interface Doorgezet {
  readonly hulpvraag: Hulpvraag;
  /** False when the schakelteam's channel could not be reached: the case is passed on all the same. */
  readonly kanaalBereikt: boolean;
}

/**
 * Passes a new case on to its schakelteam: its channel gets the safe base card, and the case records that card so
 * every later change can replace it. The card is rendered from the state after this step, so it is posted once and
 * right.
 */
export async function geefDoorAanSchakelteam(deps: WijzigDeps & MeldDeps, hulpvraag: Hulpvraag, door: Persoon): Promise<Doorgezet> {
  const kanaal = await deps.kanalen.vanSchakelteam(hulpvraag.tenantId, hulpvraag.schakelteamId);
  const straks = pasToe(hulpvraag, { soort: 'doorgezet' }, door, { moment: deps.klok.nu(), termijnen: deps.termijnen });
  const verzonden = kanaal ? await deps.verzender.stuur({ kanaal }, { kaart: deps.kaarten.voorKanaal(straks) }) : undefined;
  const kanaalBericht =
    kanaal && verzonden?.soort === 'verzonden' && verzonden.activityId ? { kanaalId: kanaal.id, activityId: verzonden.activityId } : undefined;
  const uitkomst = await wijzigHulpvraag(deps, { schakelteamId: hulpvraag.schakelteamId, id: hulpvraag.id }, {
    door,
    actie: 'systeem',
    gebeurtenis: () => ({ soort: 'doorgezet', kanaalBericht }),
  });
  return { hulpvraag: uitkomst.hulpvraag, kanaalBereikt: kanaalBericht !== undefined };
}

/** The schakelteams the person is a member of: the ones they can register a case for. */
export async function mijnSchakelteams(schakelteams: SchakelteamOpslag, persoon: Persoon): Promise<Schakelteam[]> {
  const alle = await schakelteams.vanTenant(persoon.tenantId);
  return alle.filter((team) => team.leden.some((lid) => zelfdePersoon(lid, persoon)));
}

export type Geregistreerd = { readonly soort: 'al_geregistreerd'; readonly hulpvraag: Hulpvraag } | ({ readonly soort: 'nieuw' } & Doorgezet);

/** Registers the case and passes it on to its schakelteam; the same form submitted again registers nothing new. */
export async function registreerEnGeefDoor(deps: RegistreerDeps & WijzigDeps & MeldDeps, wie: Lezer, registratie: Registratie): Promise<Geregistreerd> {
  const door = wie.persoon;
  const { hulpvraag, nieuw } = await registreerHulpvraag(deps, door, registratie);
  const onderwerp = { soort: 'hulpvraag', id: hulpvraag.id } as const;
  if (!nieuw) {
    await deps.auditor.leg({ wie: door, onderwerp, hulpvraag, handeling: 'lezen', wat: 'al geregistreerd', via: wie.via });
    return { soort: 'al_geregistreerd', hulpvraag };
  }
  await deps.auditor.leg({ wie: door, onderwerp, hulpvraag, handeling: 'wijzigen', wat: 'geregistreerd', via: wie.via, gegevens: { naar: hulpvraag.status } });
  return { soort: 'nieuw', ...(await geefDoorAanSchakelteam(deps, hulpvraag, door)) };
}
