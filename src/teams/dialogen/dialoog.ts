import { z } from 'zod';
import { Weergave } from '../../app/overzicht';
import { isDomainError, FOUTCODES } from '../../domain/errors';
import { Gebeurtenis } from '../../domain/gebeurtenissen';
import { Hulpvraag } from '../../domain/hulpvraag';
import { GebeurtenisSoort, STATUS_NAMEN } from '../../domain/route';
import { LocalDate, datumInAmsterdam } from '../../domain/tijd';
import { Kijker, Veldgroep, Zicht, magZien, zichtVoor } from '../../domain/zichtbaarheid';
import { BeurtContext, InvokeAntwoord, kaartOptiesVoor, wieVan } from '../context';
import { MELDINGEN, alsMelding } from '../fouten';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { ActieData, Formulierknoppen, KaartNaam } from '../kaarten/modellen';
import { AdaptiveCard } from '../kaarten/render';
import { VERBS } from '../verbs';
import { leesInvoer } from '../acties/invoer';

/**
 * "Dialogs" in this product are forms, not conversations: one Adaptive Card template per step of the route, opened
 * as a Teams dialog (task/fetch → the form, task/submit → validate and save) where the host has dialogs, and in
 * place on the card (Action.Execute returns the same form) where it has not. Both containers run the code below.
 */
export type Container = 'dialoog' | 'kaart';

export type Formulieruitkomst =
  /** Show (again) this form: first open, or problems marked with everything typed kept. */
  | { readonly soort: 'formulier'; readonly titel: string; readonly kaart: AdaptiveCard }
  /** Saved: the dialog closes; in place the clicker sees the updated case card. */
  | { readonly soort: 'klaar'; readonly kaart: AdaptiveCard }
  /** Not for this person (or no longer possible): a short sentence instead of a form. */
  | { readonly soort: 'bericht'; readonly tekst: string };

/** A form's outcome in place on the card (hosts without dialogs): the form or the saved card, or a sentence. */
export function alsKaartantwoord(uitkomst: Formulieruitkomst): InvokeAntwoord {
  return uitkomst.soort === 'bericht' ? { soort: 'bericht', tekst: uitkomst.tekst } : { soort: 'kaart', kaart: uitkomst.kaart };
}

export interface Dialoog {
  readonly naam: string;
  /** Its template in cards/, and the Input ids it reads for a case (a test keeps the two equal). */
  readonly sjabloon: KaartNaam;
  velden(h: Hulpvraag): readonly string[];
  open(context: BeurtContext, data: unknown, container: Container): Promise<Formulieruitkomst>;
  verstuur(context: BeurtContext, data: unknown, container: Container): Promise<Formulieruitkomst>;
}

export const dialoogDataSchema = z.object({
  dialoog: z.string().min(1),
  hulpvraagId: z.string().min(1),
  schakelteamId: z.string().min(1),
  versie: z.coerce.number().int().min(1),
});

function actieData(h: Hulpvraag): ActieData {
  return { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie };
}

export function formulierknoppen(naam: string, h: Hulpvraag, versie: number, container: Container, opslaan: string): Formulierknoppen {
  return {
    inDialoog: container === 'dialoog',
    opslaan,
    verb: VERBS.dialoogOpslaan,
    data: { dialoog: naam, ...actieData(h), versie },
    annuleerVerb: VERBS.vernieuwen,
    annuleerData: actieData(h),
  };
}

/** The typed values of a form as strings (an untouched input is not sent at all: it reads as empty). */
export function getypt(data: unknown, velden: readonly string[]): Record<string, string> {
  const bron = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return Object.fromEntries(velden.map((veld) => [veld, typeof bron[veld] === 'string' || typeof bron[veld] === 'number' ? String(bron[veld]).trim() : '']));
}

export interface Invulling {
  readonly waarden: Readonly<Record<string, string>>;
  readonly fouten: Readonly<Record<string, string>>;
  readonly melding: string;
  readonly meldingKleur: 'Default' | 'Attention' | 'Warning';
}

export type Lezing = { readonly gebeurtenis: Gebeurtenis } | { readonly fouten: Readonly<Record<string, string>> };

