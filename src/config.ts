import { z } from 'zod';
import { Verzendinstellingen } from './app/verzendwerk';
import { Herinneringsinstellingen } from './domain/herinneringen';
import { Beheer } from './app/beheer';
import { Regioindeling, schoolSleutel } from './domain/regio';
import { Overleginstellingen } from './domain/eerste-bespreking';
import { Schoolvakantie, leesSchoolvakanties } from './domain/schoolvakanties';

/** Every environment variable the app reads; infra/ and .env.example must name the same ones (a test checks). */
export const CONFIG_KEYS = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'MicrosoftAppType',
  'COSMOS_ENDPOINT',
  'COSMOS_KEY',
  'COSMOS_DATABASE',
  'LOCAL_DATA_DIR',
  'EVALUATIE_TUSSENTIJDS_WEKEN',
  'EVALUATIE_MAANDEN',
  'LOG_LEVEL',
  'LOCAL_COSMOS_PORT',
  'HERINNERING_DAGEN_VOORAF',
  'HERINNERING_ACHTERSTALLIG_ELKE',
  'ESCALATIE_HERINNER_ELKE',
  'VERZENDVENSTER_BEGIN_UUR',
  'VERZENDVENSTER_EIND_UUR',
  'FEESTDAG_GOEDE_VRIJDAG',
  'FEESTDAG_BEVRIJDINGSDAG',
  'STAGNATIE_EVALUATIE_ACHTERSTALLIG_WERKDAGEN',
  'STAGNATIE_GEEN_VOORTGANG_DAGEN',
  'STAGNATIE_LOKET_NIET_GESTART_WEKEN',
  'STAGNATIE_OPEN_MAANDEN_NA_REGIEROL',
  'HERINNERING_AANBOD_WERKDAGEN',
  'STAGNATIE_AANBOD_WERKDAGEN',
  'HERINNERING_TOESTEMMING_WERKDAGEN',
  'STAGNATIE_TOESTEMMING_WERKDAGEN',
  'HERINNERING_NIEUW_BESLUIT_WERKDAGEN',
  'STAGNATIE_NIEUW_BESLUIT_WERKDAGEN',
  'TERMIJN_OVERDRACHT_WERKDAGEN',
  'TERMIJN_AFSLUITEN_WERKDAGEN',
  'SWEEP_INTERVAL_SECONDEN',
  'SWEEP_LEASE_SECONDEN',
  'SWEEP_MAX_PER_RONDE',
  'UITGAAND_OPNIEUW_SECONDEN',
  'UITGAAND_MAX_POGINGEN',
  'BOT_INSTANTIES',
  'TEAMS_SERVICE_URL',
  'AGENDA_DAGEN_VOORAF',
  'SCHOOLVAKANTIES',
  'PARTNER_TENANTS',
  'TEAMS_DIALOGEN',
  'FUNCTIONEEL_BEHEERDERS',
  'FUNCTIONEEL_BEHEERDERS_GROEP',
  'REGIOS',
  'TAB_APP_ID_URI',
  'NORM_LOKET_WERKDAGEN',
  'NORM_HULP_GESTART_WEKEN',
  'BEWAARTERMIJN_MAANDEN',
] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: optionalText,
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).default('SingleTenant'),
  COSMOS_ENDPOINT: z.url().optional().or(optionalText),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z.string().trim().min(1).default('schoolondersteuning'),
  LOCAL_DATA_DIR: z.string().trim().min(1).default('.data'),
  EVALUATIE_TUSSENTIJDS_WEKEN: z.coerce.number().int().min(1).max(26).default(6),
  EVALUATIE_MAANDEN: z.coerce.number().int().min(1).max(12).default(3),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  LOCAL_COSMOS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  HERINNERING_DAGEN_VOORAF: z.coerce.number().int().min(0).max(20).default(3),
  HERINNERING_ACHTERSTALLIG_ELKE: z.coerce.number().int().min(1).max(60).default(5),
  ESCALATIE_HERINNER_ELKE: z.coerce.number().int().min(1).max(60).default(5),
  VERZENDVENSTER_BEGIN_UUR: z.coerce.number().int().min(0).max(23).default(8),
  VERZENDVENSTER_EIND_UUR: z.coerce.number().int().min(1).max(24).default(17),
  FEESTDAG_GOEDE_VRIJDAG: z.enum(['true', 'false']).default('false'),
  FEESTDAG_BEVRIJDINGSDAG: z.enum(['jaarlijks', 'lustrum', 'nooit']).default('jaarlijks'),
  STAGNATIE_EVALUATIE_ACHTERSTALLIG_WERKDAGEN: z.coerce.number().int().min(1).max(120).default(10),
  STAGNATIE_GEEN_VOORTGANG_DAGEN: z.coerce.number().int().min(1).max(365).default(30),
  // Counted from the day the case reached the Loket; later than NORM_HULP_GESTART_WEKEN (domain/loket.ts).
  STAGNATIE_LOKET_NIET_GESTART_WEKEN: z.coerce.number().int().min(2).max(60).default(10),
  STAGNATIE_OPEN_MAANDEN_NA_REGIEROL: z.coerce.number().int().min(1).max(36).default(4),
  // Nobody waits unseen (issue 10, domain/wachten.ts): working days from the start of a wait to the reminder of
  // whoever must act, and to stagnation (always later than the reminder).
  HERINNERING_AANBOD_WERKDAGEN: z.coerce.number().int().min(1).max(60).default(3),
  STAGNATIE_AANBOD_WERKDAGEN: z.coerce.number().int().min(2).max(120).default(10),
  HERINNERING_TOESTEMMING_WERKDAGEN: z.coerce.number().int().min(1).max(60).default(5),
  STAGNATIE_TOESTEMMING_WERKDAGEN: z.coerce.number().int().min(2).max(120).default(15),
  HERINNERING_NIEUW_BESLUIT_WERKDAGEN: z.coerce.number().int().min(1).max(60).default(3),
  STAGNATIE_NIEUW_BESLUIT_WERKDAGEN: z.coerce.number().int().min(2).max(120).default(10),
  // Issue 13 product defaults (the seeds give no number): by when a handover is judged and a returned case closed;
  // on that day whoever is at turn is reminded once (issue 20).
  TERMIJN_OVERDRACHT_WERKDAGEN: z.coerce.number().int().min(1).max(60).default(10),
  TERMIJN_AFSLUITEN_WERKDAGEN: z.coerce.number().int().min(1).max(60).default(10),
  SWEEP_INTERVAL_SECONDEN: z.coerce.number().int().min(0).max(86_400).default(60),
  SWEEP_LEASE_SECONDEN: z.coerce.number().int().min(30).max(86_400).default(600),
  SWEEP_MAX_PER_RONDE: z.coerce.number().int().min(1).max(10_000).default(200),
  // The outbox: first retry after this long, doubling per failure, at most this many attempts (README "De wachtrij").
  UITGAAND_OPNIEUW_SECONDEN: z.coerce.number().int().min(1).max(86_400).default(60),
  UITGAAND_MAX_POGINGEN: z.coerce.number().int().min(1).max(20).default(5),
  BOT_INSTANTIES: z.coerce.number().int().min(1).max(50).default(1),
  TEAMS_SERVICE_URL: z.url().optional().or(optionalText),
  // Seed 000: the agenda must be there "uiterlijk een week voorafgaand": calendar days before each meeting.
  AGENDA_DAGEN_VOORAF: z.coerce.number().int().min(1).max(28).default(7),
  // The region's school holidays (rijksoverheid.nl, per school year): "2026-12-19..2027-01-03,2027-04-24..2027-05-02".
  SCHOOLVAKANTIES: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const vakanties = leesSchoolvakanties(v);
      if (typeof vakanties === 'string') {
        ctx.addIssue({ code: 'custom', message: vakanties });
        return z.NEVER;
      }
      return vakanties;
    }),
  PARTNER_TENANTS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((t) => t.trim()).filter((t) => t !== ''))
    .pipe(z.array(z.string().regex(/^[0-9a-zA-Z.-]{1,64}$/, 'een tenant-id per komma'))),
  TEAMS_DIALOGEN: z.enum(['auto', 'aan', 'uit']).default('auto'),
  FUNCTIONEEL_BEHEERDERS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((t) => t.trim()).filter((t) => t !== ''))
    .pipe(z.array(z.string().regex(/^[0-9a-zA-Z-]{1,64}$/, 'een AAD-object-id per komma'))),
  // Team NO per region: "Noord=OBS De Regenboog|CBS De Wilg;Zuid=OBS Het Anker" (region=schools separated by |).
  REGIOS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const indeling = new Map<string, string>();
      for (const deel of v.split(';').map((d) => d.trim()).filter((d) => d !== '')) {
        const [regio = '', scholen = ''] = deel.split('=').map((d) => d.trim());
        if (!/^[\p{L}\p{N} .'-]{1,40}$/u.test(regio) || scholen === '') {
          ctx.addIssue({ code: 'custom', message: 'regio=school|school;regio=school' });
          return z.NEVER;
        }
        for (const school of scholen.split('|').map((s) => schoolSleutel(s)).filter((s) => s !== '')) {
          if (indeling.has(school) && indeling.get(school) !== regio) {
            ctx.addIssue({ code: 'custom', message: `school "${school}" staat in twee regio's` });
            return z.NEVER;
          }
          indeling.set(school, regio);
        }
      }
      return indeling as Regioindeling;
    }),
  // An Entra group (object id) whose members are functional administrators too; checked through Microsoft Graph.
  FUNCTIONEEL_BEHEERDERS_GROEP: z
    .string()
    .trim()
    .regex(/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$/, 'de object-id (GUID) van een Entra-groep')
    .transform((value) => (value === '' ? undefined : value.toLowerCase()))
    .optional(),
  TAB_APP_ID_URI: z
    .string()
    .trim()
    .regex(/^(api:\/\/[^\s/]+\/[0-9a-fA-F-]{36})?$/, 'api://<domein>/<app-id>')
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  // Issue 14/15 product choices; seed 001 asks that bridging care "niet te lang duurt" but names no number (README).
  // The route clock's norms and the Loket's limits (domain/loket.ts): past each the schakelfunctionaris O/JH inquires.
  NORM_LOKET_WERKDAGEN: z.coerce.number().int().min(1).max(60).default(5),
  NORM_HULP_GESTART_WEKEN: z.coerce.number().int().min(1).max(52).default(8),
  // PO-Raad / Aanpak IBP: a pupil file is kept up to 2 years after the pupil left; counted here from closure.
  BEWAARTERMIJN_MAANDEN: z.coerce.number().int().min(1).max(240).default(24),
})
  .refine((v) => v.VERZENDVENSTER_BEGIN_UUR < v.VERZENDVENSTER_EIND_UUR, {
    message: 'VERZENDVENSTER_BEGIN_UUR moet voor VERZENDVENSTER_EIND_UUR liggen',
    path: ['VERZENDVENSTER_BEGIN_UUR'],
  })
  .superRefine((v, ctx) => {
    // Stagnation never comes before the reminder: the one who must act always hears it first.
    for (const wacht of ['AANBOD', 'TOESTEMMING', 'NIEUW_BESLUIT'] as const) {
      if (v[`STAGNATIE_${wacht}_WERKDAGEN`] <= v[`HERINNERING_${wacht}_WERKDAGEN`]) {
        ctx.addIssue({ code: 'custom', message: `moet groter zijn dan HERINNERING_${wacht}_WERKDAGEN`, path: [`STAGNATIE_${wacht}_WERKDAGEN`] });
      }
    }
    // The schakelfunctionaris O/JH inquires first; only later is it stagnation.
    if (v.STAGNATIE_LOKET_NIET_GESTART_WEKEN <= v.NORM_HULP_GESTART_WEKEN) {
      ctx.addIssue({ code: 'custom', message: 'moet groter zijn dan NORM_HULP_GESTART_WEKEN', path: ['STAGNATIE_LOKET_NIET_GESTART_WEKEN'] });
    }
  });


