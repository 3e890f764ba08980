import { App, Randen, startApp } from '../../src/index';
import { loadConfig } from '../../src/config';
import { Klok } from '../../src/app/ports';
import { Logger, stilleLogger } from '../../src/log';

export class VasteKlok implements Klok {
  constructor(private moment: Date) {}
  nu(): Date {
    return new Date(this.moment);
  }
  zet(moment: Date | string): void {
    this.moment = new Date(moment);
  }
}

/**
 * The real app (real HTTP, the embedded local Cosmos server in memory) on a free port; `extraEnv` adds settings,
 * `randen` the other edges (a local SSO key set, a fake Microsoft Graph).
 */
export async function startTestApp(
  klok: Klok = new VasteKlok(new Date('2026-11-23T09:00:00Z')),
  extraEnv: Readonly<Record<string, string>> = {},
  log: Logger = stilleLogger,
  randen: Omit<Randen, 'klok' | 'log'> = {},
): Promise<App> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOCAL_DATA_DIR: ':memory:', SWEEP_INTERVAL_SECONDEN: '0', ...extraEnv } as NodeJS.ProcessEnv);
  return startApp(config, { ...randen, klok, log });
}

export async function post(app: App, activiteit: object): Promise<{ status: number; body: unknown }> {
  const antwoord = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activiteit),
  });
  const tekst = await antwoord.text();
  return { status: antwoord.status, body: tekst ? (JSON.parse(tekst) as unknown) : undefined };
}