/** One step of the route as a form on a case. */
export interface CasusDialoogDef {
  readonly naam: string;
  readonly sjabloon: KaartNaam;
  readonly titel: string;
  /** The route step it takes: only who may take it in this state can open the form. */
  actie(h: Hulpvraag): GebeurtenisSoort;
  readonly opslaan: string;
  /** What the saved card says; a function of the case after saving where the answer decides it. */
  readonly bevestiging: string | ((na: Hulpvraag, context: BeurtContext) => string | Promise<string>);
  /** A reason this step cannot be taken yet beyond role and state (e.g. no evaluation due), as a sentence. */
  nogNiet?(h: Hulpvraag): string | undefined;
  velden(h: Hulpvraag): readonly string[];
  /**
   * The case data this form cannot do without (the plan to edit, the goals to evaluate), as the visibility rule's field
   * group: whoever the rule hides it from gets `verborgen` instead of the form, never a form with that data or an
   * empty one that would overwrite it. Absent: the form shows no such data.
   */
  nodig?(h: Hulpvraag): Veldgroep | undefined;
  /** What the form shows when it opens (e.g. the current plan, to edit). */
  beginwaarden(h: Hulpvraag, vandaag: LocalDate): Record<string, string>;
  /** `zicht`: what the one visibility rule lets the person who opened it see; the form shows no more of the case. */
  kaart(h: Hulpvraag, invulling: Invulling, knoppen: Formulierknoppen, vandaag: LocalDate, context: BeurtContext, zicht: Zicht): AdaptiveCard | Promise<AdaptiveCard>;
  lees(waarden: Readonly<Record<string, string>>, h: Hulpvraag, vandaag: LocalDate, context: BeurtContext): Lezing | Promise<Lezing>;
}

/** Why a form that needs content the rule hides from this person does not open (a handover or consent extension fixes it). */
export const VERBORGEN =
  'Dit formulier toont inhoudelijke informatie over de leerling. U ziet die alleen als de toestemming uw organisatie noemt; de IB\'er/COO kan de toestemming uitbreiden.';

const VEROUDERD =
  'Iemand anders heeft deze hulpvraag intussen gewijzigd. Uw invoer staat er nog: controleer die tegen de huidige stand en sla opnieuw op.';

