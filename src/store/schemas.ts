import { z } from 'zod';
import { DISCIPLINES, ROLLEN } from '../domain/personen';
import { STATUSSEN } from '../domain/route';
import { ALGEMENE_CATEGORIEEN } from '../domain/agendapunten';
import { STAPCODES } from '../domain/stapcode';
import { RITMES } from '../domain/vergaderritme';

/** Bumped when the stored shape changes; a reader refuses versions it does not know instead of guessing. */
export const SCHEMA_VERSIE = 1;

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const tijdstip = z.iso.datetime();

const betrokkene = z.object({
  tenantId: z.string().min(1),
  aadObjectId: z.string().min(1),
  naam: z.string(),
  rol: z.enum(ROLLEN),
  discipline: z.enum(DISCIPLINES).optional(),
  teamsId: z.string().optional(),
  geaccepteerd: tijdstip.optional(),
});

/** Someone named in the meeting's agreements: picked in the form, not necessarily involved in the case. */
const afspraakpersoon = z.object({ tenantId: z.string().min(1), aadObjectId: z.string().min(1), naam: z.string(), teamsId: z.string().optional() });

/**
 * A "your turn" entry written before it carried the domain's step code carried its own text (`melding`); one still
 * waiting to be sent goes out as that text, a notice.
 */
function beurtMetEigenTekst(waarde: unknown): unknown {
  if (typeof waarde !== 'object' || waarde === null || !('soort' in waarde) || waarde.soort !== 'beurt') return waarde;
  if (!('melding' in waarde) || 'stap' in waarde) return waarde;
  const { melding, ...rest } = waarde;
  return { ...rest, soort: 'kennisgeving', tekst: melding };
}

/** What an outbox entry describes (domain/uitgaand-inhoud.ts): on the case until relayed, then on its Postbericht. */
export const uitgaandInhoud = z.preprocess(
  beurtMetEigenTekst,
  z.discriminatedUnion('soort', [
    z.object({ soort: z.literal('kanaalkaart_plaatsen') }),
    z.object({ soort: z.literal('kanaalkaart') }),
    z.object({ soort: z.literal('loketkaart') }),
    z.object({ soort: z.literal('kanaalbericht'), tekst: z.string() }),
    z.object({ soort: z.literal('beurt'), aan: betrokkene, stap: z.enum(STAPCODES), aanleiding: z.string().optional() }),
    z.object({ soort: z.literal('kennisgeving'), aan: betrokkene, tekst: z.string() }),
    z.object({ soort: z.literal('niet_aangekomen'), aan: betrokkene.optional(), tekst: z.string() }),
  ]),
);

const leeftijd = z.union([
  z.object({ geboortedatum: datum }),
  z.object({ leeftijd: z.number().int().min(0).max(30), peildatum: datum }),
]);

/** Before issue 10 the parents answered as one (`ouders`); such an answer is read as representative 1's. */
const antwoorden = z
  .object({ ouders: z.boolean().optional(), ouder1: z.boolean().optional(), ouder2: z.boolean().optional(), leerling: z.boolean().optional() })
  .transform(({ ouders, ...rest }) => (ouders !== undefined && rest.ouder1 === undefined ? { ...rest, ouder1: ouders } : rest));

const toestemming = z.object({
  status: z.enum(['gegeven', 'geweigerd', 'ingetrokken']),
  antwoorden,
  eenOuderMetGezag: z.boolean().optional(),
  partners: z.array(z.string()),
  datum,
  wijze: z.enum(['papier', 'mondeling', 'digitaal']),
  leeftijdBijVragen: z.number().int(),
});

