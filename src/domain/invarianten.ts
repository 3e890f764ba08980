/**
 * The rules of the route that hold after every event, whatever the order (domain.md, "Rules that are not
 * negotiable"). `pasToe` refuses any event that would break one; the property tests (test/domain/route.property)
 * check them after every step of random event sequences.
 */
import { WIE_MAG } from './beleid';
import { Hulpvraag, metRol } from './hulpvraag';
import { bijHetLoket, contactNodig } from './loket';
import { Rol, zelfdePersoon } from './personen';
import { GebeurtenisSoort, Status, isToegestaan } from './route';
import { Stapcode } from './stapcode';

/** Roles whose holders come from a binding (the Team NO or Loket channel), checked at click time, not copied once. */
export const KOPPELROLLEN: readonly Rol[] = ['team_no', 'loket'];

/** Roles a case holds through its schakelteam's binding: they follow the binding (who leaves the team loses them). */
export type SchakelteamRol = 'ib_coo' | 'schakelfunctionaris';
const ROLLEN_VAN_SCHAKELTEAM: readonly SchakelteamRol[] = ['ib_coo', 'schakelfunctionaris'];
export const SCHAKELTEAMROLLEN: readonly Rol[] = ROLLEN_VAN_SCHAKELTEAM;

/** The schakelteam roles nobody holds on the case (their holder left the team and nobody took over yet). */
export function vacanteRollen(h: Pick<Hulpvraag, 'betrokkenen'>): SchakelteamRol[] {
  return ROLLEN_VAN_SCHAKELTEAM.filter((rol) => metRol(h, rol).length === 0);
}

/**
 * Who must take the next step in a state, and with which actions. `systeem`: the bot does it in the same write.
 * `beheer`: nobody of the schakelteam is left on the case; a functional administrator binds it again (koppel
 * schakelteam), which gives the case its new members (schakelteam_gewijzigd).
 */
export interface VolgendeStap {
  readonly rollen: readonly Rol[];
  /** The step in one word, as the case card says it ("Aan zet: … — besluit nemen"); adapters word it. */
  readonly stap: Stapcode;
  readonly acties: readonly GebeurtenisSoort[];
  readonly systeem?: true;
  readonly beheer?: true;
}

export type { Stapcode };

const STAPPEN: Record<Exclude<Status, 'gesloten'>, VolgendeStap> = {
  geregistreerd: { rollen: ['ib_coo'], stap: 'doorzetten', acties: ['doorgezet'] },
  bij_schakelteam: { rollen: ['ib_coo', 'schakelfunctionaris'], stap: 'besluit_nemen', acties: ['besluit'] },
  besloten_regierol: { rollen: [], stap: 'toestemming_vragen', acties: ['toestemming_gevraagd'], systeem: true },
  besloten_expertiseteam: { rollen: [], stap: 'toestemming_vragen', acties: ['toestemming_gevraagd'], systeem: true },
  besloten_loket: { rollen: [], stap: 'toestemming_vragen', acties: ['toestemming_gevraagd'], systeem: true },
  besloten_basisondersteuning: { rollen: [], stap: 'afsluiten', acties: ['gesloten'], systeem: true },
  wacht_op_toestemming: { rollen: ['ib_coo'], stap: 'toestemming_vastleggen', acties: ['toestemming_vastgelegd', 'gesloten'] },
  regierol_aangeboden: { rollen: ['kandidaat_regierol'], stap: 'regierol_beantwoorden', acties: ['regierol_geaccepteerd', 'regierol_geweigerd'] },
  regierol_actief: { rollen: ['regierolhouder'], stap: 'voortgang_vastleggen', acties: ['voortgang_vastgelegd', 'teruggemeld', 'overdracht_voorgesteld'] },
  overdracht_aangevraagd: { rollen: ['ib_coo', 'schakelfunctionaris'], stap: 'overdracht_beoordelen', acties: ['overdracht_goedgekeurd', 'overdracht_afgewezen'] },
  stagnatie_team_no: { rollen: ['team_no'], stap: 'besluit_nemen', acties: ['team_no_besluit'] },
  terug_voor_afsluiting: { rollen: ['ib_coo'], stap: 'afsluiten', acties: ['gesloten', 'heropend'] },
};

/**
 * A case offered to the Loket is the Loket's to take: every member of its bound channel may take it (seed 001), the
 * one named among them too, who may also decline it. The Loket comes first: the card says "Aan zet: het Loket".
 */
const LOKET_NEEMT: VolgendeStap = { rollen: ['loket', 'kandidaat_regierol'], stap: 'oppakken_en_wegen', acties: ['regierol_geaccepteerd', 'regierol_geweigerd'] };

/**
 * Consent refused on a case sent to the Loket: the Loket gets only whom to contact (seed 001) and contacts them; the
 * card says "Aan zet: het Loket — contact opnemen". After that the IB'er/COO is at turn (consent after all, or close).
 */
const LOKET_CONTACT: VolgendeStap = { rollen: ['loket', 'kandidaat_regierol'], stap: 'contact_opnemen', acties: ['loket_contact_opgenomen'] };

