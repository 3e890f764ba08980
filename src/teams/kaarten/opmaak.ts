import { PlanVanAanpak } from '../../domain/plan-van-aanpak';
import { datumNl } from '../../domain/tijd';

export function jaNee(waarde: boolean): string {
  return waarde ? 'Ja' : 'Nee';
}

/** That there is a plan and how recent it is, never its content (the goals are "wat" information). */
export function planSamenvatting(plan: PlanVanAanpak): string {
  const aantal = plan.doelen.length === 1 ? '1 doel' : `${plan.doelen.length} doelen`;
  return `${aantal}, opgesteld op ${datumNl(plan.opgesteld)}, laatst gewijzigd op ${datumNl(plan.gewijzigd)}`;
}
