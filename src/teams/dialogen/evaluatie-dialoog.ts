import { volgendeEvaluatie } from '../../domain/deadlines';
import { Evaluatie, Hulpvraag } from '../../domain/hulpvraag';
import { DoelEvaluatie } from '../../domain/plan-van-aanpak';
import { datumNl, isLocalDate } from '../../domain/tijd';
import { EVALUATIE_DOELVELDEN, EVALUATIE_VELDEN, EvaluatieDoelveld, EvaluatieVeld } from '../kaarten/modellen';
import { renderKaart } from '../kaarten/render';
import { Lezing, casusDialoog } from './dialoog';

const veldId = (veld: EvaluatieDoelveld, nummer: number) => `${veld}${nummer}`;
const VERVOLGEN: readonly Evaluatie['vervolg'][] = ['doorgaan', 'bijstellen', 'afsluiten', 'escaleren'];
const MAX_TOELICHTING = 300;

function doelVelden(h: Hulpvraag): string[] {
  return (h.plan?.doelen ?? []).flatMap((_, i) => EVALUATIE_DOELVELDEN.map((veld) => veldId(veld, i + 1)));
}

function tekstFout(waarde: string, melding: string): string | undefined {
  if (waarde === '') return melding;
  return waarde.length > MAX_TOELICHTING ? `Maximaal ${MAX_TOELICHTING} tekens.` : undefined;
}

/** Per goal (seed 002): reached yes/no, an explanation, and if not, the extra actions or how the goal is adjusted. */
function leesDoelen(waarden: Readonly<Record<string, string>>, h: Hulpvraag, fouten: Record<string, string>): DoelEvaluatie[] {
  return (h.plan?.doelen ?? []).map((doel, i) => {
    const n = i + 1;
    const waarde = (veld: EvaluatieDoelveld) => waarden[veldId(veld, n)] ?? '';
    const behaald = waarde('behaald');
    if (behaald !== 'ja' && behaald !== 'nee') fouten[veldId('behaald', n)] = 'Kies of dit doel behaald is.';
    const toelichting = tekstFout(waarde('toelichting'), 'Geef een korte toelichting.');
    if (toelichting) fouten[veldId('toelichting', n)] = toelichting;
    const vervolgTekst = waarde('vervolgTekst');
    if (behaald === 'nee') {
      const fout = tekstFout(vervolgTekst, 'Niet behaald: noem de aanvullende acties of hoe het doel wordt bijgesteld.');
      if (fout) fouten[veldId('vervolgTekst', n)] = fout;
    }
    const soort = waarde('vervolgSoort') === 'doel_bijgesteld' ? 'doel_bijgesteld' : 'aanvullende_acties';
    return {
      doelId: doel.id,
      behaald: behaald === 'ja',
      toelichting: waarde('toelichting'),
      ...(behaald === 'nee' ? { vervolg: { soort, tekst: vervolgTekst } } : {}),
    };
  });
}

function lees(waarden: Readonly<Record<string, string>>, h: Hulpvraag, vandaag: string): Lezing {
  const fouten: Record<string, string> = {};
  const doelen = leesDoelen(waarden, h, fouten);
  const waarde = (veld: EvaluatieVeld) => waarden[veld] ?? '';
  if (!h.plan && waarde('evaluatieDoelBereikt') !== 'ja' && waarde('evaluatieDoelBereikt') !== 'nee') fouten.evaluatieDoelBereikt = 'Kies of het doel bereikt is.';
  const toelichting = tekstFout(waarde('evaluatieToelichting'), 'Geef een korte toelichting.');
  if (toelichting) fouten.evaluatieToelichting = toelichting;
  const vervolg = VERVOLGEN.find((v) => v === waarde('evaluatieVervolg'));
  if (!vervolg) fouten.evaluatieVervolg = 'Kies het vervolg.';
  const volgendeDatum = waarde('evaluatieVolgendeDatum');
  if (volgendeDatum !== '' && (!isLocalDate(volgendeDatum) || volgendeDatum <= vandaag)) fouten.evaluatieVolgendeDatum = 'Kies een datum na vandaag, of laat dit leeg.';
  if (Object.keys(fouten).length > 0 || !vervolg) return { fouten };
  return {
    gebeurtenis: {
      soort: 'evaluatie_vastgelegd',
      evaluatie: {
        doelBereikt: h.plan ? doelen.every((d) => d.behaald) : waarde('evaluatieDoelBereikt') === 'ja',
        toelichting: waarde('evaluatieToelichting'),
        vervolg,
        ...(h.plan ? { doelen } : {}),
      },
      ...(volgendeDatum ? { volgendeDatum } : {}),
    },
  };
}

