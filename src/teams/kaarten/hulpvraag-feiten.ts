import { volgendeEvaluatie } from '../../domain/deadlines';
import { isDomainError } from '../../domain/errors';
import { Hulpvraag } from '../../domain/hulpvraag';
import { alsPlatteTekst } from '../../domain/invoerregels';
import { Betrokkene, ROL_NAMEN } from '../../domain/personen';
import { STATUS_NAMEN } from '../../domain/route';
import { regelNaam } from '../../domain/stagnatie';
import { LocalDate, datumInAmsterdam, datumNl } from '../../domain/tijd';
import { leeftijdOpDatum } from '../../domain/toestemming';
import { Zicht, magZien, zichtbareBetrokkenen } from '../../domain/zichtbaarheid';
import { Feit } from './modellen';
import { jaNee, planSamenvatting } from './opmaak';

/** The reasons for stagnation named in the seeds (seed 003), plus "anders": the form offers these. */
export const STAGNATIE_REDENEN = [
  'Geen overeenstemming over de meest passende inzet',
  'Wachtlijst',
  'Geen overbruggingszorg',
  'Budgetdiscussie',
  'Uiterst complexe of buitengewone situatie',
  'Anders',
];

/** The reason for a stagnation as a fixed category: a reason outside the list (typed) is "Anders". */
export function stagnatieCategorie(stagnatie: NonNullable<Hulpvraag['stagnatie']>): string {
  if (stagnatie.regel) return 'Automatisch gesignaleerd';
  return STAGNATIE_REDENEN.includes(stagnatie.reden) ? stagnatie.reden : 'Anders';
}

/** The decision as a fixed category (never the reason someone typed). */
export function besluitCategorie(h: Pick<Hulpvraag, 'besluit'>): string | undefined {
  return h.besluit ? STATUS_NAMEN[`besloten_${h.besluit.soort}`].replace('Besloten: ', '') : undefined;
}

const tekst = (waarde: string): string => alsPlatteTekst(waarde);
const dag = (tijdstip: string): string => datumNl(datumInAmsterdam(new Date(tijdstip)));

/** The age on a day, or undefined when the stored data cannot give one (a birth date after that day). */
export function leeftijd(h: Hulpvraag, datum: LocalDate): number | undefined {
  try {
    return leeftijdOpDatum(h.leerling.leeftijd, datum);
  } catch (fout) {
    if (isDomainError(fout)) return undefined;
    throw fout;
  }
}

function rolVan(b: Betrokkene): string {
  return ROL_NAMEN[b.rol] + (b.discipline ? ` (${b.discipline})` : '');
}

/**
 * The facts of a case a viewer with this `zicht` may see (domain/zichtbaarheid.ts decides the zicht): dates and
 * "dat" facts as fixed categories first, what was typed about the pupil only with zicht "alles", as plain text.
 */
