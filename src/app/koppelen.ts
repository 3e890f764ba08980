import { Gespreksreferentie, Kanaal, KanaalSoort } from '../domain/kanaal';
import { Betrokkene, Persoon, zelfdePersoon } from '../domain/personen';
import { Auditor } from './audit';
import { Lezer } from './overzicht';
import { Schakelteam } from '../domain/schakelteam';
import { Evaluatietermijnen } from '../domain/deadlines';
import { koppelingLeden } from './kanalen';
import { IsBeheerder, KanaalOpslag, Klok, SchakelteamOpslag } from './ports';

export type Koppelsoort = Exclude<KanaalSoort, 'persoonlijk'>;

export interface KoppelDeps {
  readonly kanalen: KanaalOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly klok: Klok;
  /** The configured terms: what an empty term box on the form means. */
  readonly termijnen: Evaluatietermijnen;
  /** One schakelteam per channel: its id follows from the channel, so binding again updates the same schakelteam. */
  schakelteamIdVoor(kanaalId: string): string;
  /** A functional administrator (src/app/beheer.ts). */
  readonly isBeheerder: IsBeheerder;
  readonly auditor: Auditor;
  /** The configured regions (REGIOS): a Team NO is bound for one of them, or (without regions) for the tenant. */
  readonly regioNamen?: readonly string[];
  /**
   * Roles follow membership when a schakelteam is bound again (app/lidmaatschap.ts): the notices about who was
   * replaced are stored before the binding (`kondigAan`, keyed on the binding replaced: `vorige`), so a crash in
   * between loses nothing; after the binding its open cases follow it and the notices go out (`volg`). Absent where
   * no cases can exist yet (tests of binding alone).
   */
  readonly leden?: {
    kondigAan(schakelteam: Schakelteam, vertrokken: readonly Betrokkene[], vorige: string): Promise<readonly string[]>;
    volg(schakelteam: Schakelteam, ids: readonly string[]): Promise<void>;
  };
}

/** A picked person (people picker), before the binding gives them a role. */
export type GekozenLid = Omit<Betrokkene, 'rol'>;

export interface Koppelverzoek {
  readonly soort: Koppelsoort;
  readonly naam: string;
  /** The channel being bound: its id and the opaque handle to reach it later. */
  readonly kanaal: { readonly id: string; readonly referentie: Gespreksreferentie; readonly teamId?: string };
  readonly scholen: readonly string[];
  readonly onderwijs?: 'PO' | 'VO';
  readonly ibCoo: readonly GekozenLid[];
  readonly schakelfunctionaris: readonly GekozenLid[];
  /** Members of a Team NO or Loket channel. */
  readonly leden: readonly GekozenLid[];
  /** `koppel team no <regio>`: the region this Team NO serves. */
  readonly regio?: string;
  readonly tussentijdsWeken?: number;
  readonly evaluatieMaanden?: number;
}

export type Koppeluitkomst =
  | { readonly soort: 'onvolledig'; readonly fout: string }
  /** Not allowed to (re)bind this channel; nothing changed. */
  | { readonly soort: 'geweigerd'; readonly fout: string }
  | {
      readonly soort: 'gekoppeld';
      readonly kanaal: Kanaal;
      readonly leden: readonly Betrokkene[];
      readonly schakelteam?: Schakelteam;
      /** For a schakelteam: the evaluation terms that now apply, and whether they are its own or the defaults. */
      readonly termijnen?: { readonly waarden: Evaluatietermijnen; readonly eigen: boolean };
    };

const metRol = (personen: readonly GekozenLid[], rol: Betrokkene['rol']): Betrokkene[] => personen.map((p) => ({ ...p, rol }));

/** Who may do this binding: Team NO and the Loket only a functional administrator; a bound channel only its members. */
async function weigering(deps: KoppelDeps, door: Persoon, verzoek: Koppelverzoek, bestaand: Kanaal | undefined): Promise<string | undefined> {
  if (await deps.isBeheerder(door)) return undefined;
  if (verzoek.soort !== 'schakelteam') return 'Alleen een functioneel beheerder koppelt een kanaal als Team NO of als Loket.';
  if (bestaand && bestaand.soort !== 'persoonlijk' && !(await isLidVanKoppeling(deps, door, bestaand))) {
    return 'Dit kanaal is al gekoppeld. Alleen de huidige leden van die koppeling of een functioneel beheerder kunnen haar wijzigen.';
  }
  return undefined;
}

