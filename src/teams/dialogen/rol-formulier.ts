import { vacanteRollen } from '../../domain/invarianten';
import { ROL_NAMEN } from '../../domain/personen';
import { ROLOVERNAME } from '../acties/hulpvraag-acties';
import { routeFormulierDialoog } from './route-formulier';

/**
 * Someone of the schakelteam takes over its other role, which nobody holds since its holder left the team: nobody
 * waits on a vacant role. The binding holds them in that role from then on, on every open case of the schakelteam.
 */
export const rolovernameDialoog = routeFormulierDialoog({
  naam: 'rolovername',
  titel: 'Rol overnemen',
  actie: () => 'rol_overgenomen',
  opslaan: 'Rol overnemen',
  bevestiging: 'U heeft de rol overgenomen, ook op de andere lopende hulpvragen van het schakelteam.',
  nogNiet: (h) => (vacanteRollen(h).length > 0 ? undefined : 'Beide rollen van het schakelteam hebben iemand; er is niets over te nemen.'),
  uitleg: () =>
    'Wie deze rol had, is niet meer lid van het team van het schakelteam. Neemt u de rol over, dan kunt u de volgende stap zetten. Het schakelteam kan later opnieuw koppelen met een vaste opvolger.',
  velden: (h) => [{ id: 'rol', soort: 'keuze', label: 'Rol', keuzes: vacanteRollen(h).map((rol) => ({ titel: ROL_NAMEN[rol], waarde: rol })) }],
  beginwaarden: (h): Record<string, string> => {
    const [rol] = vacanteRollen(h);
    return rol ? { rol } : {};
  },
  formulier: () => ROLOVERNAME,
});
