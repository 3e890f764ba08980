import { Gespreksreferentie, Kanaal } from '../domain/kanaal';
import { nieuweMededelingen } from '../domain/mededeling';
import { zelfdePersoon } from '../domain/personen';
import { Logger } from '../log';
import { koppelingLeden } from './kanalen';
import { MededelingDeps, bezorgMededelingen, geenVoorwerk, planMededelingen } from './mededelingen';
import { KanaalOpslag, Klok, ProactieveVerzender, SchakelteamOpslag } from './ports';

export interface GesprekDeps {
  readonly kanalen: KanaalOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly verzender: ProactieveVerzender;
  readonly klok: Klok;
  readonly log: Logger;
}

/** An incoming activity as far as conversation upkeep cares (the Teams adapter translates it). */
export interface Binnenkomend {
  readonly tenantId: string;
  /** The conversation id (for a channel: the channel id). */
  readonly gesprekId: string;
  readonly referentie: Gespreksreferentie;
  /** Whether the handle points somewhere new, compared with the stored one (the adapter knows what "where" is). */
  readonly verhuisd: (opgeslagen: Gespreksreferentie) => Gespreksreferentie | undefined;
  /** Set for a 1:1 chat: the person it is with. */
  readonly persoonlijk?: { readonly aadObjectId: string; readonly naam: string };
}

const GEKOPPELD = ['schakelteam', 'team_no', 'loket'] as const;

/**
 * Keeps stored conversation references current from every incoming activity: a moved conversation is taken over,
 * a conversation marked unusable comes back to life when the person or channel talks to the bot again, and every
 * 1:1 chat is remembered so reminders can reach that person later.
 */
export async function houdGesprekBij(deps: GesprekDeps, binnen: Binnenkomend): Promise<void> {
  const bestaand = await deps.kanalen.bijBinnenkomst(binnen.tenantId, binnen.gesprekId);
  const nu = deps.klok.nu().toISOString();
  if (bestaand) {
    const verhuisd = binnen.verhuisd(bestaand.referentie);
    if (bestaand.bruikbaar && !verhuisd) return;
    await deps.kanalen.bewaar({ ...bestaand, referentie: verhuisd ?? bestaand.referentie, bruikbaar: true, onbruikbaarReden: undefined, bijgewerkt: nu });
    return;
  }
  if (binnen.persoonlijk) {
    const kanaal: Kanaal = {
      id: binnen.gesprekId,
      tenantId: binnen.tenantId,
      soort: 'persoonlijk',
      naam: binnen.persoonlijk.naam,
      referentie: binnen.referentie,
      aadObjectId: binnen.persoonlijk.aadObjectId,
      bruikbaar: true,
      bijgewerkt: nu,
    };
    await deps.kanalen.bewaar(kanaal);
  }
}

const WAT_STOPT: Record<(typeof GEKOPPELD)[number], { wie: string; wat: string; opnieuw: string }> = {
  schakelteam: { wie: 'schakelteam', wat: "Het kanaal krijgt geen kaarten en agenda's meer", opnieuw: 'koppel schakelteam' },
  team_no: { wie: 'Team NO', wat: 'Escalaties kunnen daar niet meer aankomen', opnieuw: 'koppel team no' },
  loket: { wie: 'het Loket', wat: 'Het kanaal krijgt geen herinneringen meer', opnieuw: 'koppel loket' },
};

/**
 * The bot was removed from a team or chat, or the team was deleted: forget the bindings there. Only what needs that
 * channel stops (its card, agenda, posts); messages to people go to their own 1:1 chats as before. The members of
 * each binding are told in their 1:1 chat, opened at the removed channel's service when they have none yet: those
 * notices are stored before the binding is removed (ids from the binding and its last change, so Teams repeating the
 * event makes no second one), then sent; what fails, the sweep retries.
 */
export async function vergeetGesprek(deps: GesprekDeps & MededelingDeps, tenantId: string, gesprekId: string, teamId: string | undefined): Promise<void> {
  for (const soort of GEKOPPELD) {
    for (const kanaal of await deps.kanalen.vanSoort(tenantId, soort)) {
      if (!((teamId && kanaal.teamId === teamId) || kanaal.id === gesprekId)) continue;
      const { wie, wat, opnieuw } = WAT_STOPT[soort];
      const tekst =
        `De bot is uit het team van ${wie} ${kanaal.naam} verwijderd (of het team bestaat niet meer). ${wat}. ` +
        'Kaarten en herinneringen voor u persoonlijk komen gewoon in deze chat. ' +
        `Wilt u het kanaal weer gebruiken: voeg de bot opnieuw toe aan het team en typ daar "@Schoolondersteuning ${opnieuw}".`;
      const leden = (await koppelingLeden(deps.schakelteams, kanaal)).filter((l, i, alle) => alle.findIndex((a) => zelfdePersoon(a, l)) === i);
      const mededelingen = nieuweMededelingen(
        { tenantId, ...(kanaal.schakelteamId ? { schakelteamId: kanaal.schakelteamId } : {}), tekst },
        `bot-weg.${kanaal.id}.${kanaal.bijgewerkt}`,
        leden.map((aan) => ({ soort: 'persoon', aan, via: kanaal })),
        deps.klok.nu(),
      );
      const ids = await planMededelingen(deps, mededelingen);
      await deps.kanalen.verwijder(tenantId, kanaal.id);
      deps.log.info('kanaalkoppeling verwijderd', { soort });
      const verslag = await bezorgMededelingen(deps, deps.klok.nu(), geenVoorwerk, ids);
      if (verslag.verzonden < ids.length) deps.log.warn('niet elk lid meteen bereikt na verwijderen koppeling', { soort, fouten: verslag.fouten.slice(0, 5).join('; ') });
    }
  }
}

/** A renamed team keeps its bindings; only the shown name changes. */
export async function hernoemTeam(deps: GesprekDeps, tenantId: string, team: { readonly id: string; readonly naam: string }): Promise<void> {
  for (const soort of GEKOPPELD) {
    for (const kanaal of await deps.kanalen.vanSoort(tenantId, soort)) {
      if (kanaal.teamId === team.id) await deps.kanalen.bewaar({ ...kanaal, naam: team.naam, bijgewerkt: deps.klok.nu().toISOString() });
    }
  }
}
