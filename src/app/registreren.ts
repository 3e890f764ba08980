import { formatteerNummer, tellerSleutel } from '../domain/casenummer';
import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
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
