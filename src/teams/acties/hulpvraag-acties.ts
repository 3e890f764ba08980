import { z } from 'zod';
import { BeurtContext, GekozenPersoon, KaartActie, splitsIds } from '../context';
import { VERBS } from '../verbs';
import { Veldfout, datumSchema, disciplineSchema, kortetekst, verplichteTekst } from './invoer';
import { Bouwer, routeActie } from './route';
import { DISCIPLINES } from '../../domain/personen';
import { ToestemmingInvoer } from '../../domain/toestemming';

const geen = z.object({});

async function gekozen(context: BeurtContext, ids: string | undefined, veld: string, melding: string): Promise<GekozenPersoon[]> {
  const personen = await context.kiesPersonen(splitsIds(ids));
  if (personen.length === 0) throw new Veldfout(veld, melding);
  return personen;
}

/**
 * A route form: the one schema of its inputs and how they become the event. The forms' dialogs
 * (src/teams/dialogen/route-formulieren.ts) and the card verbs below (still on cards posted before the dialogs)
 * share it.
 */
export interface RouteFormulier<S extends z.ZodObject> {
  readonly schema: S;
  readonly bouw: Bouwer<S>;
}

const formulier = <S extends z.ZodObject>(schema: S, bouw: Bouwer<S>): RouteFormulier<S> => ({ schema, bouw });

const besluitSchema = z.object({
  besluitSoort: z.enum(['regierol', 'expertiseteam', 'loket', 'basisondersteuning'], 'Kies een besluit'),
  besluitPersonen: z.string().optional(),
  besluitDiscipline: disciplineSchema.optional(),
  besluitReden: verplichteTekst(300, 'Geef een reden voor het besluit'),
  verwijsindex: z.enum(['ja', 'nee'], 'Beantwoord de Verwijsindex-vraag'),
  verwijsindexWie: kortetekst(100).optional(),
});

export const BESLUIT = formulier(besluitSchema, async (invoer, context) => {
  const nodigPersonen = invoer.besluitSoort !== 'basisondersteuning';
  const personen = nodigPersonen
    ? await gekozen(context, invoer.besluitPersonen, 'besluitPersonen', 'Kies wie de regierol krijgt (of de leden van het expertiseteam)')
    : [];
  const discipline = invoer.besluitSoort === 'loket' ? 'Loket-medewerker' : invoer.besluitDiscipline;
  if (invoer.besluitSoort === 'regierol' && !discipline) throw new Veldfout('besluitDiscipline', 'Kies de discipline van de expert');
  return {
    soort: 'besluit',
    besluit: invoer.besluitSoort,
    reden: invoer.besluitReden,
    verwijsindex: { nodig: invoer.verwijsindex === 'ja', wie: invoer.verwijsindexWie || undefined },
    personen: personen.map((p) => ({ ...p, rol: 'kandidaat_regierol' as const, discipline })),
  };
});
const besluiten = routeActie(VERBS.besluiten, BESLUIT.schema, BESLUIT.bouw);

const jaNee = z.enum(['ja', 'nee']).optional();
/** One answer per signatory of the toestemmingsverklaring (seed 002); representative 2 may be "één ouder met gezag". */
const toestemmingSchema = z.object({
  toestemmingOuder1: jaNee,
  toestemmingOuder2: z.enum(['ja', 'nee', 'een_ouder']).optional(),
  toestemmingLeerling: jaNee,
  toestemmingPartners: z.string().optional(),
  toestemmingDatum: datumSchema,
  toestemmingWijze: z.enum(['papier', 'mondeling', 'digitaal'], 'Kies hoe de toestemming is gegeven'),
});

const alsAntwoord = (waarde: 'ja' | 'nee' | 'een_ouder' | undefined) => (waarde === 'ja' ? true : waarde === 'nee' ? false : undefined);

