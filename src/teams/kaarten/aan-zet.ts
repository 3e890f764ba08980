import { BeurtOmgeving, beurtUiterlijk, wachtOpOverleg } from '../../domain/beurttermijn';
import { volgendeEvaluatie } from '../../domain/deadlines';
import { Hulpvraag, regierolhouder } from '../../domain/hulpvraag';
import { Stapcode, volgendeStap } from '../../domain/invarianten';
import { Rol } from '../../domain/personen';
import { datumNl } from '../../domain/tijd';

/** Who is at turn, in words: the domain decides the roles (invarianten.ts `volgendeStap`), this only names them. */
const WIE: Record<Rol, string> = {
  ib_coo: "de IB'er/COO",
  schakelfunctionaris: 'de schakelfunctionaris O/JH',
  regierolhouder: 'de regierolhouder',
  kandidaat_regierol: 'de voorgestelde regierolhouder',
  expert: 'de expert',
  expertiseteam: 'het expertiseteam',
  loket: 'het Loket',
  team_no: 'Team NO',
};

/** The step in words, keyed by the domain's step code. */
const STAP: Record<Stapcode, string> = {
  doorzetten: 'naar het schakelteam doorzetten',
  besluit_nemen: 'besluit nemen',
  toestemming_vragen: 'toestemming vragen',
  afsluiten: 'afsluiten',
  toestemming_vastleggen: 'toestemming vastleggen',
  regierol_beantwoorden: 'regierol aannemen of weigeren',
  oppakken_en_wegen: 'oppakken en wegen',
  contact_opnemen: 'contact opnemen met de contactpersoon',
  voortgang_vastleggen: 'voortgang vastleggen',
  overdracht_beoordelen: 'overdracht beoordelen',
  toestemming_uitbreiden: 'toestemming uitbreiden',
  rol_overnemen: 'de vrijgekomen rol overnemen',
  opnieuw_koppelen: 'het schakelteam opnieuw koppelen',
};

/** The roles at turn in words: both of the schakelteam's roles are "het schakelteam". */
function wieIs(rollen: readonly Rol[], h: Hulpvraag, namen: boolean): string {
  const [rol] = rollen;
  if (!rol) return 'een functioneel beheerder';
  if (rollen.includes('ib_coo') && rollen.includes('schakelfunctionaris')) return 'het schakelteam';
  const houder = regierolhouder(h);
  const kandidaat = h.betrokkenen.find((b) => b.rol === 'kandidaat_regierol');
  if (namen && rol === 'regierolhouder' && houder) return `${houder.naam} (regierolhouder)`;
  if (namen && rol === 'kandidaat_regierol' && kandidaat) return kandidaat.naam;
  return WIE[rol];
}

/** "vóór 13 januari 2027", or the meeting a new case is decided in: "in het overleg van 13 januari 2027". */
function wanneer(h: Hulpvraag, omgeving: BeurtOmgeving): string {
  const overleg = wachtOpOverleg(h, omgeving);
  if (overleg) return ` in het overleg van ${datumNl(overleg)}`;
  const datum = beurtUiterlijk(h, omgeving);
  return datum ? ` vóór ${datumNl(datum)}` : '';
}

/** The step at turn in words ("overdracht beoordelen"), or undefined when nobody is at turn. */
export function stapNaam(h: Hulpvraag): string | undefined {
  const volgende = volgendeStap(h);
  return volgende && !volgende.systeem ? STAP[volgende.stap] : undefined;
}

/**
 * Who must act now and what by when ("toestemming vastleggen vóór 13 januari 2027", domain/beurttermijn.ts);
 * `namen`: the viewer may see who is involved. Undefined when nobody is at turn: the case is closed, or the bot
 * takes the step itself in the same write.
 */
export function beurt(h: Hulpvraag, namen: boolean, omgeving: BeurtOmgeving): { wie: string; wat: string } | undefined {
  const volgende = volgendeStap(h);
  if (!volgende || volgende.systeem) return undefined;
  return { wie: wieIs(volgende.rollen, h, namen), wat: `${STAP[volgende.stap]}${wanneer(h, omgeving)}` };
}

/**
 * Whose turn it is and by when, in words ("Aan zet: het schakelteam — besluit nemen vóór 13 januari 2027").
 * With `namen` (the viewer may see who is involved) the person is named instead of the role.
 */
export function aanZet(h: Hulpvraag, namen: boolean, omgeving: BeurtOmgeving): string {
  const b = beurt(h, namen, omgeving);
  return b ? `Aan zet: ${b.wie} — ${b.wat}` : '';
}

/** The next date in the route: the next evaluation while the regierol runs. */
export function volgendeDatum(h: Hulpvraag): string {
  const volgende = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (!volgende || h.status === 'gesloten') return '';
  return `${volgende.soort === 'tussentijds' ? 'Tussentijdse evaluatie' : 'Evaluatie'} uiterlijk ${datumNl(volgende.datum)}`;
}
