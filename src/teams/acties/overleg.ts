import { z } from 'zod';
import { Overleguitkomst } from '../../app/overleg';
import { ALGEMENE_CATEGORIEEN } from '../../domain/agendapunten';
import { DomainError, FOUTCODES } from '../../domain/errors';
import { dagEnDatumNl, datumInAmsterdam } from '../../domain/tijd';
import { RITMES, Vergaderritme, WEEKDAGNAMEN, ritmeTekst } from '../../domain/vergaderritme';
import { BeurtContext, InvokeAntwoord, KaartActie, wieVan } from '../context';
import { veldfouten } from '../dialogen/route-formulier';
import { koppelBevestiging } from '../kaarten/koppel-kaart';
import { OverlegVeld, overlegFormulier } from '../kaarten/overleg-kaart';
import { VERBS } from '../verbs';
import { datumSchema } from './invoer';

/* The schakelteam's meeting, in its channel: the rhythm, and general items on the agenda. */

const RITME_KEUZES = [
  { titel: 'Om de week', waarde: 'tweewekelijks' },
  { titel: 'Elke week', waarde: 'wekelijks' },
  { titel: 'Geen vast overleg (geen agenda)', waarde: 'geen' },
];

const RITME_VELDEN: readonly OverlegVeld[] = [
  { id: 'ritme', soort: 'keuze', label: 'Hoe vaak overlegt het schakelteam?', keuzes: RITME_KEUZES },
  { id: 'weekdag', soort: 'lijst', label: 'Op welke dag?', keuzes: WEEKDAGNAMEN.map((dag, i) => ({ titel: dag, waarde: String(i + 1) })) },
  { id: 'tijd', soort: 'tekst', label: 'Hoe laat?', uitleg: 'Bijvoorbeeld 14:00.', max: 5 },
  { id: 'vanaf', soort: 'datum', label: 'Eerste overleg op of na', uitleg: 'Bij "om de week" telt het ritme vanaf dit overleg.' },
];

/** The rhythm form's inputs; day, time and first date only matter (and are then required) with a rhythm. */
const ritmeFormulier = z
  .object({
    ritme: z.enum(RITMES, 'Kies hoe vaak het schakelteam overlegt'),
    weekdag: z.string().optional(),
    tijd: z.string().trim().optional(),
    vanaf: z.string().optional(),
    annuleren: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.ritme === 'geen') return;
    if (!/^[1-5]$/.test(v.weekdag ?? '')) ctx.addIssue({ code: 'custom', path: ['weekdag'], message: 'Kies een dag van maandag tot en met vrijdag' });
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v.tijd ?? '')) ctx.addIssue({ code: 'custom', path: ['tijd'], message: 'Schrijf de tijd als 14:00' });
    const datum = datumSchema.safeParse(v.vanaf ?? '');
    if (!datum.success) ctx.addIssue({ code: 'custom', path: ['vanaf'], message: datum.error.issues[0]?.message ?? 'Kies een datum' });
  });

function eisKanaal(context: BeurtContext): void {
  if (context.gesprek.soort !== 'kanaal') throw new DomainError(FOUTCODES.ongeldigeInvoer, 'Dit kan alleen in het kanaal van het schakelteam.');
}

function ritmeKaart(waarden: Readonly<Record<string, string>>, fouten?: Readonly<Record<string, string>>) {
  return overlegFormulier({
    titel: 'Vergaderritme van het schakelteam',
    uitleg: 'De agenda van elk overleg komt vooraf in dit kanaal: de te bespreken leerlingen (alleen hun nummer), of er toestemming is, de geschatte tijd en de algemene punten.',
    verb: VERBS.vergaderritme,
    opslaan: 'Vastleggen',
    velden: RITME_VELDEN,
    waarden,
    ...(fouten ? { fouten } : {}),
  });
}

/** The form with the current rhythm filled in (or the seeds' default: every two weeks). */
export async function vergaderritmeFormulier(context: BeurtContext) {
  eisKanaal(context);
  const huidig = await context.diensten.huidigRitme(wieVan(context), context.gesprek.id);
  if (huidig.soort === 'geweigerd') return huidig.fout;
  const r = huidig.schakelteam.vergaderritme;
  const vandaag = datumInAmsterdam(context.diensten.nu());
  return ritmeKaart(r ? { ritme: r.ritme, weekdag: String(r.weekdag), tijd: r.tijd, vanaf: r.vanaf } : { ritme: 'tweewekelijks', weekdag: '2', tijd: '14:00', vanaf: vandaag });
}

