import { Evaluatietermijnen, evaluatiedataVanaf, volgendeEvaluatie } from './deadlines';
import { DomainError, FOUTCODES } from './errors';
import { Evaluatie, Hulpvraag, TeamNoBesluit, Uitvraag, metHistorie, persoonsregel, regierolhouder } from './hulpvraag';
import { Betrokkene, Persoon, Rol, zelfdePersoon } from './personen';
import { DoelInvoer, beoordeelDoelen, geevalueerdeDoelen, stelPlanOp } from './plan-van-aanpak';
import { BesluitSoort, GebeurtenisSoort, eisToegestaan, volgendeStatus } from './route';
import { LocalDate, datumInAmsterdam } from './tijd';
import { ToestemmingInvoer, beoordeelToestemming, trekIn } from './toestemming';

export type Gebeurtenis =
  | { soort: 'doorgezet'; kanaalBericht?: { kanaalId: string; activityId: string } }
  | {
      soort: 'besluit';
      besluit: BesluitSoort;
      reden: string;
      verwijsindex: { nodig: boolean; wie?: string };
      /** Who is offered the regierol (regierol, Loket) or the expertiseteam members. */
      personen: readonly Betrokkene[];
    }
  | { soort: 'toestemming_gevraagd' }
  | { soort: 'toestemming_vastgelegd'; invoer: ToestemmingInvoer }
  | { soort: 'toestemming_ingetrokken' }
  | { soort: 'regierol_geaccepteerd' }
  | { soort: 'regierol_geweigerd'; reden: string }
  | { soort: 'uitvraag_vastgelegd'; uitvraag: Uitvraag }
  | { soort: 'plan_vastgelegd'; doelen: readonly DoelInvoer[] }
  | { soort: 'voortgang_vastgelegd'; notitie: string }
  | { soort: 'expert_toegevoegd'; expert: Betrokkene }
  | { soort: 'evaluatie_vastgelegd'; evaluatie: Omit<Evaluatie, 'datum' | 'soort' | 'voor'>; volgendeDatum?: LocalDate }
  | { soort: 'overdracht_voorgesteld'; naar: Betrokkene; reden: string }
  | { soort: 'overdracht_goedgekeurd' }
  | { soort: 'overdracht_afgewezen'; reden: string }
  | { soort: 'stagnatie_gemeld'; reden: string; toelichting: string; regel?: string; teamNo: readonly Betrokkene[] }
  | ({ soort: 'team_no_besluit' } & TeamNoBesluit)
  | { soort: 'teruggemeld'; toelichting: string }
  | { soort: 'heropend'; reden: string }
  | { soort: 'gesloten'; uitkomst: string };

export interface Omgeving {
  readonly moment: Date;
  readonly termijnen: Evaluatietermijnen;
}

type Wijziging = { -readonly [K in keyof Hulpvraag]?: Hulpvraag[K] };

function metBetrokkenen(betrokkenen: readonly Betrokkene[], erbij: readonly Betrokkene[]): Betrokkene[] {
  const resultaat = [...betrokkenen];
  for (const nieuw of erbij) {
    if (!resultaat.some((b) => b.rol === nieuw.rol && zelfdePersoon(b, nieuw))) resultaat.push(nieuw);
  }
  return resultaat;
}

function metRolWeg(betrokkenen: readonly Betrokkene[], rol: Rol): Betrokkene[] {
  return betrokkenen.filter((b) => b.rol !== rol);
}

/**
 * The candidate becomes the holder; a previous holder stays involved as expert (handover, domain.md step 5).
 * Without a candidate (consent given again after a withdrawal) the current holder simply keeps the regierol.
 */
function regierolOvergedragen(h: Hulpvraag, omgeving: Omgeving): Wijziging {
  const kandidaten = h.betrokkenen.filter((b) => b.rol === 'kandidaat_regierol');
  const vorige = regierolhouder(h);
  let betrokkenen = [...h.betrokkenen];
  if (kandidaten.length > 0) {
    betrokkenen = metRolWeg(metRolWeg(h.betrokkenen, 'kandidaat_regierol'), 'regierolhouder');
    betrokkenen = metBetrokkenen(betrokkenen, kandidaten.map((k) => ({ ...k, rol: 'regierolhouder' as const })));
    if (vorige) betrokkenen = metBetrokkenen(betrokkenen, [{ ...vorige, rol: 'expert' }]);
  }
  const regierolSinds = h.regierolSinds ?? omgeving.moment.toISOString();
  return {
    betrokkenen,
    regierolSinds,
    evaluatiedata: h.evaluatiedata ?? evaluatiedataVanaf(new Date(regierolSinds), omgeving.termijnen),
    laatsteVoortgang: omgeving.moment.toISOString(),
  };
}

