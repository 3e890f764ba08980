/**
 * Who is calling the tab API. In Teams the page asks teams-js for an SSO token (authentication.getAuthToken); here
 * it is checked with `jose`: signature against Microsoft Entra's published keys, audience = the app's exposed API
 * (api://<domain>/<app id>, or the bare app id for v2 tokens), issuer of the token's own tenant, and that tenant on
 * the allow-list (own tenant + PARTNER_TENANTS). Without bot credentials on loopback (local mode) a call without a
 * token runs as the local development user; anywhere else a call without a valid token is refused.
 */
import { JWTVerifyGetKey, createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { z } from 'zod';
import { Persoon } from '../domain/personen';

/** Entra ID's signing keys for all tenants (v1 and v2 tokens are signed with the same keys). */
export const ENTRA_SLEUTELS = new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys');

/** The Playground's current user (.m365agentsplayground.yml), so the local tab shows what that user made in the bot. */
export const LOKALE_GEBRUIKER: Persoon = Object.freeze({
  tenantId: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
  aadObjectId: '10000000-0000-4000-8000-000000000001',
  naam: "Ingrid de Vries (IB'er)",
});

export interface TabAuthOpties {
  /** Local mode: no bot credentials, loopback only. */
  readonly lokaal: boolean;
  readonly appIdUri?: string;
  readonly toegestaneTenants?: readonly string[];
  /** Where the keys come from; tests point this at a local key set. */
  readonly sleutels?: JWTVerifyGetKey;
}

export type Aanroeper =
  | { readonly soort: 'persoon'; readonly persoon: Persoon; readonly lokaal: boolean }
  | { readonly soort: 'geweigerd'; readonly status: 401 | 403; readonly reden: string };

const claims = z.object({
  tid: z.string().min(1),
  oid: z.string().min(1),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
});

const GUID_AAN_EIND = /([0-9a-fA-F-]{36})$/;

export function maakTabAuth(opties: TabAuthOpties): (authorization: string | undefined) => Promise<Aanroeper> {
  const sleutels = opties.sleutels ?? createRemoteJWKSet(ENTRA_SLEUTELS);
  const appId = opties.appIdUri ? GUID_AAN_EIND.exec(opties.appIdUri)?.[1] : undefined;
  const audience = opties.appIdUri ? [opties.appIdUri, ...(appId ? [appId] : [])] : [];
  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9._-]+)$/.exec(authorization ?? '')?.[1];
    if (!token) {
      return opties.lokaal
        ? { soort: 'persoon', persoon: LOKALE_GEBRUIKER, lokaal: true }
        : { soort: 'geweigerd', status: 401, reden: 'geen_token' };
    }
    if (audience.length === 0) return { soort: 'geweigerd', status: 401, reden: 'geen_app_id_uri' };
    try {
      const { payload } = await jwtVerify(token, sleutels, { audience, algorithms: ['RS256'], clockTolerance: 60 });
      const gelezen = claims.safeParse(payload);
      if (!gelezen.success) return { soort: 'geweigerd', status: 401, reden: 'claims' };
      const { tid, oid, name, preferred_username } = gelezen.data;
      // The issuer must be the token's own tenant (v2 or v1 form): a token from another tenant cannot claim ours.
      const uitgevers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
      if (!uitgevers.includes(String(payload.iss))) return { soort: 'geweigerd', status: 401, reden: 'uitgever' };
      if (opties.toegestaneTenants && !opties.toegestaneTenants.includes(tid)) return { soort: 'geweigerd', status: 403, reden: 'tenant' };
      if (!opties.toegestaneTenants && !opties.lokaal) return { soort: 'geweigerd', status: 403, reden: 'tenant' };
      return { soort: 'persoon', persoon: { tenantId: tid, aadObjectId: oid, naam: name ?? preferred_username ?? '' }, lokaal: false };
    } catch (fout) {
      return { soort: 'geweigerd', status: 401, reden: fout instanceof errors.JOSEError ? fout.code : 'ongeldig' };
    }
  };
}
