import { afspraakHerinnering, termijnTekst, voortgangGevraagd, wachtTekst } from '../../app/herinnering-opmaak';
import { HerinneringOpmaak } from '../../app/ports';
import { BeurtOmgeving } from '../../domain/beurttermijn';
import { Herinnering } from '../../domain/herinnering-status';
import { HerinneringSoort } from '../../domain/herinneringen';
import { Hulpvraag, regierolhouder } from '../../domain/hulpvraag';
import { STATUS_NAMEN } from '../../domain/route';
import { geenVoortgangStagnatie, regelNaam } from '../../domain/stagnatie';
import { datumInAmsterdam, datumNl } from '../../domain/tijd';
import { VERBS } from '../verbs';
import { stapNaam } from './aan-zet';
import { besluitCategorie, stagnatieCategorie } from './hulpvraag-feiten';
import { Beurtinhoud, beurtKaart, metHoofdletter } from './beurt-kaart';
import { dialoogKnop } from './hulpvraag-kaart';
import { Feit } from './modellen';
import { jaNee, planSamenvatting } from './opmaak';
import { AdaptiveCard, renderKaart } from './render';

function herinneringTekst(r: Herinnering, h: Hulpvraag): string {
  const welke = r.evaluatie?.soort === 'eind' ? 'evaluatie' : 'tussentijdse evaluatie';
  const datum = r.evaluatie ? datumNl(r.evaluatie.datum) : '';
  const wacht = wachtTekst(r, h);
  if (wacht) return wacht;
  switch (r.soort) {
    case 'evaluatie_vooraf':
      return `Herinnering: de ${welke} van ${h.nummer} staat op ${datum}.`;
    case 'evaluatie_vandaag':
      return `Vandaag staat de ${welke} van ${h.nummer} gepland. Leg de evaluatie vast op deze kaart.`;
    case 'voortgang_gevraagd':
      return voortgangGevraagd(h);
    case 'afspraak':
      return afspraakHerinnering(r, h);
    case 'termijn_verstreken':
      return termijnTekst(r, h);
    default:
      return `De ${welke} van ${h.nummer} (${datum}) is nog niet vastgelegd. Leg de evaluatie vast op deze kaart.`;
  }
}

/** A stagnation reason as a fixed category: one of seed 003's reasons, the rule that fired, or "Anders". */
/**
 * The concept plan van aanpak as the whole Team NO channel may see it: who, categories, dates and yes/no, never
 * what someone typed. Team NO members see the details through Bekijken, as far as the consent allows.
 */
function plan(h: Hulpvraag): Feit[] {
  const houder = regierolhouder(h);
  const regels: Feit[] = [
    // Who holds the regierol is "dat" information (who, status, dates): the name comes from Teams, nobody typed it.
    { titel: 'Regierol', waarde: houder ? `${houder.naam}${houder.discipline ? ` (${houder.discipline})` : ''}` : 'nog niemand' },
    { titel: 'Besluit schakelteam', waarde: h.besluit ? `${besluitCategorie(h) ?? ''} (${datumNl(h.besluit.datum)})` : 'nog geen' },
    { titel: 'Toestemming', waarde: h.toestemming ? `${h.toestemming.status} (${datumNl(h.toestemming.datum)})` : 'nog niet vastgelegd' },
    { titel: 'Uitvraag leefgebieden', waarde: h.uitvraag ? (h.uitvraag.gedaan ? 'gedaan' : 'niet gedaan') : 'nog niet' },
  ];
  // The plan's goals are "wat" information: this card goes to a channel, so it says only that there is a plan.
  if (h.plan) regels.push({ titel: 'Plan van aanpak', waarde: planSamenvatting(h.plan) });
  if (h.evaluatiedata) regels.push({ titel: 'Evaluaties gepland', waarde: `${datumNl(h.evaluatiedata.tussentijds)} en ${datumNl(h.evaluatiedata.eind)}` });
  for (const e of h.evaluaties) regels.push({ titel: `Evaluatie ${datumNl(e.datum)}`, waarde: `doel bereikt: ${jaNee(e.doelBereikt).toLowerCase()}; vervolg: ${e.vervolg}` });
  if (h.laatsteVoortgang) regels.push({ titel: 'Laatste voortgang', waarde: datumNl(datumInAmsterdam(new Date(h.laatsteVoortgang))) });
  return regels;
}