function toestemmingInvoer(invoer: z.infer<typeof toestemmingSchema>): ToestemmingInvoer {
  return {
    antwoorden: { ouder1: alsAntwoord(invoer.toestemmingOuder1), ouder2: alsAntwoord(invoer.toestemmingOuder2), leerling: alsAntwoord(invoer.toestemmingLeerling) },
    eenOuderMetGezag: invoer.toestemmingOuder2 === 'een_ouder',
    partners: splitsIds(invoer.toestemmingPartners),
    datum: invoer.toestemmingDatum,
    wijze: invoer.toestemmingWijze,
  };
}

export const TOESTEMMING = formulier(toestemmingSchema, (invoer) => ({ soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer(invoer) }));
export const TOESTEMMING_UITBREIDEN = formulier(toestemmingSchema, (invoer) => ({ soort: 'toestemming_uitgebreid', invoer: toestemmingInvoer(invoer) }));
const UITBREIDING_BEVESTIGD = 'De toestemming is vastgelegd; de stap die erop wachtte gaat verder.';
const toestemming = routeActie(VERBS.toestemming, TOESTEMMING.schema, TOESTEMMING.bouw);
const toestemmingUitbreiden = routeActie(VERBS.toestemmingUitbreiden, TOESTEMMING_UITBREIDEN.schema, TOESTEMMING_UITBREIDEN.bouw, UITBREIDING_BEVESTIGD);

export const REGIEROL_AANVAARD = 'U heeft de regierol. Dank u wel!';
export const REGIEROL_GEWEIGERD = 'Geweigerd. Het schakelteam kiest opnieuw.';
const accepteren = routeActie(VERBS.accepteren, geen, () => ({ soort: 'regierol_geaccepteerd' }), REGIEROL_AANVAARD);

export const INTREKKEN = formulier(geen, () => ({ soort: 'toestemming_ingetrokken' }));
export const INGETROKKEN = 'De intrekking is vastgelegd. Wie daardoor geen toegang meer heeft, krijgt bericht.';
const intrekken = routeActie(VERBS.toestemmingIntrekken, INTREKKEN.schema, INTREKKEN.bouw, INGETROKKEN);

const weigerSchema = z.object({ weigerReden: verplichteTekst(300, 'Geef een reden') });
const weigeren = routeActie(VERBS.weigeren, weigerSchema, (invoer) => ({ soort: 'regierol_geweigerd', reden: invoer.weigerReden }), REGIEROL_GEWEIGERD);

/** The answer to an offer of the regierol, as one form: accept, or decline with a reason. */
export const AANBOD = formulier(
  z.object({ aanbodAntwoord: z.enum(['accepteren', 'weigeren'], 'Kies of u de regierol aanneemt'), weigerReden: kortetekst(300).optional() }),
  (invoer) => {
    if (invoer.aanbodAntwoord === 'accepteren') return { soort: 'regierol_geaccepteerd' };
    if (!invoer.weigerReden) throw new Veldfout('weigerReden', 'Geef een reden waarom u weigert');
    return { soort: 'regierol_geweigerd', reden: invoer.weigerReden };
  },
);

/** The Loket takes a case sent to it and records its weighing (seed 001): which help, by whom, from when. */
export const LOKET = formulier(
  z.object({
    loketLijn: z.enum(['eerste', 'tweede'], 'Kies 1e- of 2e-lijns hulp'),
    loketAanbieder: verplichteTekst(100, 'Noem de aanbieder'),
    loketStart: datumSchema,
  }),
  (invoer) => ({ soort: 'regierol_geaccepteerd', loket: { lijn: invoer.loketLijn, aanbieder: invoer.loketAanbieder, start: invoer.loketStart } }),
);

/** The Loket corrects the start date of its help (the domain checks it against the arrival and today). */
export const LOKET_START = formulier(z.object({ loketStart: datumSchema }), (invoer) => ({ soort: 'loket_start_gecorrigeerd', start: invoer.loketStart }));

/** Consent refused: the Loket says it contacted the person on its card; nothing to fill in but the click. */
export const LOKET_CONTACT = formulier(z.object({}), () => ({ soort: 'loket_contact_opgenomen' }));

