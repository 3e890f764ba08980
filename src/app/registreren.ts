import { formatteerNummer, tellerSleutel } from '../domain/casenummer';
import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { pasToe } from '../domain/gebeurtenissen';
import { Hulpvraag, NieuweHulpvraag, registreer } from '../domain/hulpvraag';
import { Persoon, zelfdePersoon } from '../domain/personen';
import { Schakelteam } from '../domain/schakelteam';
import { datumInAmsterdam } from '../domain/tijd';
import { Evaluatietermijnen } from '../domain/deadlines';
import { metUitgaand } from '../domain/uitgaand';
import { Lezer } from './overzicht';
import { HulpvraagOpslag, IdBron, Klok, SchakelteamOpslag, Teller, Versie } from './ports';
import { RouteDeps, verstuurNaKlik } from './route-acties';

export interface RegistreerDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly teller: Teller;
  readonly klok: Klok;
  readonly ids: IdBron;
  readonly termijnen: Evaluatietermijnen;
}

export type Registratie = Omit<NieuweHulpvraag, 'id' | 'nummer' | 'tenantId' | 'onderwijs' | 'schakelteamLeden'> & {
  /** Identifies the form that was submitted: submitting the same form twice registers one hulpvraag. */
  readonly formulierId?: string;
};

export interface Registratieuitkomst {
  readonly hulpvraag: Hulpvraag;
  readonly nieuw: boolean;
  /** A new case as written, with its ETag: the relay of its outbox (the channel card) starts from it. */
  readonly bewaard?: Versie<Hulpvraag>;
}

/**
 * Registers a hulpvraag for a schakelteam the person belongs to, with the next number of that school's year, and
 * passes it on to the schakelteam in the same write: the post of its card in the schakelteam channel is an outbox
 * entry of that write (`inKanaal`), so a crash before the post leaves a case the relay still brings to the channel.
 * With `zelfTot` the caller posts it itself and the relay waits until then (domain/uitgaand-inhoud.ts).
 */
export async function registreerHulpvraag(
  deps: RegistreerDeps,
  door: Persoon,
  registratie: Registratie,
  inKanaal = true,
  zelfTot?: Date,
): Promise<Registratieuitkomst> {
  const { formulierId, ...invoer } = registratie;
  const id = formulierId ? `hv-${formulierId}` : deps.ids.nieuwId();
  const bestaand = formulierId ? await deps.hulpvragen.lees(invoer.schakelteamId, id) : undefined;
  if (bestaand) return { hulpvraag: bestaand.waarde, nieuw: false };
  const schakelteam = await deps.schakelteams.lees(door.tenantId, invoer.schakelteamId);
  if (!schakelteam) throw new DomainError(FOUTCODES.schakelteamOnbekend, 'Dit schakelteam is niet (meer) gekoppeld');
  if (!schakelteam.leden.some((lid) => zelfdePersoon(lid, door))) {
    // Someone in no schakelteam at all hears what to do about that, not merely that this one is not theirs.
    if ((await mijnSchakelteams(deps.schakelteams, door)).length === 0) throw new DomainError(FOUTCODES.geenSchakelteamlid, 'Geen lid van een gekoppeld schakelteam');
    throw new DomainError(FOUTCODES.nietBetrokken, 'Alleen leden van het schakelteam kunnen hier een hulpvraag registreren');
  }
  const moment = deps.klok.nu();
  const vandaag = datumInAmsterdam(moment);
  const volgnummer = await deps.teller.volgende(tellerSleutel(invoer.school, vandaag));
  const geregistreerd = registreer(
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
  const doorgezet = pasToe(geregistreerd, { soort: 'doorgezet' }, door, { moment, termijnen: deps.termijnen });
  try {
    const bewaard = await deps.hulpvragen.maak(inKanaal ? metUitgaand(doorgezet, [{ soort: 'kanaalkaart_plaatsen' }], undefined, zelfTot) : doorgezet);
    return { hulpvraag: bewaard.waarde, nieuw: true, bewaard };
  } catch (error) {
    // The same form submitted twice at the same moment: the first one created it, this one shows it.
    const gelijktijdig = isDomainError(error, FOUTCODES.conflict) ? await deps.hulpvragen.lees(invoer.schakelteamId, id) : undefined;
    if (gelijktijdig) return { hulpvraag: gelijktijdig.waarde, nieuw: false };
    throw error;
  }
}

export interface Doorgezet {
  readonly hulpvraag: Hulpvraag;
  /** False when the card is not (yet) in the schakelteam's channel: the outbox keeps trying and tells if it fails. */
  readonly kanaalBereikt: boolean;
}

/** The schakelteams the person is a member of: the ones they can register a case for. */
export async function mijnSchakelteams(schakelteams: SchakelteamOpslag, persoon: Persoon): Promise<Schakelteam[]> {
  const alle = await schakelteams.vanTenant(persoon.tenantId);
  return alle.filter((team) => team.leden.some((lid) => zelfdePersoon(lid, persoon)));
}

export type Geregistreerd = { readonly soort: 'al_geregistreerd'; readonly hulpvraag: Hulpvraag } | ({ readonly soort: 'nieuw' } & Doorgezet);

/** Registers the case and passes it on to its schakelteam; the same form submitted again registers nothing new. */
export async function registreerEnGeefDoor(deps: RegistreerDeps & RouteDeps, wie: Lezer, registratie: Registratie): Promise<Geregistreerd> {
  const door = wie.persoon;
  const zelfTot = new Date(deps.klok.nu().getTime() + deps.verzending.leaseMs);
  const { hulpvraag, nieuw, bewaard } = await registreerHulpvraag(deps, door, registratie, true, zelfTot);
  const onderwerp = { soort: 'hulpvraag', id: hulpvraag.id } as const;
  if (!nieuw) {
    await deps.auditor.leg({ wie: door, onderwerp, hulpvraag, handeling: 'lezen', wat: 'al geregistreerd', via: wie.via });
    return { soort: 'al_geregistreerd', hulpvraag };
  }
  await deps.auditor.leg({ wie: door, onderwerp, hulpvraag, handeling: 'wijzigen', wat: 'geregistreerd', via: wie.via, gegevens: { naar: hulpvraag.status } });
  // The click tries the channel post itself, within the click's budget; what did not go out, the outbox sends.
  if (bewaard) await verstuurNaKlik(deps, bewaard);
  const nu = (await deps.hulpvragen.lees(hulpvraag.schakelteamId, hulpvraag.id))?.waarde ?? hulpvraag;
  return { soort: 'nieuw', hulpvraag: nu, kanaalBereikt: nu.kanaalBericht !== undefined };
}