/** A current member of the channel's binding (a functional administrator is checked separately, with isBeheerder). */
export async function isLidVanKoppeling(deps: Pick<KoppelDeps, 'schakelteams'>, door: Persoon, kanaal: Kanaal): Promise<boolean> {
  return (await koppelingLeden(deps.schakelteams, kanaal)).some((lid) => zelfdePersoon(lid, door));
}

/**
 * Binds a Teams channel as a schakelteam (schools + IB'er/COO + schakelfunctionaris, optional own terms), as Team
 * NO or as Loket (members). Binding again replaces the earlier binding of that channel, if the person may; a tenant
 * has one Team NO: binding another channel as Team NO ends the earlier one. Every binding is in the audit log.
 */
export async function koppelKanaal(deps: KoppelDeps, wie: Lezer, verzoek: Koppelverzoek): Promise<Koppeluitkomst> {
  const door = wie.persoon;
  const bestaand = await deps.kanalen.lees(door.tenantId, verzoek.kanaal.id);
  const onderwerp = { soort: 'koppeling', tenantId: door.tenantId, kanaalId: verzoek.kanaal.id } as const;
  const fout = await weigering(deps, door, verzoek, bestaand);
  if (fout) {
    await deps.auditor.weigering({ wie: door, onderwerp, wat: `koppel ${verzoek.soort}`, via: wie.via });
    return { soort: 'geweigerd', fout };
  }
  const regiofout = verkeerdeRegio(deps, verzoek);
  if (regiofout) return { soort: 'onvolledig', fout: regiofout };
  const voorstel = await stelKoppelingOp(deps, door, verzoek);
  if (voorstel.soort !== 'gekoppeld') return voorstel;
  const { vorig, ...uitkomst } = voorstel;
  // Bound again: the notices about whoever was replaced are written ahead of the binding itself.
  const opnieuw = uitkomst.schakelteam && bestaand?.soort === 'schakelteam' ? uitkomst.schakelteam : undefined;
  const vertrokken = (vorig?.leden ?? []).filter((v) => !uitkomst.leden.some((l) => l.rol === v.rol && zelfdePersoon(l, v)));
  const ids = opnieuw && deps.leden ? await deps.leden.kondigAan(opnieuw, vertrokken, vorig?.gekoppeld ?? '') : [];
  await bewaarKoppeling(deps, uitkomst);
  if (verzoek.soort === 'team_no') {
    // One Team NO per tenant, or one per region when regions are configured: binding another ends the earlier one.
    const eerdere = (await deps.kanalen.vanSoort(door.tenantId, 'team_no')).filter((k) => k.id !== verzoek.kanaal.id && k.regio === verzoek.regio);
    for (const ander of eerdere) {
      await deps.kanalen.verwijder(door.tenantId, ander.id);
    }
  }
  const wat = `koppel ${verzoek.soort}${bestaand && bestaand.soort !== 'persoonlijk' ? ' opnieuw' : ''}`;
  await deps.auditor.leg({ wie: door, onderwerp, handeling: 'koppelen', wat, via: wie.via, gegevens: { leden: uitkomst.leden.map((l) => `${l.aadObjectId}:${l.rol}`).join(',') } });
  if (opnieuw) await deps.leden?.volg(opnieuw, ids);
  return uitkomst;
}

/** A region only for Team NO, and only one of the configured regions. */
function verkeerdeRegio(deps: KoppelDeps, verzoek: Koppelverzoek): string | undefined {
  if (verzoek.regio === undefined) return undefined;
  if (verzoek.soort !== 'team_no') return 'Alleen Team NO wordt per regio gekoppeld.';
  const regios = deps.regioNamen ?? [];
  if (regios.includes(verzoek.regio)) return undefined;
  return regios.length === 0
    ? 'Er zijn geen regio\'s ingesteld (REGIOS): koppel Team NO zonder regio, met "koppel team no".'
    : `Onbekende regio "${verzoek.regio}". Kies uit: ${regios.join(', ')}.`;
}