export const UITVRAAG = formulier(
  z.object({ uitvraagGedaan: z.enum(['true', 'false']).default('false'), uitvraagToelichting: verplichteTekst(200, 'Noem de methode of waarom niet') }),
  (invoer) => ({ soort: 'uitvraag_vastgelegd', uitvraag: { gedaan: invoer.uitvraagGedaan === 'true', toelichting: invoer.uitvraagToelichting } }),
);
const uitvraag = routeActie(VERBS.uitvraag, UITVRAAG.schema, UITVRAAG.bouw);

export const VOORTGANG = formulier(z.object({ voortgangNotitie: verplichteTekst(200, 'Schrijf kort de voortgang') }), (invoer) => ({
  soort: 'voortgang_vastgelegd',
  notitie: invoer.voortgangNotitie,
}));
const voortgang = routeActie(VERBS.voortgang, VOORTGANG.schema, VOORTGANG.bouw);

export const EXPERT = formulier(
  z.object({ expertPersoon: z.string().optional(), expertDiscipline: z.enum(DISCIPLINES, 'Kies een discipline') }),
  async (invoer, context) => {
    const [persoon] = await gekozen(context, invoer.expertPersoon, 'expertPersoon', 'Kies een expert');
    if (!persoon) throw new Veldfout('expertPersoon', 'Kies een expert');
    return { soort: 'expert_toegevoegd', expert: { ...persoon, rol: 'expert', discipline: invoer.expertDiscipline } };
  },
);
const expert = routeActie(VERBS.expert, EXPERT.schema, EXPERT.bouw);

export const OVERDRACHT = formulier(
  z.object({
    overdrachtPersoon: z.string().optional(),
    overdrachtDiscipline: z.enum(DISCIPLINES, 'Kies een discipline'),
    overdrachtReden: verplichteTekst(300, 'Geef een reden'),
  }),
  async (invoer, context) => {
    const [persoon] = await gekozen(context, invoer.overdrachtPersoon, 'overdrachtPersoon', 'Kies de nieuwe regierolhouder');
    if (!persoon) throw new Veldfout('overdrachtPersoon', 'Kies de nieuwe regierolhouder');
    return {
      soort: 'overdracht_voorgesteld',
      naar: { ...persoon, rol: 'kandidaat_regierol', discipline: invoer.overdrachtDiscipline },
      reden: invoer.overdrachtReden,
    };
  },
);
export const OVERDRACHT_VOORGESTELD = 'Overdracht voorgesteld. Het schakelteam beslist; u blijft regierolhouder tot de nieuwe houder accepteert.';
const overdracht = routeActie(VERBS.overdracht, OVERDRACHT.schema, OVERDRACHT.bouw, OVERDRACHT_VOORGESTELD);

const overdrachtGoedkeuren = routeActie(VERBS.overdrachtGoedkeuren, geen, () => ({ soort: 'overdracht_goedgekeurd' }));

const overdrachtAfwijzen = routeActie(
  VERBS.overdrachtAfwijzen,
  z.object({ afwijsReden: verplichteTekst(300, 'Geef een reden') }),
  (invoer) => ({ soort: 'overdracht_afgewezen', reden: invoer.afwijsReden }),
);

/** The schakelteam's judgement of a proposed handover, as one form: approve, or reject with a reason. */
export const OVERDRACHT_BEOORDELEN = formulier(
  z.object({ beoordeling: z.enum(['goedkeuren', 'afwijzen'], 'Kies goedkeuren of afwijzen'), afwijsReden: kortetekst(300).optional() }),
  (invoer) => {
    if (invoer.beoordeling === 'goedkeuren') return { soort: 'overdracht_goedgekeurd' };
    if (!invoer.afwijsReden) throw new Veldfout('afwijsReden', 'Geef een reden voor de afwijzing');
    return { soort: 'overdracht_afgewezen', reden: invoer.afwijsReden };
  },
);

export const TERUGMELDEN = formulier(z.object({ terugToelichting: verplichteTekst(200, 'Geef een korte toelichting') }), (invoer) => ({
  soort: 'teruggemeld',
  toelichting: invoer.terugToelichting,
}));
const terugmelden = routeActie(VERBS.terugmelden, TERUGMELDEN.schema, TERUGMELDEN.bouw);