export interface Config {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  readonly bot: {
    readonly appId?: string;
    readonly appPassword?: string;
    readonly tenantId?: string;
    readonly appType: 'SingleTenant' | 'UserAssignedMSI' | 'MultiTenant';
  };
  /** Absent means: start the embedded local Cosmos API server. */
  readonly cosmos: { readonly endpoint?: string; readonly key?: string; readonly database: string };
  readonly localDataDir: string;
  readonly evaluatie: { readonly tussentijdsWeken: number; readonly maanden: number };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Fixed port for the embedded Cosmos server (0 = any free port), so the reminder CLI can reach a running bot. */
  readonly lokaleCosmosPoort: number;
  readonly herinneringen: Herinneringsinstellingen;
  readonly sweep: Verzendinstellingen & {
    readonly intervalMs: number;
    /** This instance's share of Teams' 50 requests/s per app per tenant. */
    readonly tenantLimietPerInstantie: number;
  };
  /** The outbox of messages caused by changes (app/uitgaand.ts): its retries, and how long a click waits for the channel card. */
  readonly uitgaand: Verzendinstellingen & { readonly klikBudgetMs: number; readonly naKanaalkaartMs: number };
  readonly teamsServiceUrl?: string;
  /**
   * Tenants whose activities are accepted: the bot's own tenant plus the configured partner tenants (guests from
   * CJG, schoolmaatschappelijk werk, gemeente work in their own tenant). Absent only locally without a tenant id.
   */
  readonly toegestaneTenants?: readonly string[];
  /**
   * How card forms open: as Teams dialogs (task modules) or in place on the card. The Agents Playground has no
   * dialogs, and it only talks to a bot without credentials; so 'auto' means dialogs exactly when the bot has its
   * Bot Framework identity (real Teams), in place otherwise. Both containers use the same templates and handlers.
   */
  readonly dialogen: boolean;
  /** The Teams tabs: SSO audience and the route clock's norms (administrators: `beheer`). */
  readonly tabs: {
    /** The exposed API of the app registration (api://<domain>/<app id>); absent: only local mode can use the tabs. */
    readonly appIdUri?: string;
    readonly normen: { readonly loketWerkdagen: number; readonly hulpGestartWeken: number };
  };
  /**
   * Functional administrators: AAD object ids and/or members of one AAD group, in the bot's own tenant (locally: every
   * tenant). They bind Team NO and the Loket, may rebind any channel, see the quarter figures, and handle access,
   * correction and erasure requests (src/app/beheer.ts).
   */
  readonly beheer: Beheer;
  /** Schools per region (REGIOS): each region has its own Team NO; empty: one Team NO for the tenant. */
  readonly regios: Regioindeling;
  /** Months after closure that a case is kept; the sweep then destroys it, leaving a tombstone without content. */
  readonly bewaartermijnMaanden: number;
  /**
   * How many calendar days before each meeting its agenda is due (each schakelteam sets its own rhythm on its
   * binding), and the school holidays in which no schakelteam meets.
   */
  readonly agenda: { readonly dagenVooraf: number; readonly schoolvakanties: readonly Schoolvakantie[] };
}

