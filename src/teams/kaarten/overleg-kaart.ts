import { FormulierVeld, Keuze } from './modellen';
import { AdaptiveCard, renderKaart } from './render';

/** One field of a schakelteam-meeting form (no people pickers here, so no dataset). */
export interface OverlegVeld {
  readonly id: string;
  readonly soort: FormulierVeld['soort'];
  readonly label: string;
  readonly uitleg?: string;
  readonly max?: number;
  readonly keuzes?: readonly Keuze[];
}

/**
 * A form of the schakelteam's meeting (rhythm, general item) in cards/formulier.json, on the card in the channel:
 * saving and "Annuleren" are the same verb, cancelling with `annuleren` and no inputs.
 */
export function overlegFormulier(opties: {
  readonly titel: string;
  readonly uitleg: string;
  readonly verb: string;
  readonly opslaan: string;
  readonly velden: readonly OverlegVeld[];
  readonly waarden: Readonly<Record<string, string>>;
  readonly fouten?: Readonly<Record<string, string>>;
  readonly voetnoot?: string;
}): AdaptiveCard {
  const fouten = opties.fouten ?? {};
  return renderKaart('formulier', {
    titel: opties.titel,
    uitleg: opties.uitleg,
    melding: Object.keys(fouten).length > 0 ? 'Niet opgeslagen: zie de opmerkingen bij de velden.' : '',
    meldingKleur: 'Attention',
    knoppen: { inDialoog: false, opslaan: opties.opslaan, verb: opties.verb, data: {}, annuleerVerb: opties.verb, annuleerData: { annuleren: true } },
    feiten: [],
    velden: opties.velden.map((v) => ({
      id: v.id,
      soort: v.soort,
      label: v.label,
      waarde: opties.waarden[v.id] ?? '',
      fout: fouten[v.id] ?? '',
      uitleg: v.uitleg ?? '',
      maxLengte: v.max ?? 0,
      keuzes: [...(v.keuzes ?? [])],
      zoekset: '',
    })),
    voetnoot: opties.voetnoot ?? '',
  });
}
