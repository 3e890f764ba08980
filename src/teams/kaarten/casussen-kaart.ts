import { Overzicht } from '../../app/overzicht';
import { BeurtOmgeving } from '../../domain/beurttermijn';
import { volgendeEvaluatie } from '../../domain/deadlines';
import { rollenVan } from '../../domain/hulpvraag';
import { Persoon, ROL_NAMEN } from '../../domain/personen';
import { STATUS_NAMEN } from '../../domain/route';
import { datumNl } from '../../domain/tijd';
import { magZien, zichtVoor } from '../../domain/zichtbaarheid';
import { VERBS } from '../verbs';
import { loketOverzichtRegel } from './overbrugging';
import { AdaptiveCard, renderKaart } from './render';

/** "Mijn casussen": per case its number, school, status, the person's roles and the next evaluation or Loket date. */
export function casussenKaart({ hulpvragen, ingekort }: Overzicht, persoon: Persoon, beurttermijnen: BeurtOmgeving): AdaptiveCard {
  return renderKaart('casussen', {
    titel: `Mijn casussen (${hulpvragen.length}${ingekort ? ' meest recente' : ''})`,
    leeg: 'U bent (nog) niet betrokken bij een hulpvraag.',
    verbOpen: VERBS.vernieuwen,
    casussen: hulpvragen.map((h) => {
      // The same rule as the case card and the personal tab: who sees only the number and a contact gets no more here.
      const zicht = zichtVoor(h, persoon);
      const volgende = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
      const rol = [...new Set(rollenVan(h, persoon).map((r) => ROL_NAMEN[r]))].join(', ');
      const kern = magZien(zicht, 'kern');
      return {
        kop: kern ? `${h.nummer} · ${h.school}` : h.nummer,
        regel: kern ? `${STATUS_NAMEN[h.status]} · ${rol}` : `${rol} · alleen het nummer en de contactpersoon`,
        volgende: magZien(zicht, 'data') ? loketOverzichtRegel(h, beurttermijnen) || (volgende ? `Volgende evaluatie: ${datumNl(volgende.datum)}` : '') : '',
        actieData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
      };
    }),
  });
}
