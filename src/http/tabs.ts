/**
 * The Teams tabs over HTTP: the built front-end (dist/tabs, made by scripts/build-tabs.mjs) and a small JSON API
 * that translates each call into one use case. Every API call needs a caller (tab-auth.ts); answers are never cached.
 */
import path from 'node:path';
import * as restify from 'restify';
import { z } from 'zod';
import { MijnCasussen, Kwartaaloverzicht, SchakelteamOverzicht, Tabuitkomst, Teamkeuze } from '../app/overzicht-tabs';
import { Persoon } from '../domain/personen';
import { Logger, referentiecode } from '../log';
import { Aanroeper } from './tab-auth';

export interface TabDiensten {
  mijn(kijker: Persoon): Promise<MijnCasussen>;
  schakelteam(kijker: Persoon, keuze: Teamkeuze): Promise<Tabuitkomst<SchakelteamOverzicht>>;
  kwartaal(kijker: Persoon, code: string | undefined, als: 'data' | 'csv'): Promise<Tabuitkomst<Kwartaaloverzicht & { readonly csv?: string }>>;
}

export interface TabOpties {
  readonly diensten: TabDiensten;
  readonly aanroeper: (authorization: string | undefined) => Promise<Aanroeper>;
  /** The bot's id (28:…): the personal tab opens a case in the chat with the bot through a deep link. */
  readonly botId: string;
}

/** dist/tabs, both when running the build (dist/src/http) and the sources under ts-jest (src/http). */
export function tabMap(): string {
  const wortel = path.resolve(__dirname, '..', '..');
  return path.basename(wortel) === 'dist' ? path.join(wortel, 'tabs') : path.join(wortel, 'dist', 'tabs');
}

/** Teams (web, desktop) and Microsoft 365 frame the tab; nobody else may. */
const FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com";

const teamkeuze = z.union([
  z.object({ kanaal: z.string().min(1).max(200) }).transform((v): Teamkeuze => ({ kanaalId: v.kanaal })),
  z.object({ schakelteam: z.string().min(1).max(100) }).transform((v): Teamkeuze => ({ schakelteamId: v.schakelteam })),
]);

const STATUS_VAN: Record<'geweigerd' | 'niet_gevonden' | 'ongeldig', number> = { geweigerd: 403, niet_gevonden: 404, ongeldig: 400 };

function vraag(req: restify.Request): Record<string, string> {
  const url = new URL(req.url ?? '/', 'http://tab');
  return Object.fromEntries(url.searchParams.entries());
}

export function registreerTabs(server: restify.Server, opties: TabOpties, log: Logger): void {
  const { diensten } = opties;
  type Behandel = (kijker: Persoon, req: restify.Request, res: restify.Response, lokaal: boolean) => Promise<void>;
  const api = (route: string, behandel: Behandel) => {
    server.get(route, async (req: restify.Request, res: restify.Response) => {
      res.header('cache-control', 'no-store');
      const aanroeper = await opties.aanroeper(req.headers.authorization);
      if (aanroeper.soort === 'geweigerd') {
        log.warn('tab-verzoek geweigerd', { reden: aanroeper.reden, status: aanroeper.status });
        res.send(aanroeper.status, { fout: aanroeper.status === 401 ? 'niet_aangemeld' : 'tenant_niet_toegestaan' });
        return;
      }
      try {
        await behandel(aanroeper.persoon, req, res, aanroeper.lokaal);
      } catch (fout) {
        // Like the bot's turns: the page says something went wrong (tabs/src/main.ts), the log gets a code and a reference.
        const referentie = referentiecode();
        log.error('tab-verzoek mislukt', { code: 'TAB.ONVERWACHT', referentie, fout: fout instanceof Error ? fout.name : 'onbekend' });
        res.send(500, { fout: 'onverwacht', referentie });
      }
    });
  };
  // Says who the page runs as, so local mode is visible on screen ("lokale ontwikkelgebruiker").
  const antwoord = <T>(res: restify.Response, uitkomst: Tabuitkomst<T>, kijker: Persoon, lokaal: boolean) => {
    if (uitkomst.soort === 'ok') res.send(200, { ...uitkomst.waarde, gebruiker: kijker.naam, lokaal });
    else res.send(STATUS_VAN[uitkomst.soort], { fout: uitkomst.soort });
  };

  api('/api/tab/mijn', async (kijker, _req, res, lokaal) => {
    antwoord(res, { soort: 'ok', waarde: { ...(await diensten.mijn(kijker)), botId: opties.botId } }, kijker, lokaal);
  });
  api('/api/tab/schakelteam', async (kijker, req, res, lokaal) => {
    const keuze = teamkeuze.safeParse(vraag(req));
    if (!keuze.success) return void res.send(400, { fout: 'ongeldig' });
    antwoord(res, await diensten.schakelteam(kijker, keuze.data), kijker, lokaal);
  });
  api('/api/tab/kwartaal', async (kijker, req, res, lokaal) => {
    const kwartaal = vraag(req).kwartaal?.slice(0, 10);
    antwoord(res, await diensten.kwartaal(kijker, kwartaal, 'data'), kijker, lokaal);
  });
  api('/api/tab/kwartaal.csv', async (kijker, req, res, lokaal) => {
    const kwartaal = vraag(req).kwartaal?.slice(0, 10);
    const uitkomst = await diensten.kwartaal(kijker, kwartaal, 'csv');
    if (uitkomst.soort !== 'ok' || uitkomst.waarde.csv === undefined) return void antwoord(res, uitkomst, kijker, lokaal);
    const inhoud = Buffer.from(uitkomst.waarde.csv, 'utf8');
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="kwartaalcijfers-${uitkomst.waarde.cijfers.kwartaal}.csv"`,
      'content-length': inhoud.length,
    });
    res.end(inhoud);
  });

  const bestanden = restify.plugins.serveStatic({ directory: path.dirname(tabMap()), default: 'index.html' });
  server.get('/tabs/*', (req, res, next) => {
    res.header('content-security-policy', `frame-ancestors ${FRAME_ANCESTORS}`);
    res.header('x-content-type-options', 'nosniff');
    return bestanden(req, res, next);
  });
}