export function feitenVoor(h: Hulpvraag, zicht: Zicht, vandaag: LocalDate): Feit[] {
  const lijst: Feit[] = [];
  const mag = (groep: Parameters<typeof magZien>[1]) => magZien(zicht, groep);
  if (mag('inhoud')) {
    lijst.push(
      { titel: 'Leerling', waarde: `${tekst(h.leerling.referentie)} · ${tekst(h.leerling.groep)} · ${leeftijd(h, vandaag) ?? '?'} jaar` },
      { titel: 'Vraag', waarde: tekst(h.vraag) },
    );
    if (h.signalen) lijst.push({ titel: 'Signalen', waarde: tekst(h.signalen) });
    if (h.geprobeerd) lijst.push({ titel: 'Geprobeerd', waarde: tekst(h.geprobeerd) });
    lijst.push({ titel: 'Ouders op de hoogte', waarde: jaNee(h.oudersOpDeHoogte) }, { titel: 'Adviesvraag', waarde: jaNee(h.alleenAdvies) });
  }
  if (mag('data')) lijst.push({ titel: 'Geregistreerd', waarde: dag(h.aangemaakt) });
  if (h.besluit && mag('datFeiten')) {
    const reden = mag('inhoud') ? ` — ${tekst(h.besluit.reden)}` : '';
    lijst.push({ titel: 'Besluit', waarde: `${besluitCategorie(h) ?? ''}${reden} (${datumNl(h.besluit.datum)})` });
  } else if (h.besluit && mag('data')) lijst.push({ titel: 'Besluit genomen', waarde: datumNl(h.besluit.datum) });
  if (h.besluit && mag('inhoud')) {
    lijst.push({ titel: 'Verwijsindex', waarde: h.besluit.verwijsindex.nodig ? `Melding nodig (${tekst(h.besluit.verwijsindex.wie ?? 'nog niet bepaald')})` : 'Geen melding nodig' });
  }
  if (h.toestemming && mag('datFeiten')) {
    const partners = h.toestemming.partners.length ? `: ${h.toestemming.partners.join(', ')}` : '';
    lijst.push({ titel: 'Toestemming', waarde: `${h.toestemming.status} op ${datumNl(h.toestemming.datum)} (${h.toestemming.wijze})${partners}` });
  }
  if (h.regierolSinds && mag('data')) lijst.push({ titel: 'Regierol sinds', waarde: dag(h.regierolSinds) });
  const volgende = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (volgende && mag('data')) lijst.push({ titel: 'Volgende evaluatie', waarde: `${volgende.soort === 'tussentijds' ? 'tussentijds' : 'eindevaluatie'} ${datumNl(volgende.datum)}` });
  if (h.uitvraag && mag('datFeiten')) {
    const toelichting = mag('inhoud') ? ` — ${tekst(h.uitvraag.toelichting)}` : '';
    lijst.push({ titel: 'Uitvraag leefgebieden', waarde: `${h.uitvraag.gedaan ? 'gedaan' : 'niet gedaan'}${toelichting}` });
  }
  // The summary counts goals and gives dates ("dat"); the goals themselves are in the plan dialog for who may see them.
  if (h.plan && mag('datFeiten')) lijst.push({ titel: 'Plan van aanpak', waarde: planSamenvatting(h.plan) });
  // What Team NO decides on (seed 003): why and since when the route stalls, as categories; what was typed with "alles".
  if (h.stagnatie && mag('datFeiten')) {
    const regel = h.stagnatie.regel ? `: ${regelNaam(h.stagnatie.regel)}` : '';
    const toelichting = mag('inhoud') ? ` — ${tekst(h.stagnatie.toelichting)}` : '';
    lijst.push({ titel: 'Stagnatie', waarde: `${stagnatieCategorie(h.stagnatie)}${regel}${toelichting} (sinds ${dag(h.stagnatie.sinds)})` });
  }
  if (h.overdracht && mag('inhoud')) lijst.push({ titel: 'Overdracht voorgesteld', waarde: `naar ${h.overdracht.naar.naam} — ${tekst(h.overdracht.reden)}` });
  if (h.teamNoBesluit && mag('datFeiten')) {
    const besluit = mag('inhoud') ? `${tekst(h.teamNoBesluit.besluit)} ` : 'vastgelegd ';
    lijst.push({ titel: 'Besluit Team NO', waarde: `${besluit}(${datumNl(h.teamNoBesluit.datum)})` });
  }
  if (h.uitkomst && mag('inhoud')) lijst.push({ titel: 'Uitkomst', waarde: tekst(h.uitkomst) });
  return lijst;
}

/** Who a viewer sees on the card: everyone involved (zicht "dat"/"alles"), or only whom to contact. */
export function betrokkenenVoor(h: Hulpvraag, zicht: Zicht): { naam: string; rol: string }[] {
  const alle = magZien(zicht, 'betrokkenen');
  return zichtbareBetrokkenen(h, zicht).map((b) => ({ naam: b.naam, rol: alle ? rolVan(b) : `contactpersoon (${ROL_NAMEN[b.rol]})` }));
}

/**
 * The meeting's agreements (seed 000 stap 4) for the details dialog only, never a card in a channel: who, by when and
 * the follow-up with "dat" sight; what will be done and the Verwijsindex weighing only with full sight.
 */
export function afsprakenVoor(h: Hulpvraag, zicht: Zicht): Feit[] {
  const a = h.afspraken;
  if (!a || !magZien(zicht, 'data')) return [];
  const vervolg: Feit[] = a.vervolgbespreking ? [{ titel: 'Vervolgbespreking', waarde: `op of na ${datumNl(a.vervolgbespreking)}` }] : [];
  if (!magZien(zicht, 'datFeiten')) return vervolg;
  const inhoud = magZien(zicht, 'inhoud');
  return [
    { titel: 'Afspraken overleg', waarde: datumNl(a.overleg) },
    ...a.acties.map((x, i) => ({ titel: `Afspraak ${i + 1}`, waarde: `${inhoud ? `${tekst(x.wat)} — ` : ''}${x.wie.naam}, uiterlijk ${datumNl(x.wanneer)}` })),
    { titel: 'Casuscoördinator', waarde: a.casuscoordinator.naam },
    { titel: 'Terugkoppeling', waarde: `school: ${a.terugkoppelingSchool.naam}; ouders: ${a.terugkoppelingOuders.naam}` },
    ...(inhoud ? [{ titel: 'Verwijsindex (overleg)', waarde: a.verwijsindex.melden ? `melden, door ${a.verwijsindex.wie?.naam ?? '?'}` : 'niet melden' }] : []),
    ...vervolg,
  ];
}
