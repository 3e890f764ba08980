import { CardFactory } from 'botbuilder';
import { mag } from '../../domain/beleid';
import { isHulpvraagnummer, normaliseerNummer } from '../../domain/casenummer';
import { volgendeEvaluatie } from '../../domain/deadlines';
import { Hulpvraag, rollenVan } from '../../domain/hulpvraag';
import { ROL_NAMEN } from '../../domain/personen';
import { STATUS_NAMEN } from '../../domain/route';
import { datumInAmsterdam, datumNl } from '../../domain/tijd';
import { mijnSchakelteams, registratieKaart } from '../acties/registreren';
import { Commando } from '../context';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { renderKaart } from '../kaarten/render';
import { VERBS } from '../verbs';

export const nieuweHulpvraag: Commando = {
  woorden: 'nieuwe hulpvraag',
  uitleg: 'Registreer een hulpvraag voor een leerling (zonder naam).',
  async voerUit(context) {
    const teams = await mijnSchakelteams(context);
    if (teams.length === 0) {
      await context.turn.sendActivity('U bent nog geen lid van een gekoppeld schakelteam. Vraag een collega het kanaal van het schakelteam te koppelen met "koppel schakelteam".');
      return;
    }
    await context.turn.sendActivity({ attachments: [CardFactory.adaptiveCard(registratieKaart(teams, {}))] });
  },
};

const OPEN_EERST = (h: Hulpvraag) => (h.status === 'gesloten' ? 1 : 0);

export const mijnCasussen: Commando = {
  woorden: 'mijn casussen',
  uitleg: 'Laat de hulpvragen zien waarbij u betrokken bent, met status en volgende datum.',
  async voerUit(context) {
    if (context.turn.activity.conversation?.conversationType !== 'personal') {
      await context.turn.sendActivity('Uw overzicht is persoonlijk. Typ "mijn casussen" in uw chat met de bot.');
      return;
    }
    const hulpvragen = await context.diensten.route.hulpvragen.vanPersoon(context.persoon.tenantId, context.persoon.aadObjectId);
    const zichtbaar = hulpvragen
      .filter((h) => mag(h, context.persoon, 'lezen'))
      .sort((a, b) => OPEN_EERST(a) - OPEN_EERST(b) || b.bijgewerkt.localeCompare(a.bijgewerkt))
      .slice(0, 25);
    const kaart = renderKaart('casussen', {
      titel: `Mijn casussen (${zichtbaar.length}${hulpvragen.length > 25 ? ' meest recente' : ''})`,
      leeg: 'U bent (nog) niet betrokken bij een hulpvraag.',
      verbOpen: VERBS.vernieuwen,
      casussen: zichtbaar.map((h) => {
        const volgende = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
        return {
          nummer: h.nummer,
          school: h.school,
          status: STATUS_NAMEN[h.status],
          rol: [...new Set(rollenVan(h, context.persoon).map((r) => ROL_NAMEN[r]))].join(', '),
          volgende: volgende ? `Volgende evaluatie: ${datumNl(volgende.datum)}` : '',
          actieData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
        };
      }),
    });
    await context.turn.sendActivity({ attachments: [CardFactory.adaptiveCard(kaart)] });
  },
};

export const casus: Commando = {
  woorden: 'casus',
  uitleg: 'Bekijk één hulpvraag, bijvoorbeeld: casus HV-2026-0042.',
  async voerUit(context, rest) {
    if (!isHulpvraagnummer(rest)) {
      await context.turn.sendActivity('Noem het nummer, bijvoorbeeld: casus HV-2026-0042.');
      return;
    }
    const gevonden = await context.diensten.route.hulpvragen.opNummer(context.persoon.tenantId, normaliseerNummer(rest));
    const zichtbaar = gevonden.filter((h) => mag(h, context.persoon, 'lezen'));
    if (zichtbaar.length === 0) {
      // The same answer whether the case exists or not: an outsider learns nothing.
      await context.turn.sendActivity(`Er is geen hulpvraag ${normaliseerNummer(rest)} waarbij u betrokken bent.`);
      return;
    }
    const vandaag = datumInAmsterdam(context.diensten.route.klok.nu());
    // Everyone in a channel or group chat sees what the bot posts there: only the base card, details via "Bekijken".
    const kijker = context.turn.activity.conversation?.conversationType === 'personal' ? context.persoon : undefined;
    await context.turn.sendActivity({
      attachments: zichtbaar.map((h) => CardFactory.adaptiveCard(hulpvraagKaart(h, kijker, { vandaag }))),
    });
  },
};
