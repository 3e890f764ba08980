import { Auditregel, VERZOEKKENMERK_UITLEG, verzoekkenmerk } from '../domain/audit';
import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { Hulpvraag } from '../domain/hulpvraag';
import { Persoon } from '../domain/personen';
import { CorrigeerbaarVeld, corrigeer } from '../domain/rechten';
import { plusMaanden, datumInAmsterdam } from '../domain/tijd';
import { AuditOpslag, Auditor } from './audit';
import { Lezer } from './overzicht';
import { HulpvraagOpslag, IdBron, IsBeheerder, Klok } from './ports';

export interface RechtenDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly audit: AuditOpslag;
  readonly auditor: Auditor;
  readonly klok: Klok;
  readonly ids: IdBron;
  /** Who handles rights requests: the functional administrators (src/app/beheer.ts). */
  readonly isBeheerder: IsBeheerder;
  /** The tenant whose cases this bot keeps; absent locally (then the administrator's own tenant). */
  readonly dossierTenant?: string;
  readonly bewaartermijnMaanden: number;
}

export interface Export {
  readonly hulpvraag: Hulpvraag;
  /** The audit trail of the case, oldest first (this export's own line included). */
  readonly audit: readonly Auditregel[];
}

/** Only a functional administrator; anyone else is refused, and the attempt is counted. */
async function eisBeheerder(deps: RechtenDeps, wie: Lezer, wat: string): Promise<void> {
  if (await deps.isBeheerder(wie.persoon)) return;
  const { persoon } = wie;
  await deps.auditor.weigering({ wie: persoon, onderwerp: { soort: 'persoon', tenantId: persoon.tenantId, aadObjectId: persoon.aadObjectId }, wat, via: wie.via });
  throw new DomainError(FOUTCODES.actieNietToegestaan, 'Alleen een functioneel beheerder kan dit doen');
}

async function zoek(deps: RechtenDeps, wie: Lezer, nummer: string): Promise<Hulpvraag> {
  const [h] = await deps.hulpvragen.opNummer(deps.dossierTenant ?? wie.persoon.tenantId, nummer);
  if (!h) throw new DomainError(FOUTCODES.nietGevonden, `Er is geen hulpvraag ${nummer}`);
  return h;
}

/** Record and audit trail of one case for an access request (AVG art. 15); the export itself is audited first. */
export async function exporteer(deps: RechtenDeps, wie: Lezer, nummer: string, namens: string): Promise<Export> {
  await eisBeheerder(deps, wie, 'export');
  const kenmerk = verzoekkenmerk(namens);
  if (kenmerk === undefined) throw new DomainError(FOUTCODES.ongeldigeInvoer, VERZOEKKENMERK_UITLEG);
  const h = await zoek(deps, wie, nummer);
  await deps.auditor.leg({ wie: wie.persoon, onderwerp: { soort: 'hulpvraag', id: h.id }, hulpvraag: h, handeling: 'exporteren', wat: 'inzageverzoek', via: wie.via, namens: kenmerk });
  return { hulpvraag: h, audit: await deps.audit.van(`hulpvraag:${h.id}`) };
}

/** Corrects one registration field (AVG art. 16): the field name is audited, the old and new values are not. */
export async function corrigeerVeld(deps: RechtenDeps, wie: Lezer, nummer: string, veld: CorrigeerbaarVeld, waarde: string, namens: string): Promise<Hulpvraag> {
  await eisBeheerder(deps, wie, 'correctie');
  for (let poging = 0; ; poging++) {
    const h = await zoek(deps, wie, nummer);
    const gelezen = await deps.hulpvragen.lees(h.schakelteamId, h.id);
    if (!gelezen) throw new DomainError(FOUTCODES.nietGevonden, `Er is geen hulpvraag ${nummer}`);
    try {
      const { waarde: nieuw } = await deps.hulpvragen.vervang(corrigeer(gelezen.waarde, veld, waarde, wie.persoon, deps.klok.nu()), gelezen.etag);
      await deps.auditor.leg({ wie: wie.persoon, onderwerp: { soort: 'hulpvraag', id: h.id }, hulpvraag: h, handeling: 'corrigeren', wat: veld, via: wie.via, namens, gegevens: { veld } });
      return nieuw;
    } catch (error) {
      if (!isDomainError(error, FOUTCODES.conflict) || poging >= 3) throw error;
    }
  }
}

/** The case is gone; its audit trail becomes one line that says only that and when (no number, no names). */
async function vernietig(deps: RechtenDeps, h: Hulpvraag, grafsteen: Omit<Auditregel, 'id' | 'onderwerp' | 'tijdstip' | 'hulpvraagId'>): Promise<void> {
  await deps.hulpvragen.verwijder(h.schakelteamId, h.id);
  const onderwerp = `hulpvraag:${h.id}`;
  await deps.audit.vervangDoorGrafsteen(onderwerp, { ...grafsteen, id: deps.ids.nieuwId(), onderwerp, tijdstip: deps.klok.nu().toISOString(), hulpvraagId: h.id });
}

/** Erasure on request (AVG art. 17): the record and its audit payloads go; the tombstone names the administrator only. */
export async function wis(deps: RechtenDeps, wie: Lezer, nummer: string, namens: string): Promise<void> {
  await eisBeheerder(deps, wie, 'wissen');
  const h = await zoek(deps, wie, nummer);
  const { tenantId, aadObjectId, naam } = wie.persoon;
  await vernietig(deps, h, { tenantId: h.tenantId, wie: { tenantId, aadObjectId, naam }, handeling: 'wissen', wat: 'verzoek', via: wie.via, namens });
}

export const SYSTEEM: Persoon = { tenantId: 'systeem', aadObjectId: 'systeem', naam: 'Schoolondersteuning (bewaartermijn)' };

/** Destroys closed cases whose retention term has passed (counted from their last change, the closure). */
export async function vernietigVerlopen(deps: RechtenDeps, nu: Date, max = 100): Promise<number> {
  const vandaag = datumInAmsterdam(nu);
  const grens = new Date(`${plusMaanden(vandaag, -deps.bewaartermijnMaanden)}T00:00:00Z`);
  const verlopen = await deps.hulpvragen.geslotenVoor(grens, max);
  for (const h of verlopen) {
    await vernietig(deps, h, { tenantId: h.tenantId, wie: { ...SYSTEEM, tenantId: h.tenantId }, handeling: 'vernietigen', wat: 'bewaartermijn', via: 'systeem' });
  }
  return verlopen.length;
}