export const SLUITEN = formulier(z.object({ sluitUitkomst: verplichteTekst(200, 'Noem de uitkomst') }), (invoer) => ({ soort: 'gesloten', uitkomst: invoer.sluitUitkomst }));
const sluiten = routeActie(VERBS.sluiten, SLUITEN.schema, SLUITEN.bouw, 'De hulpvraag is gesloten.');

/** Someone of the schakelteam takes over its other role, which nobody holds since its holder left the team. */
export const ROLOVERNAME = formulier(z.object({ rol: z.enum(['ib_coo', 'schakelfunctionaris'], 'Kies de rol die u overneemt') }), (invoer) => ({
  soort: 'rol_overgenomen',
  rol: invoer.rol,
}));

export const HULPVRAAG_ACTIES: readonly KaartActie[] = [
  besluiten,
  toestemming,
  toestemmingUitbreiden,
  intrekken,
  accepteren,
  weigeren,
  uitvraag,
  voortgang,
  expert,
  overdracht,
  overdrachtGoedkeuren,
  overdrachtAfwijzen,
  terugmelden,
  sluiten,
];

const evaluatie = routeActie(
  VERBS.evaluatie,
  z.object({
    evaluatieDoelBereikt: z.enum(['ja', 'nee'], 'Kies of het doel bereikt is'),
    evaluatieToelichting: verplichteTekst(300, 'Geef een korte toelichting'),
    evaluatieVervolg: z.enum(['doorgaan', 'bijstellen', 'afsluiten', 'escaleren'], 'Kies het vervolg'),
    evaluatieVolgendeDatum: z.union([datumSchema, z.literal('')]).optional(),
  }),
  (invoer) => ({
    soort: 'evaluatie_vastgelegd',
    evaluatie: { doelBereikt: invoer.evaluatieDoelBereikt === 'ja', toelichting: invoer.evaluatieToelichting, vervolg: invoer.evaluatieVervolg },
    ...(invoer.evaluatieVolgendeDatum ? { volgendeDatum: invoer.evaluatieVolgendeDatum } : {}),
  }),
  'De evaluatie is vastgelegd.',
);

export const STAGNATIE = formulier(
  z.object({ stagnatieReden: verplichteTekst(100, 'Kies een reden'), stagnatieToelichting: verplichteTekst(300, 'Geef een korte toelichting') }),
  (invoer) => ({
    soort: 'stagnatie_gemeld',
    reden: invoer.stagnatieReden,
    toelichting: invoer.stagnatieToelichting,
    // The use case fills in the members of the Team NO of the case's region (REGIOS), as bound at this moment.
    teamNo: [],
  }),
);
const stagnatie = routeActie(VERBS.stagnatie, STAGNATIE.schema, STAGNATIE.bouw, (context, hulpvraag) => context.diensten.wanneerBijTeamNo(hulpvraag));

export const TEAM_NO_BESLUIT = formulier(
  z.object({
    teamNoBesluit: verplichteTekst(300, 'Noem het besluit'),
    teamNoOpdracht: verplichteTekst(200, 'Noem de opdracht'),
    teamNoAanbieder: verplichteTekst(100, 'Noem de aanbieder'),
    teamNoDatum: datumSchema,
    teamNoLopend: z.enum(['doorzetten', 'vervalt']).optional(),
  }),
  (invoer) => ({
    soort: 'team_no_besluit',
    besluit: invoer.teamNoBesluit,
    opdracht: invoer.teamNoOpdracht,
    aanbieder: invoer.teamNoAanbieder,
    datum: invoer.teamNoDatum,
    ...(invoer.teamNoLopend ? { lopend: invoer.teamNoLopend } : {}),
  }),
);
export const TEAM_NO_BESLOTEN = 'Het besluit is vastgelegd en teruggemeld aan het schakelteam en de regierolhouder.';
const teamNoBesluit = routeActie(VERBS.teamNoBesluit, TEAM_NO_BESLUIT.schema, TEAM_NO_BESLUIT.bouw, TEAM_NO_BESLOTEN);

export const EVALUATIE_ACTIES: readonly KaartActie[] = [evaluatie, stagnatie, teamNoBesluit];