function stapVolgensStatus(h: Pick<Hulpvraag, 'status' | 'uitbreiding' | 'loket' | 'toestemming'>): VolgendeStap | undefined {
  if (h.status === 'gesloten') return undefined;
  if (h.status === 'regierol_aangeboden' && bijHetLoket(h)) return LOKET_NEEMT;
  if (contactNodig(h)) return LOKET_CONTACT;
  if (h.status === 'overdracht_aangevraagd' && h.uitbreiding?.stap === 'overdracht') {
    return { rollen: ['ib_coo'], stap: 'toestemming_uitbreiden', acties: ['toestemming_uitgebreid', 'overdracht_afgewezen'] };
  }
  return STAPPEN[h.status];
}

/**
 * The next step of an open case (undefined when closed): the one answer to "whose turn is it", for the case card,
 * the tabs' "wacht op mij" and the key figures alike. A handover waiting for consent waits for the IB'er/COO.
 * When the step is the schakelteam's and every role it needs is vacant (its holder left the team), the next step is
 * taking that role over: by whoever of the schakelteam is left on the case, else by binding the schakelteam again.
 */
export function volgendeStap(h: Pick<Hulpvraag, 'status' | 'uitbreiding' | 'betrokkenen' | 'loket' | 'toestemming'>): VolgendeStap | undefined {
  const stap = stapVolgensStatus(h);
  const leeg: readonly Rol[] = vacanteRollen(h);
  if (!stap || stap.systeem || !stap.rollen.every((rol) => leeg.includes(rol))) return stap;
  const over = SCHAKELTEAMROLLEN.filter((rol) => !leeg.includes(rol));
  return over.length > 0
    ? { rollen: over, stap: 'rol_overnemen', acties: ['rol_overgenomen'] }
    : { rollen: [], stap: 'opnieuw_koppelen', acties: ['schakelteam_gewijzigd'], beheer: true };
}

/** Whether someone is responsible for the next step and is able to take it (no dead end). */
export function kanVerder(h: Hulpvraag): boolean {
  const stap = volgendeStap(h);
  if (!stap) return true;
  if (stap.systeem || stap.beheer) return true;
  return stap.rollen.some(
    (rol) =>
      (KOPPELROLLEN.includes(rol) || metRol(h, rol).length > 0) &&
      stap.acties.some((actie) => isToegestaan(h.status, actie) && WIE_MAG[actie].includes(rol)),
  );
}

const MET_KANDIDAAT: readonly Status[] = ['besloten_regierol', 'besloten_expertiseteam', 'besloten_loket', 'wacht_op_toestemming', 'regierol_aangeboden'];
const MET_HOUDER: readonly Status[] = ['regierol_actief', 'overdracht_aangevraagd', 'terug_voor_afsluiting'];
const MET_UITBREIDING_EXPERT: readonly Status[] = ['regierol_actief', 'overdracht_aangevraagd', 'stagnatie_team_no', 'regierol_aangeboden'];

export const NIEMAND_KAN_VERDER = 'niemand kan de volgende stap zetten';

/** Every broken rule, in plain Dutch (empty when the case is sound). */
export function schendingen(h: Hulpvraag): string[] {
  const fouten: string[] = [];
  const houders = metRol(h, 'regierolhouder');
  const kandidaten = metRol(h, 'kandidaat_regierol');
  if (houders.length > 1) fouten.push('meer dan één regierolhouder');
  for (const houder of houders) {
    if (houder.geaccepteerd === undefined) fouten.push(`regierolhouder ${houder.aadObjectId} heeft niet geaccepteerd`);
  }
  if (kandidaten.length > 1) fouten.push('het aanbod hoort bij meer dan één kandidaat');
  if (kandidaten.length > 0 && !MET_KANDIDAAT.includes(h.status)) fouten.push('een aanbod staat nog open in een status zonder aanbod');
  if (h.status === 'regierol_aangeboden' && kandidaten.length !== 1) fouten.push('aangeboden zonder precies één kandidaat');
  if (kandidaten.some((k) => houders.some((houder) => zelfdePersoon(k, houder)))) fouten.push('de kandidaat is al regierolhouder');
  if (MET_HOUDER.includes(h.status) && houders.length !== 1) fouten.push('geen regierolhouder in een status die er een vraagt');
  if ((h.overdracht !== undefined) !== (h.status === 'overdracht_aangevraagd')) fouten.push('overdracht en status passen niet bij elkaar');
  if ((h.stagnatie !== undefined) !== (h.status === 'stagnatie_team_no')) fouten.push('stagnatie en status passen niet bij elkaar');
  if (h.uitbreiding?.stap === 'overdracht' && h.status !== 'overdracht_aangevraagd') fouten.push('een overdracht wacht op toestemming buiten de overdracht');
  if (h.uitbreiding?.stap === 'expert' && !MET_UITBREIDING_EXPERT.includes(h.status)) fouten.push('een expert wacht op toestemming in een status zonder regierol');
  if (!kanVerder(h)) fouten.push(NIEMAND_KAN_VERDER);
  return fouten;
}
