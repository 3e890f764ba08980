import { AgendaOpmaak } from '../../app/ports';
import { Agenda, AgendaDatumSoort } from '../../domain/agenda';
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
};


/**
 * The model of the agenda card. It goes to the schakelteam channel, so it carries only case number, school, status
 * and a date: the question, the pupil reference and names stay on the case card, where access is checked.
 */
export function agendaKaartModel(schakelteamNaam: string, agenda: Agenda): AgendaKaart {
  return {
    titel: `Agenda schakelteam ${schakelteamNaam} — overleg ${dagEnDatum(agenda.vergaderdatum)}`,
    inleiding: 'Te bespreken casussen. Alleen nummer, school en status; de inhoud staat op de kaart van elke hulpvraag.',
    leeg: 'Geen bijzonderheden.',
    secties: agenda.secties
      .filter((s) => s.punten.length > 0)
      .map((s) => ({
        titel: s.titel,
        aantal: s.punten.length,
        punten: s.punten.map((p) => ({ regel: `${p.nummer} · ${p.school} · ${STATUS_NAMEN[p.status]}`, datum: `${DATUM_TEKST[p.datumSoort]} ${datumNl(p.datum)}` })),
      })),
  };
}

export function agendaKaart(schakelteamNaam: string, agenda: Agenda): AdaptiveCard {
  return renderKaart('agenda', agendaKaartModel(schakelteamNaam, agenda));
}

export const agendaKaarten: AgendaOpmaak = {
  agenda: (schakelteamNaam, agenda) => ({ kaart: agendaKaart(schakelteamNaam, agenda) }),
};