export class ConfigError extends Error {}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopback(new URL(url).hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
}

/** Parses the environment once. Throws a ConfigError whose message is one line saying what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Ongeldige configuratie: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  const host = values.HOST ?? (production ? '0.0.0.0' : '127.0.0.1');
  const alleenLokaal = !production && isLoopback(host) && (!values.COSMOS_ENDPOINT || isLoopbackUrl(values.COSMOS_ENDPOINT));
  const missing: string[] = [];
  if (!alleenLokaal) {
    // Without an app id botbuilder authenticates nothing: anyone who can reach the port could then make the bot
    // post to any serviceUrl. That is only acceptable on this machine with the embedded store.
    if (!values.MicrosoftAppId) missing.push('MicrosoftAppId');
    if (!values.MicrosoftAppTenantId) missing.push('MicrosoftAppTenantId');
    if (values.MicrosoftAppType !== 'UserAssignedMSI' && !values.MicrosoftAppPassword) missing.push('MicrosoftAppPassword');
  }
  if (production && !values.COSMOS_ENDPOINT) missing.push('COSMOS_ENDPOINT');
  if (missing.length > 0) {
    throw new ConfigError(
      production
        ? `Productie start niet: ontbrekende instellingen ${missing.join(', ')}`
        : `Start geweigerd: zonder ${missing.join(', ')} luistert de bot alleen op 127.0.0.1 met de ingebouwde opslag`,
    );
  }
  return Object.freeze({
    production,
    host,
    port: values.PORT,
    bot: Object.freeze({
      appId: values.MicrosoftAppId,
      appPassword: values.MicrosoftAppPassword,
      tenantId: values.MicrosoftAppTenantId,
      appType: values.MicrosoftAppType,
    }),
    cosmos: Object.freeze({ endpoint: values.COSMOS_ENDPOINT, key: values.COSMOS_KEY, database: values.COSMOS_DATABASE }),
    localDataDir: values.LOCAL_DATA_DIR,
    evaluatie: Object.freeze({ tussentijdsWeken: values.EVALUATIE_TUSSENTIJDS_WEKEN, maanden: values.EVALUATIE_MAANDEN }),
    logLevel: values.LOG_LEVEL,
    lokaleCosmosPoort: values.LOCAL_COSMOS_PORT,
    herinneringen: Object.freeze({
      dagenVooraf: values.HERINNERING_DAGEN_VOORAF,
      achterstalligElke: values.HERINNERING_ACHTERSTALLIG_ELKE,
      escalatieElke: values.ESCALATIE_HERINNER_ELKE,
      venster: { beginUur: values.VERZENDVENSTER_BEGIN_UUR, eindUur: values.VERZENDVENSTER_EIND_UUR },
      feestdagen: { goedeVrijdag: values.FEESTDAG_GOEDE_VRIJDAG === 'true', bevrijdingsdag: values.FEESTDAG_BEVRIJDINGSDAG },
      stagnatie: {
        evaluatieAchterstalligWerkdagen: values.STAGNATIE_EVALUATIE_ACHTERSTALLIG_WERKDAGEN,
        geenVoortgangDagen: values.STAGNATIE_GEEN_VOORTGANG_DAGEN,
        loket: {
          antwoordWerkdagen: values.NORM_LOKET_WERKDAGEN,
          hulpGestartWeken: values.NORM_HULP_GESTART_WEKEN,
          stagnatieWeken: values.STAGNATIE_LOKET_NIET_GESTART_WEKEN,
        },
        openMaandenNaRegierol: values.STAGNATIE_OPEN_MAANDEN_NA_REGIEROL,
        wachten: {
          aanbod: { herinnerNaWerkdagen: values.HERINNERING_AANBOD_WERKDAGEN, stagnatieNaWerkdagen: values.STAGNATIE_AANBOD_WERKDAGEN },
          toestemming: { herinnerNaWerkdagen: values.HERINNERING_TOESTEMMING_WERKDAGEN, stagnatieNaWerkdagen: values.STAGNATIE_TOESTEMMING_WERKDAGEN },
          besluit: { herinnerNaWerkdagen: values.HERINNERING_NIEUW_BESLUIT_WERKDAGEN, stagnatieNaWerkdagen: values.STAGNATIE_NIEUW_BESLUIT_WERKDAGEN },
        },
      },
      beurten: { overdrachtWerkdagen: values.TERMIJN_OVERDRACHT_WERKDAGEN, afsluitenWerkdagen: values.TERMIJN_AFSLUITEN_WERKDAGEN },
    }),
    sweep: Object.freeze({
      intervalMs: values.SWEEP_INTERVAL_SECONDEN * 1000,
      leaseMs: values.SWEEP_LEASE_SECONDEN * 1000,
      maxPerRonde: values.SWEEP_MAX_PER_RONDE,
      parallel: 8,
      opnieuwNaMs: 15 * 60_000,
      maxPogingen: 3,
      tenantLimietPerInstantie: 50 / values.BOT_INSTANTIES,
    }),
    uitgaand: Object.freeze({
      leaseMs: values.SWEEP_LEASE_SECONDEN * 1000,
      maxPerRonde: values.SWEEP_MAX_PER_RONDE,
      parallel: 8,
      opnieuwNaMs: values.UITGAAND_OPNIEUW_SECONDEN * 1000,
      maxPogingen: values.UITGAAND_MAX_POGINGEN,
      // Teams waits about 5 s for the answer to a click (teams-notes); half of it leaves room for the rest of the turn.
      // Without an app id the bot only talks to a local host (the Agents Playground) that has no user-specific views
      // and no 429s: a channel card arriving after the answer would replace the clicker's card with the base card,
      // so there the click waits for the channel card (bounded, in case the local host hangs).
      klikBudgetMs: values.MicrosoftAppId === undefined ? 15_000 : 2_500,
      // The Playground pushes a card update to the browser on its own channel, and the answer to the click can overtake
      // it: the base card then replaced the clicker's card. A short pause there lets the update land first (not in
      // tests, whose fake connector keeps the bot's order).
      naKanaalkaartMs: values.MicrosoftAppId === undefined && values.NODE_ENV !== 'test' ? 1_000 : 0,
    }),
    teamsServiceUrl: values.TEAMS_SERVICE_URL,
    dialogen: values.TEAMS_DIALOGEN === 'auto' ? values.MicrosoftAppId !== undefined : values.TEAMS_DIALOGEN === 'aan',
    tabs: Object.freeze({
      appIdUri: values.TAB_APP_ID_URI,
      normen: Object.freeze({ loketWerkdagen: values.NORM_LOKET_WERKDAGEN, hulpGestartWeken: values.NORM_HULP_GESTART_WEKEN }),
    }),
    beheer: Object.freeze({
      objectIds: Object.freeze([...values.FUNCTIONEEL_BEHEERDERS]),
      ...(values.FUNCTIONEEL_BEHEERDERS_GROEP ? { groep: values.FUNCTIONEEL_BEHEERDERS_GROEP } : {}),
      ...(values.MicrosoftAppTenantId ? { tenantId: values.MicrosoftAppTenantId } : {}),
    }),
    bewaartermijnMaanden: values.BEWAARTERMIJN_MAANDEN,
    regios: values.REGIOS,
    toegestaneTenants: values.MicrosoftAppTenantId ? Object.freeze([values.MicrosoftAppTenantId, ...values.PARTNER_TENANTS]) : undefined,
    agenda: Object.freeze({ dagenVooraf: values.AGENDA_DAGEN_VOORAF, schoolvakanties: Object.freeze(values.SCHOOLVAKANTIES) }),
  });
}

/** When agendas are due and which days have no meeting, as registration needs it (a new case's first meeting). */
export function overleginstellingen(config: Pick<Config, 'agenda' | 'herinneringen'>): Overleginstellingen {
  return {
    dagenVooraf: config.agenda.dagenVooraf,
    kalender: { ...config.herinneringen.feestdagen, schoolvakanties: config.agenda.schoolvakanties },
    venster: config.herinneringen.venster,
  };
}