function wijziging(h: Hulpvraag, g: Gebeurtenis, omgeving: Omgeving): Wijziging {
  const vandaag = datumInAmsterdam(omgeving.moment);
  switch (g.soort) {
    case 'besluit': {
      const rol: Rol = g.besluit === 'expertiseteam' ? 'expertiseteam' : 'kandidaat_regierol';
      const extra: Betrokkene[] = g.personen.map((p) => ({ ...p, rol }));
      // With the expertiseteam the regierol stays with the IB'er/COO who registered the case.
      const ibCoo = h.betrokkenen.find((b) => b.rol === 'ib_coo');
      if (g.besluit === 'expertiseteam' && ibCoo) extra.push({ ...ibCoo, rol: 'kandidaat_regierol' });
      return {
        besluit: { soort: g.besluit, reden: g.reden, verwijsindex: g.verwijsindex, datum: vandaag },
        betrokkenen: metBetrokkenen(h.betrokkenen, extra),
      };
    }
    case 'toestemming_vastgelegd': {
      const toestemming = beoordeelToestemming(h.leerling.leeftijd, g.invoer);
      const actief = toestemming.status === 'gegeven' && h.besluit?.soort === 'expertiseteam';
      return { toestemming, ...(actief ? regierolOvergedragen(h, omgeving) : {}) };
    }
    case 'toestemming_ingetrokken':
      return h.toestemming ? { toestemming: trekIn(h.toestemming, vandaag) } : {};
    case 'regierol_geaccepteerd':
      return regierolOvergedragen(h, omgeving);
    case 'regierol_geweigerd':
      return { betrokkenen: metRolWeg(h.betrokkenen, 'kandidaat_regierol') };
    case 'uitvraag_vastgelegd':
      return { uitvraag: g.uitvraag, laatsteVoortgang: omgeving.moment.toISOString() };
    case 'plan_vastgelegd': {
      // The plan follows the uitvraag (seed 000 step 4): first know the situation, then agree on goals.
      if (!h.uitvraag) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Leg eerst de uitvraag leefgebieden vast');
      const { plan } = stelPlanOp(h.plan, g.doelen, geevalueerdeDoelen(h.evaluaties), vandaag);
      return { plan, laatsteVoortgang: omgeving.moment.toISOString() };
    }
    case 'voortgang_vastgelegd':
      return { laatsteVoortgang: omgeving.moment.toISOString() };
    case 'expert_toegevoegd':
      return { betrokkenen: metBetrokkenen(h.betrokkenen, [{ ...g.expert, rol: 'expert' }]) };
    case 'evaluatie_vastgelegd': {
      // It answers the evaluation that is due next; "doorgaan met een nieuwe datum" plans the next one on that date.
      const open = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
      if (!open || !h.evaluatiedata) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Er staat geen evaluatie open');
      if (g.volgendeDatum !== undefined && g.volgendeDatum <= vandaag) {
        throw new DomainError(FOUTCODES.ongeldigeInvoer, 'De nieuwe evaluatiedatum moet na vandaag liggen');
      }
      // With a plan every goal is evaluated on its own and the case-level answer follows from the goals.
      if (h.plan && !g.evaluatie.doelen) throw new DomainError(FOUTCODES.ongeldigeInvoer, 'Evalueer elk doel van het plan van aanpak');
      const doelBereikt = h.plan && g.evaluatie.doelen ? beoordeelDoelen(h.plan, g.evaluatie.doelen).doelBereikt : g.evaluatie.doelBereikt;
      return {
        evaluaties: [...h.evaluaties, { ...g.evaluatie, doelBereikt, soort: open.soort, voor: open.datum, datum: vandaag }],
        evaluatiedata: g.volgendeDatum ? { ...h.evaluatiedata, eind: g.volgendeDatum } : h.evaluatiedata,
        laatsteVoortgang: omgeving.moment.toISOString(),
      };
    }
    case 'overdracht_voorgesteld':
      return { overdracht: { naar: g.naar, reden: g.reden } };
    case 'overdracht_goedgekeurd':
      if (!h.overdracht) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Er is geen overdracht voorgesteld');
      return {
        overdracht: undefined,
        betrokkenen: metBetrokkenen(h.betrokkenen, [{ ...h.overdracht.naar, rol: 'kandidaat_regierol' }]),
      };
    case 'overdracht_afgewezen':
      return { overdracht: undefined };
    case 'stagnatie_gemeld':
      return {
        stagnatie: { reden: g.reden, toelichting: g.toelichting, regel: g.regel, sinds: omgeving.moment.toISOString() },
        betrokkenen: metBetrokkenen(h.betrokkenen, g.teamNo.map((p) => ({ ...p, rol: 'team_no' as const }))),
      };
    case 'team_no_besluit':
      return {
        stagnatie: undefined,
        teamNoBesluit: { besluit: g.besluit, opdracht: g.opdracht, aanbieder: g.aanbieder, datum: g.datum },
        laatsteVoortgang: omgeving.moment.toISOString(),
      };
    case 'gesloten':
      return { uitkomst: g.uitkomst, betrokkenen: metRolWeg(h.betrokkenen, 'kandidaat_regierol') };
    case 'doorgezet':
      return g.kanaalBericht ? { kanaalBericht: g.kanaalBericht } : {};
    case 'toestemming_gevraagd':
    case 'teruggemeld':
    case 'heropend':
      return {};
  }
}

