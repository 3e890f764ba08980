import { normaliseerNummer, isHulpvraagnummer } from '../../domain/casenummer';
import { CORRIGEERBARE_VELDEN, isCorrigeerbaarVeld } from '../../domain/rechten';
import { datumInAmsterdam } from '../../domain/tijd';
import { Commando, wieVan } from '../context';
import { exportKaart } from '../kaarten/export-kaart';

const UITLEG =
  'Functioneel beheer (alleen in uw persoonlijke chat):\n\n' +
  '- `beheer export HV-2026-0042 <verzoek>`: dossier en logging van één hulpvraag (inzageverzoek)\n' +
  `- \`beheer corrigeer HV-2026-0042 <veld> <nieuwe waarde>\`: velden ${Object.keys(CORRIGEERBARE_VELDEN).join(', ')}\n` +
  '- `beheer wis HV-2026-0042 bevestig`: de hulpvraag en de inhoud van de logging definitief wissen (verwijderverzoek)';

/** The JSON export travels as a message; Teams keeps messages under about 28 KB, so a longer one says it is cut. */
const MAX_JSON = 20_000;

/** Rights requests (AVG art. 15–17) for a functional administrator: export, correction, erasure. */
export const beheer: Commando = {
  woorden: 'beheer',
  // Rights requests concern one pupil: only in the administrator's 1:1 chat.
  bereik: ['personal'],
  uitleg: 'Functioneel beheer: export, correctie of wissen van een hulpvraag (alleen functioneel beheerders).',
  async voerUit(context, rest) {
    const [opdracht = '', nummerTekst = '', ...overig] = rest.split(' ');
    if (!isHulpvraagnummer(nummerTekst)) {
      await context.stuur(UITLEG);
      return;
    }
    const nummer = normaliseerNummer(nummerTekst);
    const wie = wieVan(context);
    switch (opdracht.toLowerCase()) {
      case 'export': {
        const { hulpvraag: h, audit } = await context.diensten.exporteer(wie, nummer, overig.join(' ') || 'inzageverzoek');
        const json = JSON.stringify({ hulpvraag: h, logging: audit }, null, 2);
        const kaart = exportKaart(h, audit, datumInAmsterdam(context.diensten.nu()));
        await context.stuur({ kaarten: [kaart] });
        await context.stuur(json.length > MAX_JSON ? `\`\`\`json\n${json.slice(0, MAX_JSON)}\n\`\`\`\n(ingekort)` : `\`\`\`json\n${json}\n\`\`\``);
        return;
      }
      case 'corrigeer': {
        const [veld = '', ...waarde] = overig;
        if (!isCorrigeerbaarVeld(veld)) {
          await context.stuur(UITLEG);
          return;
        }
        const h = await context.diensten.corrigeer(wie, nummer, veld, waarde.join(' '), 'correctieverzoek');
        await context.stuur(`Veld "${veld}" van ${h.nummer} is gecorrigeerd (versie ${h.versie}).`);
        return;
      }
      case 'wis':
        if (overig[0]?.toLowerCase() !== 'bevestig') {
          await context.stuur(`Wissen kan niet ongedaan worden gemaakt. Typ \`beheer wis ${nummer} bevestig\`.`);
          return;
        }
        await context.diensten.wis(wie, nummer, 'verwijderverzoek');
        await context.stuur(`${nummer} is gewist. In de logging staat alleen nog dát er op verzoek is gewist, door wie en wanneer.`);
        return;
      default:
        await context.stuur(UITLEG);
    }
  },
};
