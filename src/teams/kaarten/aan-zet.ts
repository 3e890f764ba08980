import { BeurtOmgeving, beurtUiterlijk } from '../../domain/beurttermijn';
import { volgendeEvaluatie } from '../../domain/deadlines';
import { Hulpvraag, regierolhouder } from '../../domain/hulpvraag';
import { volgendeStap } from '../../domain/invarianten';
import { Status } from '../../domain/route';
import { datumNl } from '../../domain/tijd';

/** Whose turn it is in each state, and the step they are to take (empty: nobody's). */
const BEURT: Record<Status, readonly [wie: string, stap: string]> = {
  geregistreerd: ['het schakelteam', 'besluit nemen'],
  bij_schakelteam: ['het schakelteam', 'besluit nemen'],
  besloten_regierol: ["de IB'er/COO", 'toestemming vragen'],
  besloten_expertiseteam: ["de IB'er/COO", 'toestemming vragen'],
  besloten_loket: ["de IB'er/COO", 'toestemming vragen'],
  besloten_basisondersteuning: ["de IB'er/COO", ''],
  wacht_op_toestemming: ["de IB'er/COO", 'toestemming vastleggen'],
  regierol_aangeboden: ['de voorgestelde regierolhouder', 'regierol aannemen of weigeren'],
  regierol_actief: ['de regierolhouder', 'voortgang vastleggen'],
  overdracht_aangevraagd: ['het schakelteam', 'overdracht beoordelen'],
  stagnatie_team_no: ['Team NO', 'besluit nemen'],
  terug_voor_afsluiting: ["de IB'er/COO", 'afsluiten'],
  gesloten: ['', ''],
};

/** Who must act now and what, by when (see domain/beurttermijn.ts); `namen`: the viewer may see who is involved. */
export function beurt(h: Hulpvraag, namen: boolean, omgeving: BeurtOmgeving): { wie: string; stap: string; uiterlijk: string } | undefined {
  let [wie, stap] = BEURT[h.status];
  if (!wie) return undefined;
  const houder = regierolhouder(h);
  const kandidaat = h.betrokkenen.find((b) => b.rol === 'kandidaat_regierol');
  const volgende = volgendeStap(h);
  if (volgende?.beheer) [wie, stap] = ['een functioneel beheerder', 'het schakelteam opnieuw koppelen'];
  else if (volgende?.acties.includes('rol_overgenomen')) [wie, stap] = ['het schakelteam', 'de vrijgekomen rol overnemen'];
  else if (h.uitbreiding) [wie, stap] = ["de IB'er/COO", 'toestemming uitbreiden'];
  else if (namen && h.status === 'regierol_actief' && houder) wie = `${houder.naam} (regierolhouder)`;
  else if (namen && h.status === 'regierol_aangeboden' && kandidaat) wie = kandidaat.naam;
  const datum = beurtUiterlijk(h, omgeving);
  return { wie, stap, uiterlijk: datum ? datumNl(datum) : '' };
}

/**
 * Whose turn it is and by when, in words ("Aan zet: het schakelteam — besluit nemen vóór 13 januari 2027").
 * With `namen` (the viewer may see who is involved) the person is named instead of the role.
 */
export function aanZet(h: Hulpvraag, namen: boolean, omgeving: BeurtOmgeving): string {
  const b = beurt(h, namen, omgeving);
  if (!b) return '';
  const stap = b.stap ? ` — ${b.stap}${b.uiterlijk ? ` vóór ${b.uiterlijk}` : ''}` : '';
  return `Aan zet: ${b.wie}${stap}`;
}

/** The next date in the route: the next evaluation while the regierol runs. */
export function volgendeDatum(h: Hulpvraag): string {
  const volgende = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (!volgende || h.status === 'gesloten') return '';
  return `${volgende.soort === 'tussentijds' ? 'Tussentijdse evaluatie' : 'Evaluatie'} uiterlijk ${datumNl(volgende.datum)}`;
}
