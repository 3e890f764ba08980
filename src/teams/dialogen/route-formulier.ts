import { z } from 'zod';
import { Hulpvraag } from '../../domain/hulpvraag';
import { GebeurtenisSoort } from '../../domain/route';
import { LocalDate } from '../../domain/tijd';
import { Veldgroep, magZien } from '../../domain/zichtbaarheid';
import { BeurtContext, splitsIds } from '../context';
import { Feit, FormulierVeld, Keuze, VeldSoort } from '../kaarten/modellen';
import { renderKaart } from '../kaarten/render';
import { RouteFormulier } from '../acties/hulpvraag-acties';
import { Veldfout } from '../acties/invoer';
import { ZOEKSETS } from '../verbs';
import { Dialoog, Lezing, casusDialoog } from './dialoog';

/** One field of a route form: how it is shown; what it may hold is the form's zod schema. */
export interface Veldspec {
  readonly id: string;
  readonly soort: VeldSoort;
  readonly label: string;
  readonly uitleg?: string;
  readonly max?: number;
  readonly keuzes?: readonly Keuze[];
  /** False: not asked in this case (e.g. the pupil's own consent under 12); the form still reads it as absent. */
  readonly toon?: boolean;
}

export interface RouteFormulierDef {
  readonly naam: string;
  readonly titel: string;
  /** The route step it takes (may depend on the case: consent, or extending consent while a step waits for it). */
  actie(h: Hulpvraag): GebeurtenisSoort;
  readonly opslaan: string;
  /** What the saved card says; a function of the case after saving where the answer decides it. */
  readonly bevestiging: string | ((na: Hulpvraag, context: BeurtContext) => string | Promise<string>);
  /** A reason this step cannot be taken yet beyond role and state, as a sentence. */
  nogNiet?(h: Hulpvraag): string | undefined;
  uitleg(h: Hulpvraag, vandaag: LocalDate): string;
  /**
   * What the form is about, shown above the fields, each with its field group: only what the visibility rule lets the
   * person who opened the form see is shown.
   */
  feiten?(h: Hulpvraag): Casusfeit[];
  /** The case data the form cannot do without (see CasusDialoogDef.nodig). */
  nodig?(h: Hulpvraag): Veldgroep | undefined;
  velden(h: Hulpvraag, vandaag: LocalDate): readonly Veldspec[];
  beginwaarden?(h: Hulpvraag, vandaag: LocalDate): Record<string, string>;
  voetnoot?(h: Hulpvraag, vandaag: LocalDate): string;
  formulier(h: Hulpvraag): RouteFormulier<z.ZodObject>;
}

/** A fact of the case shown on a form, with the visibility rule's field group it belongs to. */
export interface Casusfeit extends Feit {
  readonly groep: Veldgroep;
}

const isPersoonveld = (soort: VeldSoort) => soort === 'persoon' || soort === 'personen';

/** The zod issues of a form as one sentence per field (the first problem of each). */
export function veldfouten(fout: z.ZodError): Record<string, string> {
  const fouten: Record<string, string> = {};
  for (const issue of fout.issues) {
    const veld = String(issue.path[0] ?? '');
    if (!fouten[veld]) fouten[veld] = `${issue.message}.`.replace(/\.\.$/, '.');
  }
  return fouten;
}

/**
 * A step of the route as a form (cards/formulier.json): the fields, the problems marked at each, and the people
 * chosen shown by name. The same form opens as a Teams dialog or in place; the schema is the card verb's.
 */
export function routeFormulierDialoog(def: RouteFormulierDef): Dialoog {
  // Every field is listed whether shown or not, and only labels and defaults depend on the day, so every day gives the same ids.
  const ids = (h: Hulpvraag) => def.velden(h, '2000-01-01').map((v) => v.id);
  return casusDialoog({
    naam: def.naam,
    sjabloon: 'formulier',
    titel: def.titel,
    actie: (h) => def.actie(h),
    opslaan: def.opslaan,
    bevestiging: def.bevestiging,
    ...(def.nogNiet ? { nogNiet: def.nogNiet } : {}),
    ...(def.nodig ? { nodig: def.nodig } : {}),
    velden: ids,
    beginwaarden: (h, vandaag) => def.beginwaarden?.(h, vandaag) ?? {},
    async kaart(h, invulling, knoppen, vandaag, context: BeurtContext, zicht) {
      const specs = def.velden(h, vandaag).filter((v) => v.toon !== false);
      // One person picked in several fields (the agreements' owner, casuscoördinator, …) is one choice per picker.
      const gekozenIds = [...new Set(specs.filter((v) => isPersoonveld(v.soort)).flatMap((v) => splitsIds(invulling.waarden[v.id])))];
      const gekozen = gekozenIds.length > 0 ? await context.kiesPersonen(gekozenIds) : [];
      const velden: FormulierVeld[] = specs.map((v) => {
        const waarde = invulling.waarden[v.id] ?? '';
        const personen = splitsIds(waarde).flatMap((id) => gekozen.filter((p) => p.aadObjectId === id).map((p) => ({ titel: p.naam, waarde: id })));
        return {
          id: v.id,
          soort: v.soort,
          label: v.label,
          waarde,
          fout: invulling.fouten[v.id] ?? '',
          uitleg: v.uitleg ?? '',
          maxLengte: v.max ?? 0,
          keuzes: isPersoonveld(v.soort) ? personen : [...(v.keuzes ?? [])],
          zoekset: isPersoonveld(v.soort) ? (knoppen.inDialoog ? ZOEKSETS.collegas : ZOEKSETS.gesprek) : '',
        };
      });
      return renderKaart('formulier', {
        titel: `${def.titel} · ${h.nummer}`,
        uitleg: def.uitleg(h, vandaag),
        melding: invulling.melding,
        meldingKleur: invulling.meldingKleur,
        knoppen,
        feiten: (def.feiten?.(h) ?? []).filter((f) => magZien(zicht, f.groep)).map(({ titel, waarde }) => ({ titel, waarde })),
        velden,
        voetnoot: def.voetnoot?.(h, vandaag) ?? '',
      });
    },
    async lees(waarden, h, _vandaag, context): Promise<Lezing> {
      // An untouched or emptied field is absent where the schema allows that, as on the card verbs' forms; a required
      // one stays empty, so its own Dutch message marks it.
      const formulier = def.formulier(h);
      const magOntbreken = (veld: string) => formulier.schema.shape[veld]?.safeParse(undefined).success === true;
      const invoer = Object.fromEntries(Object.entries(waarden).filter(([veld, waarde]) => waarde !== '' || !magOntbreken(veld)));
      const gelezen = formulier.schema.safeParse(invoer);
      if (!gelezen.success) return { fouten: veldfouten(gelezen.error) };
      try {
        return { gebeurtenis: await formulier.bouw(gelezen.data, context) };
      } catch (error) {
        if (error instanceof Veldfout) return { fouten: { [error.veld]: `${error.message}.` } };
        throw error;
      }
    },
  });
}
