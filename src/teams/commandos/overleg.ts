import { isHulpvraagnummer } from '../../domain/casenummer';
import { MAX_BESPREEKTIJD, MIN_BESPREEKTIJD } from '../../domain/gebeurtenissen';
import { agendapuntKaart, vergaderritmeFormulier } from '../acties/overleg';
import { Commando, wieVan } from '../context';

/* The schakelteam's meeting (seed 000 stap 0): its rhythm, general items, and the time per pupil. */

export const vergaderritme: Commando = {
  woorden: 'vergaderritme',
  bereik: ['team'],
  uitleg: 'Stel in hoe vaak het schakelteam overlegt (elke week, om de week of niet); de agenda komt vooraf in dit kanaal.',
  async voerUit(context) {
    const kaart = await vergaderritmeFormulier(context);
    await context.stuur(typeof kaart === 'string' ? kaart : { kaarten: [kaart] });
  },
};

export const agendapunt: Commando = {
  woorden: 'agendapunt',
  bereik: ['team'],
  uitleg: 'Zet een algemeen punt (een onderwerp, geen tekst) op de agenda van het volgende overleg.',
  async voerUit(context) {
    await context.stuur({ kaarten: [agendapuntKaart()] });
  },
};

const GEBRUIK = `Noem het nummer en de minuten (${MIN_BESPREEKTIJD} tot en met ${MAX_BESPREEKTIJD}), bijvoorbeeld: bespreektijd HV-2026-0042 20.`;

/** The IB'er/COO estimates how long the meeting needs for this pupil; the agenda shows it. */
export const bespreektijd: Commando = {
  woorden: 'bespreektijd',
  bereik: ['personal', 'team'],
  uitleg: 'Schat de bespreektijd van een leerling voor het overleg, bijvoorbeeld: bespreektijd HV-2026-0042 20.',
  async voerUit(context, rest) {
    const [nummer = '', minuten = '', ...meer] = rest.trim().split(/\s+/);
    if (!isHulpvraagnummer(nummer) || !/^\d{1,3}$/.test(minuten) || meer.length > 0) {
      await context.stuur(GEBRUIK);
      return;
    }
    const gezocht = await context.diensten.zoekOpNummer(wieVan(context), nummer);
    const h = gezocht.soort === 'gevonden' ? gezocht.hulpvragen[0] : undefined;
    if (!h) {
      await context.stuur(`Er is geen hulpvraag ${nummer.toUpperCase()} waarbij u betrokken bent.`);
      return;
    }
    const uitkomst = await context.diensten.voerActieUit(wieVan(context), { id: h.id, schakelteamId: h.schakelteamId }, h.versie, { soort: 'bespreektijd_ingeschat', minuten: Number(minuten) });
    const antwoord = {
      geweigerd: `Niet vastgelegd: ${uitkomst.soort === 'geweigerd' ? uitkomst.fout.message : ''}`,
      verouderd: `${h.nummer} werd net door iemand anders gewijzigd. Probeer het opnieuw.`,
      toegepast: `Bespreektijd van ${h.nummer}: ${minuten} minuten. De agenda van het volgende overleg toont het.`,
    };
    await context.stuur(antwoord[uitkomst.soort]);
  },
};
