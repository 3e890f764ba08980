import { z } from 'zod';
import { MAX_ACTIES, MAX_WAT } from '../../domain/afspraken';
import { Hulpvraag } from '../../domain/hulpvraag';
import { RouteFormulier } from '../acties/hulpvraag-acties';
import { Veldfout, datumSchema, kortetekst } from '../acties/invoer';
import { BeurtContext, splitsIds } from '../context';
import { routeFormulierDialoog, Veldspec } from './route-formulier';
import { PERSONEN_UITLEG, keuzes } from './route-formulieren';

/* Seed 000 stap 4 and 5: the agreements of the meeting about this case, recorded by the schakelteam or the holder. */

const NUMMERS = Array.from({ length: MAX_ACTIES }, (_, i) => i + 1);
const optioneel = z.string().optional();

const afsprakenSchema = z.object({
  ...Object.fromEntries(
    NUMMERS.flatMap((n) => [
      [`afspraak${n}Wat`, kortetekst(MAX_WAT).optional()],
      [`afspraak${n}Wie`, optioneel],
      [`afspraak${n}Wanneer`, datumSchema.optional()],
    ]),
  ),
  terugkoppelingSchool: optioneel,
  terugkoppelingOuders: optioneel,
  casuscoordinator: optioneel,
  verwijsindex: z.enum(['melden', 'niet_melden'], 'Leg de afweging over de Verwijsindex vast'),
  verwijsindexWie: optioneel,
  vervolgbespreking: datumSchema.optional(),
});
type Invoer = z.infer<typeof afsprakenSchema>;

/** One picked person, or the field's own Dutch message. */
async function een(context: BeurtContext, ids: unknown, veld: string, melding: string) {
  const [persoon] = await context.kiesPersonen(splitsIds(typeof ids === 'string' ? ids : undefined));
  if (!persoon) throw new Veldfout(veld, melding);
  return { tenantId: persoon.tenantId, aadObjectId: persoon.aadObjectId, naam: persoon.naam, ...(persoon.teamsId ? { teamsId: persoon.teamsId } : {}) };
}

/** An agreement block counts when anything in it is filled in; then all three parts are needed. */
async function acties(invoer: Invoer, context: BeurtContext) {
  const uit = [];
  const waarde = (veld: string): string => {
    const v: unknown = (invoer as Record<string, unknown>)[veld];
    return typeof v === 'string' ? v : '';
  };
  for (const n of NUMMERS) {
    const [wat, wie, wanneer] = [waarde(`afspraak${n}Wat`), waarde(`afspraak${n}Wie`), waarde(`afspraak${n}Wanneer`)];
    if (!wat && !wie && !wanneer) continue;
    if (!wat) throw new Veldfout(`afspraak${n}Wat`, 'Beschrijf wat er gebeurt');
    if (!wanneer) throw new Veldfout(`afspraak${n}Wanneer`, 'Kies wanneer het klaar is');
    uit.push({ wat, wie: await een(context, wie, `afspraak${n}Wie`, 'Kies wie het doet'), wanneer });
  }
  if (uit.length === 0) throw new Veldfout('afspraak1Wat', 'Leg minstens één afspraak vast: wat, door wie, wanneer');
  return uit;
}

export const AFSPRAKEN: RouteFormulier<typeof afsprakenSchema> = {
  schema: afsprakenSchema,
  async bouw(invoer, context) {
    const melden = invoer.verwijsindex === 'melden';
    return {
      soort: 'afspraken_vastgelegd',
      afspraken: {
        acties: await acties(invoer, context),
        terugkoppelingSchool: await een(context, invoer.terugkoppelingSchool, 'terugkoppelingSchool', 'Kies wie terugkoppelt naar school'),
        terugkoppelingOuders: await een(context, invoer.terugkoppelingOuders, 'terugkoppelingOuders', 'Kies wie terugkoppelt naar de ouders'),
        casuscoordinator: await een(context, invoer.casuscoordinator, 'casuscoordinator', 'Kies de casuscoördinator'),
        verwijsindex: melden ? { melden, wie: await een(context, invoer.verwijsindexWie, 'verwijsindexWie', 'Kies wie de melding doet') } : { melden },
        ...(invoer.vervolgbespreking ? { vervolgbespreking: invoer.vervolgbespreking } : {}),
      },
    };
  },
};

