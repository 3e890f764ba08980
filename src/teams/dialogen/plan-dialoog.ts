import { Hulpvraag, regierolhouder } from '../../domain/hulpvraag';
import { ROL_NAMEN } from '../../domain/personen';
import { Doel, DoelInvoer, MAX_DOELEN, MAX_TEKST, doelVanAfspraak } from '../../domain/plan-van-aanpak';
import { datumNl, isLocalDate } from '../../domain/tijd';
import { Doelblok, PLAN_DOELVELDEN, PlanDoelveld } from '../kaarten/modellen';
import { renderKaart } from '../kaarten/render';
import { Lezing, casusDialoog } from './dialoog';

/** Seed 002's form has three goal blocks: a new plan offers three, an existing one one more than it has. */
const BEGIN_DOELEN = 3;

const veldId = (veld: PlanDoelveld, nummer: number) => `${veld}${nummer}`;
const VELDEN = Array.from({ length: MAX_DOELEN }, (_, i) => PLAN_DOELVELDEN.map((veld) => veldId(veld, i + 1))).flat();

function aantalBlokken(h: Hulpvraag, waarden: Readonly<Record<string, string>>): number {
  let laatstIngevuld = 0;
  for (let n = 1; n <= MAX_DOELEN; n++) if (PLAN_DOELVELDEN.some((veld) => waarden[veldId(veld, n)])) laatstIngevuld = n;
  return Math.min(MAX_DOELEN, Math.max(BEGIN_DOELEN, (h.plan?.doelen.length ?? 0) + 1, laatstIngevuld));
}

function leeg(): Record<PlanDoelveld, string> {
  return { doel: '', acties: '', termijn: '', verantwoordelijke: '' };
}

const MELDING: Record<PlanDoelveld, string> = {
  doel: `Beschrijf het doel (maximaal ${MAX_TEKST.doel} tekens).`,
  acties: `Noem de acties en waaraan u ziet dat het werkt (maximaal ${MAX_TEKST.acties} tekens).`,
  termijn: 'Kies een termijn.',
  verantwoordelijke: 'Noem wie verantwoordelijk is voor het resultaat.',
};
const MAXIMUM: Record<PlanDoelveld, number> = { ...MAX_TEKST, termijn: 10 };

/**
 * Reads the goal blocks: a block left entirely empty is no goal (so clearing a block removes that goal); a block
 * filled in partly is marked field by field. Block n edits the plan's n-th goal, so a goal keeps its id.
 */
function lees(waarden: Readonly<Record<string, string>>, h: Hulpvraag): Lezing {
  const fouten: Record<string, string> = {};
  const doelen: DoelInvoer[] = [];
  for (let n = 1; n <= MAX_DOELEN; n++) {
    const blok = Object.fromEntries(PLAN_DOELVELDEN.map((veld) => [veld, waarden[veldId(veld, n)] ?? ''])) as Record<PlanDoelveld, string>;
    if (PLAN_DOELVELDEN.every((veld) => blok[veld] === '')) continue;
    for (const veld of PLAN_DOELVELDEN) {
      const ongeldig = blok[veld] === '' || blok[veld].length > MAXIMUM[veld] || (veld === 'termijn' && !isLocalDate(blok[veld]));
      if (ongeldig) fouten[veldId(veld, n)] = MELDING[veld];
    }
    const id = h.plan?.doelen[n - 1]?.id;
    doelen.push({ ...(id ? { id } : {}), ...blok });
  }
  if (doelen.length === 0) fouten[veldId('doel', 1)] = 'Een plan van aanpak heeft minstens één doel.';
  return Object.keys(fouten).length > 0 ? { fouten } : { gebeurtenis: { soort: 'plan_vastgelegd', doelen } };
}

/** Without a plan yet, the meeting's agreements are offered as its first goals (the casusregisseur decides). */
function aangeboden(h: Hulpvraag): readonly Omit<Doel, 'id'>[] {
  const afspraken = h.afspraken;
  return afspraken ? afspraken.acties.map((a) => doelVanAfspraak(a, afspraken.overleg)) : [];
}

/** The plan van aanpak (seed 002): drawn up and edited by the regierol holder; every change is in the history. */
export const planDialoog = casusDialoog({
  naam: 'plan',
  sjabloon: 'plan',
  titel: 'Plan van aanpak',
  actie: () => 'plan_vastgelegd',
  opslaan: 'Plan opslaan',
  bevestiging: 'Het plan van aanpak is opgeslagen.',
  nogNiet: (h) => (h.uitvraag ? undefined : 'Leg eerst de uitvraag leefgebieden vast; daarna stelt u het plan van aanpak op.'),
  // The plan is "wat" information (seed 002): its form shows the goals, the meeting's agreements and who is involved.
  nodig: () => 'inhoud',
  velden: () => VELDEN,
  beginwaarden: (h) =>
    Object.fromEntries(
      (h.plan?.doelen ?? aangeboden(h)).flatMap((d, i) => PLAN_DOELVELDEN.map((veld) => [veldId(veld, i + 1), d[veld]])),
    ),
  kaart(h, invulling, knoppen) {
    const houder = regierolhouder(h);
    const anderen = h.betrokkenen.filter((b) => b.rol !== 'regierolhouder' && b.rol !== 'kandidaat_regierol');
    const doelen: Doelblok<PlanDoelveld>[] = Array.from({ length: aantalBlokken(h, invulling.waarden) }, (_, i) => {
      const n = i + 1;
      const per = (bron: Readonly<Record<string, string>>) => ({ ...leeg(), ...Object.fromEntries(PLAN_DOELVELDEN.map((veld) => [veld, bron[veldId(veld, n)] ?? ''])) });
      return {
        kop: n > (h.plan?.doelen.length ?? 0) && n > 1 ? `Doel ${n} (optioneel)` : `Doel ${n}`,
        ids: Object.fromEntries(PLAN_DOELVELDEN.map((veld) => [veld, veldId(veld, n)])) as Record<PlanDoelveld, string>,
        waarden: per(invulling.waarden),
        fouten: per(invulling.fouten),
      };
    });
    return renderKaart('plan', {
      titel: `Plan van aanpak · ${h.nummer}`,
      uitleg: h.plan
        ? `Opgesteld op ${datumNl(h.plan.opgesteld)}, laatst gewijzigd op ${datumNl(h.plan.gewijzigd)}. Maak een blok leeg om dat doel te schrappen.`
        : h.afspraken
          ? `De afspraken uit het schakelteamoverleg van ${datumNl(h.afspraken.overleg)} staan hieronder als doelen klaar: vul ze aan, pas ze aan of maak een blok leeg. Bij de evaluaties wordt elk doel apart beoordeeld.`
          : 'Leg per doel vast wat er gebeurt, waaraan u ziet dat het werkt, wanneer, en wie verantwoordelijk is. Bij de evaluaties wordt elk doel apart beoordeeld.',
      melding: invulling.melding,
      meldingKleur: invulling.meldingKleur,
      rollen: [
        { titel: 'Casusregisseur', waarde: houder ? houder.naam : 'nog niemand' },
        ...anderen.map((b) => ({ titel: b.naam, waarde: ROL_NAMEN[b.rol] + (b.discipline ? ` (${b.discipline})` : '') })),
      ],
      doelen,
      knoppen,
    });
  },
  lees,
});
