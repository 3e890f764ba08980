/**
 * The page's link with its host. In Teams: app.initialize, the context (user, team, channel, theme) and an SSO token
 * for every API call. Without a host (the page opened directly, e.g. `npm start` on this machine) initialize fails
 * at once and the page runs in local mode: the server answers as the local development user, and the page says so.
 */
import { app, authentication } from '@microsoft/teams-js';

export type Thema = 'default' | 'dark' | 'contrast';

export interface Omgeving {
  readonly inTeams: boolean;
  readonly thema: Thema;
  readonly kanaalId?: string;
  readonly teamNaam?: string;
  readonly kanaalNaam?: string;
  /** Adds the SSO token (in Teams) to an API call. */
  haal(pad: string): Promise<Response>;
}

function alsThema(waarde: string | null | undefined): Thema {
  return waarde === 'dark' || waarde === 'contrast' ? waarde : 'default';
}

export function zetThema(thema: Thema): void {
  document.body.dataset.thema = thema;
}

export async function verbind(): Promise<Omgeving> {
  const vraag = new URLSearchParams(window.location.search);
  try {
    // The page's own origin counts as a host too: only a page from this server can frame it with that origin.
    await app.initialize([window.location.origin]);
  } catch {
    return { inTeams: false, thema: alsThema(vraag.get('thema')), haal: (pad) => fetch(pad) };
  }
  const context = await app.getContext();
  app.registerOnThemeChangeHandler((thema) => {
    zetThema(alsThema(thema));
    window.dispatchEvent(new Event('themawissel'));
  });
  const haal = async (pad: string) => {
    const token = await authentication.getAuthToken();
    return fetch(pad, { headers: { authorization: `Bearer ${token}` } });
  };
  app.notifySuccess();
  return {
    inTeams: true,
    thema: alsThema(context.app.theme),
    kanaalId: context.channel?.id,
    teamNaam: context.team?.displayName,
    kanaalNaam: context.channel?.displayName,
    haal,
  };
}

/** Opens a Teams deep link (in Teams) or says what to type (locally). */
export async function openLink(url: string): Promise<boolean> {
  try {
    await app.openLink(url);
    return true;
  } catch {
    return false;
  }
}
