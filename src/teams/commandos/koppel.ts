import { Commando } from '../context';
import { koppelKaart } from '../kaarten/koppel-kaart';

function koppelCommando(woorden: string, soort: 'schakelteam' | 'team_no' | 'loket', uitleg: string): Commando {
  return {
    woorden,
    uitleg,
    bereik: ['team'],
    async voerUit(context, rest) {
      // "koppel team no Noord": the region this Team NO serves (REGIOS); the use case checks it.
      const regio = soort === 'team_no' ? rest.trim() : '';
      await context.stuur({ kaarten: [koppelKaart(soort, '', {}, regio)] });
    },
  };
}

export const koppelSchakelteam = koppelCommando('koppel schakelteam', 'schakelteam', 'Koppel dit kanaal aan een schakelteam (scholen en rollen).');
export const koppelTeamNo = koppelCommando('koppel team no', 'team_no', 'Koppel dit kanaal als Team NO (escalaties); met regio\'s: koppel team no <regio>.');
export const koppelLoket = koppelCommando('koppel loket', 'loket', 'Koppel dit kanaal als Loket.');
