import { Hulpvraag, regierolhouder } from '../../domain/hulpvraag';
import { ROL_NAMEN } from '../../domain/personen';
import { VERVOLG_NAMEN } from '../../domain/plan-van-aanpak';
import { datumNl } from '../../domain/tijd';
import { magInhoudZien } from '../../domain/zichtbaarheid';
import { BeurtContext } from '../context';
import { afsprakenVoor } from '../kaarten/hulpvraag-feiten';
import { Feit } from '../kaarten/modellen';
import { AdaptiveCard, renderKaart } from '../kaarten/render';
import { VERBS } from '../verbs';
import { Container, Dialoog, Formulieruitkomst, leesbareCasus } from './dialoog';


function laatsteOordeel(h: Hulpvraag, doelId: string): string | undefined {
  const evaluatie = [...h.evaluaties].reverse().find((e) => e.doelen?.some((d) => d.doelId === doelId));
  const oordeel = evaluatie?.doelen?.find((d) => d.doelId === doelId);
  if (!evaluatie || !oordeel) return undefined;
  const vervolg = oordeel.vervolg ? `; ${VERVOLG_NAMEN[oordeel.vervolg.soort].toLowerCase()}: ${oordeel.vervolg.tekst}` : '';
  return `${datumNl(evaluatie.datum)}: ${oordeel.behaald ? 'behaald' : 'niet behaald'} — ${oordeel.toelichting}${vervolg}`;
}

function inzage(h: Hulpvraag, container: Container): AdaptiveCard {
  const plan = h.plan;
  const houder = regierolhouder(h);
  return renderKaart('planinzage', {
    titel: `Plan van aanpak · ${h.nummer}`,
    uitleg: plan ? `Opgesteld op ${datumNl(plan.opgesteld)}, laatst gewijzigd op ${datumNl(plan.gewijzigd)}. De casusregisseur past het plan aan.` : '',
    rollen: [
      { titel: 'Casusregisseur', waarde: houder ? houder.naam : 'nog niemand' },
      ...h.betrokkenen.filter((b) => b.rol !== 'regierolhouder' && b.rol !== 'kandidaat_regierol').map((b) => ({ titel: b.naam, waarde: ROL_NAMEN[b.rol] })),
    ],
    doelen: (plan?.doelen ?? []).map((d, i) => {
      const feiten: Feit[] = [
        { titel: 'Doel', waarde: d.doel },
        { titel: 'Acties (inclusief criteria)', waarde: d.acties },
        { titel: 'Termijn', waarde: datumNl(d.termijn) },
        { titel: 'Resultaatverantwoordelijke', waarde: d.verantwoordelijke },
      ];
      const oordeel = laatsteOordeel(h, d.id);
      if (oordeel) feiten.push({ titel: 'Laatste evaluatie', waarde: oordeel });
      return { kop: `Doel ${i + 1}`, feiten };
    }),
    // The meeting's agreements are part of the plan (seed 000 stap 4: "vastgelegd in het groeidocument").
    ...(h.afspraken ? [{ kop: 'Afspraken uit het overleg', feiten: afsprakenVoor(h, 'alles') }] : []),
    inDialoog: container === 'dialoog',
    terugVerb: VERBS.vernieuwen,
    terugData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
  });
}

async function toon(context: BeurtContext, data: unknown, container: Container): Promise<Formulieruitkomst> {
  const gelezen = await leesbareCasus(context, data, 'planinzage');
  if ('tekst' in gelezen) return { soort: 'bericht', tekst: gelezen.tekst };
  const { h, kijker } = gelezen;
  if (!h.plan) return { soort: 'bericht', tekst: 'Er is nog geen plan van aanpak.' };
  // The plan is "wat" information: the one visibility rule decides (the school's schakelteam always, partners and
  // Team NO only with consent for their organisation).
  if (!magInhoudZien(h, kijker)) {
    return { soort: 'bericht', tekst: 'Het plan van aanpak is inhoudelijke informatie. U ziet het alleen als de toestemming uw organisatie noemt.' };
  }
  return { soort: 'formulier', titel: `Plan van aanpak · ${h.nummer}`, kaart: inzage(h, container) };
}

/** Nothing to save: "verstuur" shows the plan again. */
export const planInzageDialoog: Dialoog = {
  naam: 'planinzage',
  sjabloon: 'planinzage',
  velden: () => [],
  open: toon,
  verstuur: toon,
};
