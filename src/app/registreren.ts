import { formatteerNummer, tellerSleutel } from '../domain/casenummer';
import { DomainError, FOUTCODES } from '../domain/errors';
import { Hulpvraag, NieuweHulpvraag, registreer } from '../domain/hulpvraag';
import { Persoon, zelfdePersoon } from '../domain/personen';
import { datumInAmsterdam } from '../domain/tijd';
import { HulpvraagOpslag, IdBron, Klok, SchakelteamOpslag, Teller } from './ports';

export interface RegistreerDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly teller: Teller;
  readonly klok: Klok;
  readonly ids: IdBron;
}

export type Registratie = Omit<NieuweHulpvraag, 'id' | 'nummer' | 'tenantId' | 'onderwijs' | 'schakelteamLeden'>;

/** Registers a hulpvraag for a schakelteam the person belongs to, with the next number of that school's year. */
export async function registreerHulpvraag(deps: RegistreerDeps, door: Persoon, invoer: Registratie): Promise<Hulpvraag> {
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
      id: deps.ids.nieuwId(),
      nummer: formatteerNummer(vandaag, volgnummer),
      tenantId: door.tenantId,
      onderwijs: schakelteam.onderwijs,
      schakelteamLeden: schakelteam.leden,
    },
    door,
    moment,
  );
  const { waarde } = await deps.hulpvragen.maak(hulpvraag);
  return waarde;
}
