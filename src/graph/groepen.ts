import { z } from 'zod';
import { Groepslidmaatschap } from '../app/ports';

/**
 * Group membership from Microsoft Graph with the bot's own app registration (client credentials, app-only):
 * POST /users/{id}/checkMemberGroups answers which of the given groups the user belongs to, transitively. The bot's
 * activities carry no groups, so this is the only way to know. Needs the application permission
 * GroupMember.Read.All with admin consent (README, "Functioneel beheer").
 */
export interface GraphOpties {
  /** https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token (a fake server's in tests). */
  readonly tokenUrl: string;
  /** https://graph.microsoft.com/v1.0 */
  readonly graphUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Per request; a directory that does not answer in time counts as "no answer". */
  readonly timeoutMs?: number;
}

export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';
export const tokenUrlVoor = (tenantId: string): string => `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().int().positive() });
const antwoordSchema = z.object({ value: z.array(z.string()) });

export class GraphFout extends Error {
  override readonly name = 'GraphFout';
  constructor(readonly status: number) {
    super(`Microsoft Graph antwoordde ${status}`);
  }
}

export class GraphGroepen implements Groepslidmaatschap {
  private token?: { readonly waarde: string; readonly tot: number };

  constructor(private readonly opties: GraphOpties) {}

  async lidVan(aadObjectId: string, groepen: readonly string[]): Promise<readonly string[]> {
    const antwoord = await fetch(`${this.opties.graphUrl}/users/${encodeURIComponent(aadObjectId)}/checkMemberGroups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await this.haalToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ groupIds: groepen }),
      signal: AbortSignal.timeout(this.opties.timeoutMs ?? 5000),
    });
    // A user the directory does not know (deleted, or from another tenant) is in no group.
    if (antwoord.status === 404) return [];
    if (antwoord.status === 401) this.token = undefined;
    if (!antwoord.ok) throw new GraphFout(antwoord.status);
    return antwoordSchema.parse(await antwoord.json()).value.filter((id) => groepen.includes(id));
  }

  /** An app-only token, reused until a minute before it expires. */
  private async haalToken(): Promise<string> {
    if (this.token && this.token.tot > Date.now()) return this.token.waarde;
    const antwoord = await fetch(this.opties.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.opties.clientId,
        client_secret: this.opties.clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      }),
      signal: AbortSignal.timeout(this.opties.timeoutMs ?? 5000),
    });
    if (!antwoord.ok) throw new GraphFout(antwoord.status);
    const token = tokenSchema.parse(await antwoord.json());
    this.token = { waarde: token.access_token, tot: Date.now() + (token.expires_in - 60) * 1000 };
    return token.access_token;
  }
}