function welke(h: Hulpvraag): string | undefined {
  const open = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (!open) return undefined;
  return `${open.soort === 'tussentijds' ? 'Tussentijdse evaluatie' : 'Evaluatie'} van ${datumNl(open.datum)}`;
}

/** The evaluation at 6 weeks and 3 months, from the case card or straight from the reminder. */
export const evaluatieDialoog = casusDialoog({
  naam: 'evaluatie',
  sjabloon: 'evaluatie',
  titel: 'Evaluatie',
  actie: () => 'evaluatie_vastgelegd',
  opslaan: 'Evaluatie vastleggen',
  bevestiging: 'De evaluatie is vastgelegd.',
  nogNiet: (h) => (welke(h) ? undefined : 'Er staat nu geen evaluatie open.'),
  // Each goal of the plan is shown to be evaluated: "wat" information.
  nodig: (h) => (h.plan ? 'inhoud' : undefined),
  velden: (h) => [...doelVelden(h), ...EVALUATIE_VELDEN],
  beginwaarden: () => ({}),
  kaart(h, invulling, knoppen) {
    const per = <V extends string>(velden: readonly V[], bron: Readonly<Record<string, string>>, id: (veld: V) => string) =>
      Object.fromEntries(velden.map((veld) => [veld, bron[id(veld)] ?? ''])) as Record<V, string>;
    const doelen = (h.plan?.doelen ?? []).map((doel, i) => {
      const id = (veld: EvaluatieDoelveld) => veldId(veld, i + 1);
      return {
        kop: `Doel ${i + 1}`,
        omschrijving: doel.doel,
        details: `Termijn ${datumNl(doel.termijn)} · resultaatverantwoordelijke: ${doel.verantwoordelijke}`,
        ids: Object.fromEntries(EVALUATIE_DOELVELDEN.map((veld) => [veld, id(veld)])) as Record<EvaluatieDoelveld, string>,
        // "Aanvullende acties" is the usual answer when a goal is not reached (seed 002 asks it first).
        waarden: { ...per(EVALUATIE_DOELVELDEN, invulling.waarden, id), vervolgSoort: invulling.waarden[id('vervolgSoort')] || 'aanvullende_acties' },
        fouten: per(EVALUATIE_DOELVELDEN, invulling.fouten, id),
      };
    });
    return renderKaart('evaluatie', {
      titel: `${welke(h) ?? 'Evaluatie'} · ${h.nummer}`,
      uitleg: h.plan
        ? 'Beoordeel elk doel van het plan van aanpak. De hulpvraag heeft haar doel bereikt als elk doel behaald is.'
        : 'Er is nog geen plan van aanpak: beoordeel het doel van de hulpvraag als geheel.',
      melding: invulling.melding,
      meldingKleur: invulling.meldingKleur,
      knoppen,
      metPlan: h.plan !== undefined,
      toelichtingLabel: h.plan ? 'Samenvatting voor de hulpvraag' : 'Toelichting',
      doelen,
      waarden: per(EVALUATIE_VELDEN, invulling.waarden, (v) => v),
      fouten: per(EVALUATIE_VELDEN, invulling.fouten, (v) => v),
    });
  },
  lees,
});