function velden(): Veldspec[] {
  return [
    ...NUMMERS.flatMap((n): Veldspec[] => [
      { id: `afspraak${n}Wat`, soort: 'lang', label: `Afspraak ${n}: wat gebeurt er`, max: MAX_WAT, ...(n === 1 ? { uitleg: 'Kort en zonder diagnose; de inhoud blijft in het eigen dossier.' } : {}) },
      { id: `afspraak${n}Wie`, soort: 'persoon', label: `Afspraak ${n}: wie doet het`, ...(n === 1 ? { uitleg: PERSONEN_UITLEG } : {}) },
      { id: `afspraak${n}Wanneer`, soort: 'datum', label: `Afspraak ${n}: klaar op`, ...(n === 1 ? { uitleg: 'De bot herinnert wie het doet, vooraf en op de dag.' } : {}) },
    ]),
    { id: 'terugkoppelingSchool', soort: 'persoon', label: 'Wie koppelt terug naar school' },
    { id: 'terugkoppelingOuders', soort: 'persoon', label: 'Wie koppelt terug naar de ouders' },
    { id: 'casuscoordinator', soort: 'persoon', label: 'Casuscoördinator', uitleg: 'Bewaakt de voortgang van de afspraken (seed 000).' },
    { id: 'verwijsindex', soort: 'keuze', label: 'Verwijsindex risicojongeren', keuzes: keuzes(['melden', 'Melden'], ['niet_melden', 'Niet melden']) },
    { id: 'verwijsindexWie', soort: 'persoon', label: 'Wie doet de melding bij de Verwijsindex' },
    { id: 'vervolgbespreking', soort: 'datum', label: 'Vervolgbespreking op of na', uitleg: 'De hulpvraag komt op de agenda van het eerste overleg vanaf deze datum.' },
  ];
}

/** The last agreements as the form's starting values: a follow-up meeting adjusts them rather than starting blank. */
function beginwaarden(h: Hulpvraag): Record<string, string> {
  const a = h.afspraken;
  if (!a) return {};
  return {
    ...Object.fromEntries(a.acties.flatMap((x, i) => [[`afspraak${i + 1}Wat`, x.wat], [`afspraak${i + 1}Wie`, x.wie.aadObjectId], [`afspraak${i + 1}Wanneer`, x.wanneer]])),
    terugkoppelingSchool: a.terugkoppelingSchool.aadObjectId,
    terugkoppelingOuders: a.terugkoppelingOuders.aadObjectId,
    casuscoordinator: a.casuscoordinator.aadObjectId,
    verwijsindex: a.verwijsindex.melden ? 'melden' : 'niet_melden',
    ...(a.verwijsindex.wie ? { verwijsindexWie: a.verwijsindex.wie.aadObjectId } : {}),
  };
}

export const AFSPRAKEN_VASTGELEGD = 'De afspraken zijn vastgelegd. Wie een afspraak met een datum heeft, krijgt een herinnering.';

export const afsprakenDialoog = routeFormulierDialoog({
  naam: 'afspraken',
  titel: 'Afspraken vastleggen',
  actie: () => 'afspraken_vastgelegd',
  opslaan: 'Afspraken vastleggen',
  bevestiging: AFSPRAKEN_VASTGELEGD,
  uitleg: () =>
    'De afspraken van het overleg over deze leerling: wat er gebeurt, door wie en wanneer, wie terugkoppelt, wie de casuscoördinator is en de afweging over de Verwijsindex. Alleen wie de details mag zien, leest ze; in het kanaal komen ze nooit.',
  velden,
  // The last agreements are its starting values: what happens is typed about the pupil.
  nodig: (h) => (h.afspraken ? 'inhoud' : undefined),
  beginwaarden,
  formulier: () => AFSPRAKEN,
});