const hulpvraagVelden = z.object({
  id: z.string().min(1),
  nummer: z.string().min(1),
  tenantId: z.string().min(1),
  schakelteamId: z.string().min(1),
  school: z.string(),
  onderwijs: z.enum(['PO', 'VO']),
  leerling: z.object({ referentie: z.string(), groep: z.string(), leeftijd }),
  vraag: z.string(),
  signalen: z.string(),
  geprobeerd: z.string(),
  oudersOpDeHoogte: z.boolean(),
  alleenAdvies: z.boolean(),
  status: z.enum(STATUSSEN),
  statusSinds: tijdstip.optional(),
  // `eersteOverleg` (a meeting date stored at registration until issue 20) is no longer read: the schema drops it.
  betrokkenen: z.array(betrokkene),
  besluit: z
    .object({
      soort: z.enum(['regierol', 'expertiseteam', 'loket', 'basisondersteuning']),
      reden: z.string(),
      verwijsindex: z.object({ nodig: z.boolean(), wie: z.string().optional() }),
      datum,
    })
    .optional(),
  toestemming: toestemming.optional(),
  overdracht: z.object({ naar: betrokkene, reden: z.string() }).optional(),
  uitbreiding: z.object({ stap: z.enum(['expert', 'overdracht']), persoon: betrokkene, partner: z.string(), sinds: tijdstip }).optional(),
  regierolSinds: tijdstip.optional(),
  evaluatiedata: z.object({ tussentijds: datum, eind: datum }).optional(),
  evaluaties: z.array(
    z.object({
      soort: z.enum(['tussentijds', 'eind']),
      datum,
      voor: datum.optional(),
      doelBereikt: z.boolean(),
      toelichting: z.string(),
      vervolg: z.enum(['doorgaan', 'bijstellen', 'afsluiten', 'escaleren']),
      doelen: z
        .array(
          z.object({
            doelId: z.string(),
            behaald: z.boolean(),
            toelichting: z.string(),
            vervolg: z.object({ soort: z.enum(['aanvullende_acties', 'doel_bijgesteld']), tekst: z.string() }).optional(),
          }),
        )
        .optional(),
    }),
  ),
  uitvraag: z.object({ gedaan: z.boolean(), toelichting: z.string() }).optional(),
  plan: z
    .object({
      opgesteld: datum,
      gewijzigd: datum,
      doelen: z.array(
        z.object({
          id: z.string(),
          doel: z.string(),
          acties: z.string(),
          termijn: datum,
          verantwoordelijke: z.string(),
          uitOverleg: z.object({ overleg: datum, afspraak: z.string() }).optional(),
        }),
      ),
    })
    .optional(),
  laatsteVoortgang: tijdstip.optional(),
  bespreektijd: z.number().int().min(1).optional(),
  afspraken: z
    .object({
      overleg: datum,
      acties: z.array(z.object({ id: z.string(), wat: z.string(), wie: afspraakpersoon, wanneer: datum })),
      terugkoppelingSchool: afspraakpersoon,
      terugkoppelingOuders: afspraakpersoon,
      casuscoordinator: afspraakpersoon,
      verwijsindex: z.object({ melden: z.boolean(), wie: afspraakpersoon.optional() }),
      vervolgbespreking: datum.optional(),
    })
    .optional(),
  stagnatie: z
    .object({
      reden: z.string(),
      toelichting: z.string(),
      regel: z.string().optional(),
      sinds: tijdstip,
      lopend: z
        .discriminatedUnion('soort', [
          z.object({ soort: z.literal('aanbod'), naar: betrokkene }),
          z.object({ soort: z.literal('overdracht'), naar: betrokkene, reden: z.string() }),
        ])
        .optional(),
    })
    .optional(),
  teamNoBesluit: z
    .object({ besluit: z.string(), opdracht: z.string(), aanbieder: z.string(), datum, lopend: z.enum(['doorzetten', 'vervalt']).optional() })
    .optional(),
  loket: z
    .object({
      sinds: tijdstip,
      via: z.enum(['besluit', 'overdracht']),
      vorigeHouder: betrokkene.optional(),
      genomen: tijdstip.optional(),
      aangekomen: tijdstip.optional(),
      contact: tijdstip.optional(),
      weging: z.object({ lijn: z.enum(['eerste', 'tweede']), aanbieder: z.string(), start: datum }).optional(),
      navragen: z.object({ antwoord: tijdstip.optional(), start: tijdstip.optional() }).optional(),
      hulpGestart: tijdstip.optional(),
      bericht: z.object({ kanaalId: z.string(), activityId: z.string() }).optional(),
    })
    .optional(),
  uitkomst: z.string().optional(),
  kanaalBericht: z.object({ kanaalId: z.string(), activityId: z.string() }).optional(),
  gecontroleerdTot: tijdstip.optional(),
  uitgaand: z.array(z.intersection(z.object({ id: z.string().min(1), doorsturenVanaf: tijdstip.optional() }), uitgaandInhoud)).optional(),
  versie: z.number().int().min(1),
  aangemaakt: tijdstip,
  bijgewerkt: tijdstip,
  geschiedenis: z.array(
    z.object({
      tijdstip,
      door: z.object({ tenantId: z.string(), aadObjectId: z.string(), naam: z.string() }),
      wat: z.string(),
      details: z.record(z.string(), z.string()),
    }),
  ),
});

/** The stored document: the case plus the derived fields the queries use. */
export const hulpvraagDocument = hulpvraagVelden.extend({
  type: z.literal('hulpvraag'),
  schemaVersie: z.literal(SCHEMA_VERSIE),
  betrokkenenIds: z.array(z.string()),
  /** Derived on every write (domain/bewaking.ts); the sweep's indexed range query reads it. */
  volgendeDeadline: tijdstip.optional(),
});
export type HulpvraagDocument = z.infer<typeof hulpvraagDocument>;


export { betrokkene as betrokkeneSchema };

export const schakelteamDocument = z.object({
  id: z.string().min(1),
  tenantId: z.string().min(1),
  type: z.literal('schakelteam'),
  schemaVersie: z.literal(SCHEMA_VERSIE),
  naam: z.string(),
  scholen: z.array(z.string()),
  onderwijs: z.enum(['PO', 'VO']),
  leden: z.array(betrokkene),
  termijnen: z.object({ tussentijdsWeken: z.number().int().min(1), maanden: z.number().int().min(1) }).optional(),
  vergaderritme: z
    .object({ ritme: z.enum(RITMES), weekdag: z.number().int().min(1).max(5), tijd: z.string().regex(/^\d{2}:\d{2}$/), vanaf: datum })
    .optional(),
  agendapunten: z
    .array(
      z.object({
        id: z.string().min(1),
        categorie: z.enum(ALGEMENE_CATEGORIEEN),
        door: z.object({ tenantId: z.string(), aadObjectId: z.string(), naam: z.string() }),
        vergaderdatum: datum,
        toegevoegd: tijdstip,
      }),
    )
    .optional(),
  gekoppeld: tijdstip.optional(),
});


export const tellerDocument = z.object({ id: z.string().min(1), waarde: z.number().int().min(0) });

/** One attempt to send a reminder or agenda, recorded on its document (who tried, what came of it). */
export const verzendpogingSchema = z.object({
  tijdstip,
  door: z.string(),
  uitkomst: z.enum(['verzonden', 'onbruikbaar', 'mislukt', 'vervallen', 'uitgesteld']),
  activityId: z.string().optional(),
  reden: z.string().optional(),
});