/**
 * The escalation card in the Team NO channel: every member sees it, so it carries no text anyone typed. Its decision
 * form opens as a dialog (or in place), like every form of the route; who may open it is checked at the click.
 */
export function teamNoKaart(h: Hulpvraag, dialogen: boolean, melding = ''): AdaptiveCard {
  const feiten: Feit[] = [];
  if (h.stagnatie) {
    feiten.push({ titel: 'Reden', waarde: stagnatieCategorie(h.stagnatie) });
    if (h.stagnatie.regel) feiten.push({ titel: 'Automatisch gesignaleerd', waarde: regelNaam(h.stagnatie.regel) });
    feiten.push({ titel: 'Sinds', waarde: datumNl(datumInAmsterdam(new Date(h.stagnatie.sinds))) });
  }
  if (h.teamNoBesluit) feiten.push({ titel: 'Besluit Team NO', waarde: `vastgelegd op ${datumNl(h.teamNoBesluit.datum)}` });
  return renderKaart('teamno', {
    titel: `Stagnatie: ${h.nummer}`,
    school: h.school,
    statusNaam: STATUS_NAMEN[h.status],
    melding,
    feiten,
    plan: plan(h),
    besluit: h.status === 'stagnatie_team_no' ? [dialoogKnop('teamnobesluit', 'Besluit Team NO vastleggen', h, dialogen)] : [],
    actieData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
    verbBekijken: VERBS.vernieuwen,
  });
}

/** The form a reminder's one button opens (when the recipient may take that step); otherwise the case's first step. */
const HERINNERING_STAP: Partial<Record<HerinneringSoort, string>> = {
  evaluatie_vooraf: 'evaluatie',
  evaluatie_vandaag: 'evaluatie',
  evaluatie_achterstallig: 'evaluatie',
  voortgang_gevraagd: 'voortgang',
  aanbod_open: 'aanbod',
  toestemming_open: 'toestemming',
  besluit_open: 'besluit',
  // An agreement is no step of the route: only "Open casus", where the agreements are.
  afspraak: 'details',
};

/**
 * By when, for a reminder that has its own date; a wait's reminder says its turn's deadline (beurt-kaart.ts). "No
 * progress" is due before the day it would count as stagnation: the same day the case card names.
 */
function herinneringWanneer(r: Herinnering, h: Hulpvraag, omgeving: BeurtOmgeving): string | undefined {
  if (r.evaluatie) {
    const datum = datumNl(r.evaluatie.datum);
    return r.soort === 'evaluatie_achterstallig' ? `Evaluatie vastleggen: de datum (${datum}) is voorbij` : `Evaluatie vastleggen uiterlijk ${datum}`;
  }
  if (r.soort === 'afspraak') return ''; // its text says by when
  if (r.soort === 'termijn_verstreken') {
    const stap = stapNaam(h);
    return `${stap ? `${metHoofdletter(stap)}: ` : ''}de termijn (vóór ${datumNl(r.datum)}) is voorbij`;
  }
  if (r.soort !== 'voortgang_gevraagd') return undefined;
  const stagnatie = geenVoortgangStagnatie(h, { limieten: omgeving.stagnatie, feestdagen: omgeving.feestdagen });
  return `Voortgang vastleggen${stagnatie ? ` vóór ${datumNl(stagnatie)}` : ''}`;
}

/** Reminders as short cards in the person's 1:1 chat: what, by when, the step's button and "Open casus". */
export function herinneringKaarten(dialogen: boolean, beurttermijnen: BeurtOmgeving): HerinneringOpmaak {
  return {
    herinnering(r, h) {
      if (r.soort === 'escalatie_team_no') {
        return { kaart: teamNoKaart(h, dialogen, 'Deze hulpvraag is vastgelopen en wacht op een besluit van Team NO.') };
      }
      if (r.ontvanger.soort !== 'persoon') return { tekst: herinneringTekst(r, h) };
      const inhoud: Beurtinhoud = {
        soort: 'Herinnering',
        wat: herinneringTekst(r, h),
        wanneer: herinneringWanneer(r, h, beurttermijnen),
        stap: HERINNERING_STAP[r.soort],
        kleur: r.soort === 'evaluatie_vooraf' || r.soort === 'evaluatie_vandaag' || r.soort === 'afspraak' ? 'Default' : 'Attention',
      };
      return { kaart: beurtKaart(h, r.ontvanger, inhoud, { dialogen, beurttermijnen }) };
    },
  };
}
