import { AgendaOpmaak } from '../../app/ports';
import { Agenda, AgendaDatumSoort, Agendapunt, bespreektijdTotaal } from '../../domain/agenda';
import { ALGEMENE_CATEGORIEEN, AlgemeneCategorie } from '../../domain/agendapunten';
import { STATUS_NAMEN } from '../../domain/route';
import { dagEnDatumNl as dagEnDatum, datumNl } from '../../domain/tijd';
import { AgendaKaart } from './modellen';
import { AdaptiveCard, renderKaart } from './render';


const DATUM_TEKST: Record<AgendaDatumSoort, string> = {
  aangemeld: 'Aangemeld op',
  gewijzigd: 'Laatst gewijzigd op',
  tussentijdse_evaluatie: 'Tussentijdse evaluatie op',
  evaluatie: 'Evaluatie op',
  bij_team_no: 'Bij Team NO sinds',
  vervolg_gepland: 'Vervolgbespreking gepland op',
};

/** Date, whether consent is known, and the estimated minutes: the facts the participants prepare with (seed 000). */
function details(p: Agendapunt): string {
  const tijd = p.bespreektijd !== undefined ? ` · ${p.bespreektijd} min` : '';
  return `${DATUM_TEKST[p.datumSoort]} ${datumNl(p.datum)} · toestemming ouders: ${p.toestemming ? 'ja' : 'nee'}${tijd}`;
}

/** Only a category from the fixed list reaches the channel, whatever a stored document says. */
function vasteCategorie(categorie: string): AlgemeneCategorie {
  return ALGEMENE_CATEGORIEEN.find((c) => c === categorie) ?? 'Overig (toelichting in het overleg)';
}

function bespreektijd(agenda: Agenda): string {
  const { minuten, geschat, leerlingen } = bespreektijdTotaal(agenda);
  if (geschat === 0) return '';
  return `Geschatte bespreektijd: ${minuten} minuten${geschat < leerlingen ? ` (voor ${geschat} van de ${leerlingen} leerlingen ingeschat)` : ''}.`;
}


/**
 * The model of the agenda card. It goes to the schakelteam channel, so it carries only case number, school, status
 * and a date: the question, the pupil reference and names stay on the case card, where access is checked.
 */
export function agendaKaartModel(schakelteamNaam: string, agenda: Agenda): AgendaKaart {
  return {
    titel: `Agenda schakelteam ${schakelteamNaam} — overleg ${dagEnDatum(agenda.vergaderdatum)}${agenda.tijd ? ` om ${agenda.tijd}` : ''}`,
    inleiding: 'Te bespreken leerlingen. Alleen nummer, school, status, of er toestemming is en de geschatte tijd; de inhoud staat op de kaart van elke hulpvraag.',
    leeg: 'Geen bijzonderheden.',
    bespreektijd: bespreektijd(agenda),
    algemenePunten: agenda.algemenePunten.map((p) => ({ regel: `${vasteCategorie(p.categorie)} (ingebracht door ${p.door.naam})` })),
    secties: agenda.secties
      .filter((s) => s.punten.length > 0)
      .map((s) => ({
        titel: s.titel,
        aantal: s.punten.length,
        punten: s.punten.map((p) => ({ regel: `${p.nummer} · ${p.school} · ${STATUS_NAMEN[p.status]}`, datum: details(p) })),
      })),
  };
}

export function agendaKaart(schakelteamNaam: string, agenda: Agenda): AdaptiveCard {
  return renderKaart('agenda', agendaKaartModel(schakelteamNaam, agenda));
}

export const agendaKaarten: AgendaOpmaak = {
  agenda: (schakelteamNaam, agenda) => ({ kaart: agendaKaart(schakelteamNaam, agenda) }),
};
