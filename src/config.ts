import { z } from 'zod';

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
}

export class ConfigError extends Error {}

/** Parses the environment once. Throws a ConfigError whose message is one line saying what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Ongeldige configuratie: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  if (production) {
    const missing: string[] = [];
    if (!values.MicrosoftAppId) missing.push('MicrosoftAppId');
    if (!values.MicrosoftAppTenantId && values.MicrosoftAppType !== 'MultiTenant') missing.push('MicrosoftAppTenantId');
    if (values.MicrosoftAppType === 'SingleTenant' && !values.MicrosoftAppPassword) missing.push('MicrosoftAppPassword');
    if (!values.COSMOS_ENDPOINT) missing.push('COSMOS_ENDPOINT');
    if (missing.length > 0) {
      throw new ConfigError(`Productie start niet: ontbrekende instellingen ${missing.join(', ')}`);
    }
  }
  return Object.freeze({
    production,
    host: values.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
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
  });
}
