import { volgendeEvaluatie } from '../../domain/deadlines';
import { Hulpvraag, regierolhouder } from '../../domain/hulpvraag';
import { Status } from '../../domain/route';
import { datumInAmsterdam, datumNl } from '../../domain/tijd';

const WIE: Record<Status, string> = {
  geregistreerd: 'het schakelteam',
  bij_schakelteam: 'het schakelteam: besluit nemen',
  besloten_regierol: "de IB'er/COO: toestemming vragen",
  besloten_expertiseteam: "de IB'er/COO: toestemming vragen",
  besloten_loket: "de IB'er/COO: toestemming vragen",
  besloten_basisondersteuning: "de IB'er/COO",
  wacht_op_toestemming: "de IB'er/COO: toestemming vastleggen",
  regierol_aangeboden: 'de voorgestelde regierolhouder: aannemen of weigeren',
  regierol_actief: 'de regierolhouder',
  overdracht_aangevraagd: 'het schakelteam: overdracht beoordelen',
  stagnatie_team_no: 'Team NO: besluit nemen',
  terug_voor_afsluiting: "de IB'er/COO: afsluiten",
  gesloten: '',
};

/**
 * Whose turn it is and since when, in words ("Aan zet: het schakelteam: besluit nemen (sinds 23 november 2026)").
 * With `namen` (the viewer may see who is involved) the person is named instead of the role.
 */
export function aanZet(h: Hulpvraag, namen: boolean): string {
  let wie = WIE[h.status];
  if (!wie) return '';
  const houder = regierolhouder(h);
  const kandidaat = h.betrokkenen.find((b) => b.rol === 'kandidaat_regierol');
  if (h.uitbreiding) wie = "de IB'er/COO: toestemming uitbreiden";
  else if (namen && h.status === 'regierol_actief' && houder) wie = `${houder.naam} (regierolhouder)`;
  else if (namen && h.status === 'regierol_aangeboden' && kandidaat) wie = `${kandidaat.naam}: regierol aannemen of weigeren`;
  const sinds = h.statusSinds ? ` (sinds ${datumNl(datumInAmsterdam(new Date(h.statusSinds)))})` : '';
  return `Aan zet: ${wie}${sinds}`;
}

/** The next date in the route: the next evaluation while the regierol runs. */
export function volgendeDatum(h: Hulpvraag): string {
  const volgende = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (!volgende || h.status === 'gesloten') return '';
  return `${volgende.soort === 'tussentijds' ? 'Tussentijdse evaluatie' : 'Evaluatie'} uiterlijk ${datumNl(volgende.datum)}`;
}