/** A binding ready to be written, with the schakelteam it replaces (if any). */
type Voorstel = Exclude<Koppeluitkomst, { soort: 'gekoppeld' }> | (Extract<Koppeluitkomst, { soort: 'gekoppeld' }> & { readonly vorig?: Schakelteam });

/** The binding as the request makes it, checked; nothing written yet. */
async function stelKoppelingOp(deps: KoppelDeps, door: Persoon, verzoek: Koppelverzoek): Promise<Voorstel> {
  const nu = deps.klok.nu().toISOString();
  const kanaal: Kanaal = {
    id: verzoek.kanaal.id,
    tenantId: door.tenantId,
    soort: verzoek.soort,
    naam: verzoek.naam,
    referentie: verzoek.kanaal.referentie,
    ...(verzoek.kanaal.teamId ? { teamId: verzoek.kanaal.teamId } : {}),
    bruikbaar: true,
    bijgewerkt: nu,
  };
  if (verzoek.soort === 'schakelteam') {
    const leden = [...metRol(verzoek.ibCoo, 'ib_coo'), ...metRol(verzoek.schakelfunctionaris, 'schakelfunctionaris')];
    if (verzoek.scholen.length === 0) return { soort: 'onvolledig', fout: 'Noem minstens één school.' };
    if (verzoek.ibCoo.length === 0 || verzoek.schakelfunctionaris.length === 0) {
      return { soort: 'onvolledig', fout: 'Kies een IB\'er/COO én een schakelfunctionaris.' };
    }
    // An empty box means the configured default; only a schakelteam with a term of its own stores terms.
    const eigen = verzoek.tussentijdsWeken !== undefined || verzoek.evaluatieMaanden !== undefined;
    const termijnen = { tussentijdsWeken: verzoek.tussentijdsWeken ?? deps.termijnen.tussentijdsWeken, maanden: verzoek.evaluatieMaanden ?? deps.termijnen.maanden };
    const id = deps.schakelteamIdVoor(kanaal.id);
    // Binding again keeps what the schakelteam set for itself since: its meeting rhythm and agenda items.
    const vorig = await deps.schakelteams.lees(door.tenantId, id);
    const schakelteam: Schakelteam = {
      id,
      tenantId: door.tenantId,
      naam: verzoek.naam,
      scholen: [...verzoek.scholen],
      onderwijs: verzoek.onderwijs ?? 'PO',
      leden,
      ...(eigen ? { termijnen } : {}),
      ...(vorig?.vergaderritme ? { vergaderritme: vorig.vergaderritme } : {}),
      ...(vorig?.agendapunten ? { agendapunten: vorig.agendapunten } : {}),
      gekoppeld: nu,
    };
    const gekoppeld = { ...kanaal, schakelteamId: schakelteam.id };
    return { soort: 'gekoppeld', kanaal: gekoppeld, leden, schakelteam, termijnen: { waarden: termijnen, eigen }, ...(vorig ? { vorig } : {}) };
  }
  const leden = metRol(verzoek.leden, verzoek.soort === 'team_no' ? 'team_no' : 'loket');
  if (leden.length === 0) return { soort: 'onvolledig', fout: 'Kies minstens één lid.' };
  const gekoppeld = { ...kanaal, leden, ...(verzoek.regio !== undefined ? { regio: verzoek.regio } : {}) };
  return { soort: 'gekoppeld', kanaal: gekoppeld, leden };
}

/** Writes the binding: the schakelteam first, then the channel that points to it. */
async function bewaarKoppeling(deps: KoppelDeps, koppeling: Extract<Koppeluitkomst, { soort: 'gekoppeld' }>): Promise<void> {
  if (koppeling.schakelteam) await deps.schakelteams.bewaar(koppeling.schakelteam);
  await deps.kanalen.bewaar(koppeling.kanaal);
}