/** History holds "dat" information: what happened and the short reasons, never clinical content. */
function historieDetails(g: Gebeurtenis, h: Hulpvraag, vandaag: LocalDate): Record<string, string> {
  switch (g.soort) {
    case 'plan_vastgelegd':
      // Which goals changed and in which parts; the plan itself keeps the content (it is "wat" information).
      return { ...stelPlanOp(h.plan, g.doelen, geevalueerdeDoelen(h.evaluaties), vandaag).samenvatting };
    case 'besluit':
      return { besluit: g.besluit, reden: g.reden, verwijsindex: g.verwijsindex.nodig ? `ja (${g.verwijsindex.wie ?? '?'})` : 'nee' };
    case 'toestemming_vastgelegd':
      return { datum: g.invoer.datum, wijze: g.invoer.wijze, partners: g.invoer.partners.join(', ') };
    case 'regierol_geweigerd':
    case 'overdracht_afgewezen':
    case 'heropend':
      return { reden: g.reden };
    case 'uitvraag_vastgelegd':
      return { gedaan: g.uitvraag.gedaan ? 'ja' : 'nee', toelichting: g.uitvraag.toelichting };
    case 'voortgang_vastgelegd':
      return { notitie: g.notitie };
    case 'expert_toegevoegd':
      return { expert: g.expert.naam, discipline: g.expert.discipline ?? '' };
    case 'evaluatie_vastgelegd':
      if (g.evaluatie.doelen) {
        const behaald = g.evaluatie.doelen.filter((d) => d.behaald).length;
        return { doelen: `${behaald} van ${g.evaluatie.doelen.length} behaald`, vervolg: g.evaluatie.vervolg, ...(g.volgendeDatum ? { volgendeDatum: g.volgendeDatum } : {}) };
      }
      return { doelBereikt: g.evaluatie.doelBereikt ? 'ja' : 'nee', vervolg: g.evaluatie.vervolg, ...(g.volgendeDatum ? { volgendeDatum: g.volgendeDatum } : {}) };
    case 'overdracht_voorgesteld':
      return { naar: g.naar.naam, reden: g.reden };
    case 'stagnatie_gemeld':
      return { reden: g.reden, ...(g.regel ? { regel: g.regel } : {}) };
    case 'team_no_besluit':
      return { besluit: g.besluit, opdracht: g.opdracht, aanbieder: g.aanbieder, datum: g.datum };
    case 'teruggemeld':
      return { toelichting: g.toelichting };
    case 'gesloten':
      return { uitkomst: g.uitkomst };
    default:
      return {};
  }
}

/**
 * Applies one event: checks the route, changes the data, appends one history line and bumps the version.
 * Authorization is separate (beleid.ts) so the system itself can apply events too (automatic stagnation).
 */
export function pasToe(h: Hulpvraag, g: Gebeurtenis, door: Persoon, omgeving: Omgeving): Hulpvraag {
  const soort: GebeurtenisSoort = g.soort;
  eisToegestaan(h.status, soort);
  const veranderd = { ...h, ...wijziging(h, g, omgeving) };
  const status = volgendeStatus(h.status, soort, {
    besluit: g.soort === 'besluit' ? g.besluit : h.besluit?.soort,
    toestemmingGegeven: veranderd.toestemming?.status === 'gegeven',
    heeftActieveRegierol: regierolhouder(h) !== undefined,
    heeftKandidaat: h.betrokkenen.some((b) => b.rol === 'kandidaat_regierol'),
  });
  const tijdstip = omgeving.moment.toISOString();
  return {
    ...veranderd,
    status,
    versie: h.versie + 1,
    bijgewerkt: tijdstip,
    geschiedenis: metHistorie(h.geschiedenis, { tijdstip, door: persoonsregel(door), wat: soort, details: historieDetails(g, h, datumInAmsterdam(omgeving.moment)) }),
  };
}