export function casusDialoog(def: CasusDialoogDef): Dialoog {
  const vandaag = (context: BeurtContext) => datumInAmsterdam(context.diensten.nu());

  /**
   * The case, if this person may take this step on it now (the use case decides) and see what the form shows of it
   * (the visibility rule decides, with their binding roles); otherwise the sentence why not.
   */
  async function casus(context: BeurtContext, data: unknown): Promise<{ h: Hulpvraag; versie: number; kijker: Kijker; zicht: Zicht } | { tekst: string }> {
    const sleutel = leesInvoer(dialoogDataSchema, data);
    const opening = await context.diensten.openStap(wieVan(context), { schakelteamId: sleutel.schakelteamId, id: sleutel.hulpvraagId }, (h) => def.actie(h));
    if (opening.soort === 'geweigerd') return { tekst: alsMelding(opening.fout, context.log, { dialoog: def.naam }).tekst };
    const h = opening.hulpvraag;
    // Typically someone else took this step first (the button was on an older card): say so in plain words.
    if (opening.soort === 'niet_aan_de_orde') {
      const eerder = sleutel.versie < h.versie ? 'Iemand anders heeft deze hulpvraag intussen gewijzigd. ' : '';
      return { tekst: `${eerder}Deze stap is nu niet aan de orde: de hulpvraag staat op "${STATUS_NAMEN[h.status]}". Open de hulpvraag opnieuw voor de huidige stand.` };
    }
    const nogNiet = def.nogNiet?.(h);
    if (nogNiet) return { tekst: nogNiet };
    const kijker: Kijker = { ...context.persoon, koppelrollen: opening.koppelrollen };
    const zicht = zichtVoor(h, kijker);
    const nodig = def.nodig?.(h);
    if (nodig && !magZien(zicht, nodig)) return { tekst: VERBORGEN };
    return { h, versie: sleutel.versie, kijker, zicht };
  }

  const formulier = async (context: BeurtContext, h: Hulpvraag, versie: number, invulling: Invulling, container: Container, zicht: Zicht): Promise<Formulieruitkomst> => ({
    soort: 'formulier',
    titel: `${def.titel} · ${h.nummer}`,
    kaart: await def.kaart(h, invulling, formulierknoppen(def.naam, h, versie, container, def.opslaan), vandaag(context), context, zicht),
  });

  return {
    naam: def.naam,
    sjabloon: def.sjabloon,
    velden: (h) => def.velden(h),
    async open(context, data, container) {
      const gevonden = await casus(context, data);
      if ('tekst' in gevonden) return { soort: 'bericht', tekst: gevonden.tekst };
      const { h, zicht } = gevonden;
      return formulier(context, h, h.versie, { waarden: def.beginwaarden(h, vandaag(context)), fouten: {}, melding: '', meldingKleur: 'Default' }, container, zicht);
    },
    async verstuur(context, data, container) {
      const gevonden = await casus(context, data);
      if ('tekst' in gevonden) return { soort: 'bericht', tekst: gevonden.tekst };
      const { h, versie, kijker, zicht } = gevonden;
      const waarden = getypt(data, def.velden(h));
      const lezing = await def.lees(waarden, h, vandaag(context), context);
      const opnieuw = (fouten: Readonly<Record<string, string>>, melding: string, meldingKleur: Invulling['meldingKleur'], metVersie = versie) =>
        formulier(context, h, metVersie, { waarden, fouten, melding, meldingKleur }, container, zicht);
      if ('fouten' in lezing) return opnieuw(lezing.fouten, 'Nog niet opgeslagen: verbeter de gemarkeerde velden.', 'Attention');
      let uitkomst;
      try {
        uitkomst = await context.diensten.voerActieUit(wieVan(context), { schakelteamId: h.schakelteamId, id: h.id }, versie, lezing.gebeurtenis);
      } catch (error) {
        // The domain's own invariants (e.g. a termijn in the past) come back on the form, with what was typed.
        if (isDomainError(error, FOUTCODES.ongeldigeInvoer) || isDomainError(error, FOUTCODES.toestemmingOnvolledig)) {
          return opnieuw({}, `Nog niet opgeslagen: ${error.message}.`, 'Attention');
        }
        if (isDomainError(error, FOUTCODES.transitieNietToegestaan)) return { soort: 'bericht', tekst: `${error.message}.` };
        throw error;
      }
      if (uitkomst.soort === 'geweigerd') return { soort: 'bericht', tekst: alsMelding(uitkomst.fout, context.log).tekst };
      // Someone else changed the case first: the form stays, now on the current version, so nothing typed is lost.
      if (uitkomst.soort === 'verouderd') return opnieuw({}, VEROUDERD, 'Warning', uitkomst.hulpvraag.versie);
      return {
        soort: 'klaar',
        kaart: hulpvraagKaart(uitkomst.hulpvraag, kijker, {
          ...(await kaartOptiesVoor(context, uitkomst.hulpvraag)),
          melding: typeof def.bevestiging === 'string' ? def.bevestiging : await def.bevestiging(uitkomst.hulpvraag, context),
          meldingKleur: 'Good',
        }),
      };
    },
  };
}

/** The read-only views of a case, and how the audit log names each read. */
const WEERGAVEN = { details: 'details bekeken', planinzage: 'plan bekeken' } as const satisfies Record<string, Weergave>;

/** A case to read in a dialog (plan, details): the case and who reads it (with their binding roles), or the sentence why they may not. */
export async function leesbareCasus(
  context: BeurtContext,
  data: unknown,
  dialoog: keyof typeof WEERGAVEN,
): Promise<{ readonly h: Hulpvraag; readonly kijker: Kijker } | { readonly tekst: string }> {
  const sleutel = leesInvoer(dialoogDataSchema, data);
  // The use case decided (and audited) whether this person may read it; here it is only put into words.
  const { hulpvraag, magLezen, koppelrollen } = await context.diensten.bekijk(wieVan(context), { schakelteamId: sleutel.schakelteamId, id: sleutel.hulpvraagId }, WEERGAVEN[dialoog]);
  if (magLezen) return { h: hulpvraag, kijker: { ...context.persoon, koppelrollen } };
  context.log.info('geweigerd', { code: FOUTCODES.nietBetrokken, dialoog });
  return { tekst: MELDINGEN[FOUTCODES.nietBetrokken] };
}
