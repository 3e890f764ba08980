/**
 * One sweep (reminders, agendas and the retention term) from the command line, for cron, an Azure Functions timer or a test with any clock:
 *   node dist/src/jobs/cli.js --now 2026-12-01T09:00:00+01:00 [--instantie naam]
 * A composition root for the CLI (like src/index.ts for the bot): it reads the config and builds stores and sender.
 *
 * Storage: with COSMOS_ENDPOINT it uses that account. Without it, it uses the embedded server of a locally running
 * bot (found through LOCAL_DATA_DIR/cosmos-endpoint.json), or else opens the local snapshot itself.
 */
import os from 'node:os';
import { z } from 'zod';
import { samenvatting } from '../app/herinneringen-sweep';
import { Config, loadConfig } from '../config';
import { createLogger, Logger } from '../log';
import { Veegverslag, maakAdapter, maakOnderdelen, maakSweep, openOpslag, rechtenDeps, sweepDeps } from '../samenstelling';

const argumenten = z.object({
  now: z.iso.datetime({ offset: true }).optional(),
  instantie: z.string().min(1).optional(),
});

export function leesArgumenten(argv: readonly string[]): z.infer<typeof argumenten> {
  const paren: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const naam = argv[i]?.match(/^--(\w+)(?:=(.*))?$/);
    if (!naam?.[1]) throw new Error(`Onbekend argument: ${argv[i] ?? ''}`);
    paren[naam[1]] = naam[2] ?? argv[++i] ?? '';
  }
  const gelezen = argumenten.strict().safeParse(paren);
  if (!gelezen.success) {
    const wat = gelezen.error.issues.map((i) => `${i.path.join('.') || 'argumenten'}: ${i.message}`).join('; ');
    throw new Error(`${wat} (gebruik: --now 2026-12-01T09:00:00+01:00 [--instantie naam])`);
  }
  return gelezen.data;
}

export async function eenmaligeSweep(config: Config, nu: Date, instantie: string, log: Logger): Promise<Veegverslag> {
  const opslag = await openOpslag(config, log, 'cli');
  try {
    const onderdelen = maakOnderdelen(config, log, opslag.database, maakAdapter(config));
    const klok = { nu: () => nu };
    // The sweep handles no requests, so nobody is asked whether they are a functional administrator.
    const rechten = rechtenDeps(config, onderdelen, klok, async () => false);
    return await maakSweep(sweepDeps(config, onderdelen, klok, instantie, log), rechten, log)(nu);
  } finally {
    await opslag.sluit();
  }
}

async function main(): Promise<void> {
  const args = leesArgumenten(process.argv.slice(2));
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const nu = args.now ? new Date(args.now) : new Date();
  const verslag = await eenmaligeSweep(config, nu, args.instantie ?? `cli-${os.hostname()}-${process.pid}`, log);
  console.log(`${samenvatting(verslag)}; bewaartermijn: ${verslag.vernietigd} hulpvraag/-vragen vernietigd`);
  for (const fout of verslag.fouten) console.error(`  ${fout}`);
  process.exitCode = verslag.fouten.length > 0 ? 2 : 0;
}

if (require.main === module) {
  main().catch((fout: unknown) => {
    console.error('Sweep mislukt:', fout instanceof Error ? fout.message : fout);
    process.exit(1);
  });
}
