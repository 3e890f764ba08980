import { Commando } from '../context';
import { koppelKaart } from '../kaarten/koppel-kaart';

function koppelCommando(woorden: string, soort: 'schakelteam' | 'team_no' | 'loket', uitleg: string): Commando {
  return {
    woorden,
    uitleg,
    bereik: ['team'],
    async voerUit(context) {
      await context.stuur({ kaarten: [koppelKaart(soort)] });
    },
  };
}

export const koppelSchakelteam = koppelCommando('koppel schakelteam', 'schakelteam', 'Koppel dit kanaal aan een schakelteam (scholen en rollen).');
export const koppelTeamNo = koppelCommando('koppel team no', 'team_no', 'Koppel dit kanaal als Team NO (escalaties).');
export const koppelLoket = koppelCommando('koppel loket', 'loket', 'Koppel dit kanaal als Loket.');