function bevestiging(uitkomst: Extract<Overleguitkomst, { soort: 'gedaan' }>, dagenVooraf: string) {
  const v = uitkomst.volgende;
  return koppelBevestiging('Vergaderritme vastgelegd', [
    { titel: 'Overleg', waarde: ritmeTekst(uitkomst.schakelteam.vergaderritme) },
    ...(v ? [{ titel: 'Volgend overleg', waarde: `${dagEnDatumNl(v.datum)} om ${v.tijd}` }, { titel: 'Agenda in dit kanaal', waarde: `${dagEnDatumNl(v.agendaOp)} ${dagenVooraf}` }] : []),
  ]);
}

async function legRitmeVast(context: BeurtContext, data: unknown): Promise<InvokeAntwoord> {
  eisKanaal(context);
  const ruw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (ruw.annuleren === true) return { soort: 'bericht', tekst: 'Er is niets gewijzigd.' };
  const gelezen = ritmeFormulier.safeParse(ruw);
  const waarden = Object.fromEntries(RITME_VELDEN.map((v) => [v.id, typeof ruw[v.id] === 'string' ? String(ruw[v.id]) : '']));
  if (!gelezen.success) return { soort: 'kaart', kaart: ritmeKaart(waarden, veldfouten(gelezen.error)) };
  const invoer = gelezen.data;
  // Without a rhythm day, time and first date mean nothing (no meeting is computed); they are stored as placeholders.
  const ritme: Vergaderritme =
    invoer.ritme === 'geen'
      ? { ritme: 'geen', weekdag: 1, tijd: '00:00', vanaf: datumInAmsterdam(context.diensten.nu()) }
      : { ritme: invoer.ritme, weekdag: Number(invoer.weekdag), tijd: invoer.tijd ?? '', vanaf: invoer.vanaf ?? '' };
  const uitkomst = await context.diensten.stelVergaderritmeIn(wieVan(context), context.gesprek.id, ritme);
  if (uitkomst.soort === 'geweigerd') return { soort: 'bericht', tekst: uitkomst.fout };
  await context.stuur(`${context.persoon.naam} heeft het vergaderritme van het schakelteam vastgelegd: ${ritmeTekst(ritme)}.`);
  return { soort: 'kaart', kaart: bevestiging(uitkomst, `(${context.diensten.agendaDagenVooraf} dagen vooraf)`) };
}

export const vergaderritmeActie: KaartActie = { verb: VERBS.vergaderritme, voerUit: legRitmeVast };

const PUNT_VELDEN: readonly OverlegVeld[] = [
  { id: 'categorie', soort: 'lijst', label: 'Onderwerp', keuzes: ALGEMENE_CATEGORIEEN.map((c) => ({ titel: c, waarde: c })) },
];

const puntFormulier = z.object({ categorie: z.enum(ALGEMENE_CATEGORIEEN, 'Kies een onderwerp uit de lijst') });

export function agendapuntKaart(fouten?: Readonly<Record<string, string>>) {
  return overlegFormulier({
    titel: 'Algemeen punt voor het overleg',
    uitleg:
      'Kies het onderwerp; de toelichting geeft u in het overleg zelf. De agenda staat in het kanaal, dus er komt geen getypte tekst op. Gaat het over één leerling? Dan is het geen algemeen punt: die bespreekt het schakelteam via de hulpvraag.',
    verb: VERBS.agendapunt,
    opslaan: 'Op de agenda zetten',
    velden: PUNT_VELDEN,
    waarden: {},
    ...(fouten ? { fouten } : {}),
  });
}

async function zetOpAgenda(context: BeurtContext, data: unknown): Promise<InvokeAntwoord> {
  eisKanaal(context);
  const ruw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (ruw.annuleren === true) return { soort: 'bericht', tekst: 'Er is niets gewijzigd.' };
  const gelezen = puntFormulier.safeParse(ruw);
  if (!gelezen.success) return { soort: 'kaart', kaart: agendapuntKaart(veldfouten(gelezen.error)) };
  const uitkomst = await context.diensten.voegAgendapuntToe(wieVan(context), context.gesprek.id, gelezen.data.categorie);
  if (uitkomst.soort === 'geweigerd') return { soort: 'bericht', tekst: uitkomst.fout };
  const wanneer = uitkomst.volgende ? ` van ${dagEnDatumNl(uitkomst.volgende.datum)}` : '';
  await context.stuur(`${context.persoon.naam} heeft een algemeen punt op de agenda van het overleg${wanneer} gezet: ${gelezen.data.categorie}.`);
  return { soort: 'bericht', tekst: `Het punt staat op de agenda van het overleg${wanneer}.` };
}

export const agendapuntActie: KaartActie = { verb: VERBS.agendapunt, voerUit: zetOpAgenda };
