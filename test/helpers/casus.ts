/** A case taken along the route over HTTP, for tests that start from a given point of the route. */
import { VERBS } from '../../src/teams/verbs';
import { TEAM_NO_KANAAL } from './activiteiten';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, actieData, dialoogInhoud, dialoogknop, kaartVan, tekstVan } from './route-driver';

const { ib, sf, smw, tno } = GEBRUIKERS;

/** The schakelfunctionaris binds schakelteam Zuid (OBS De Regenboog; the IB'er and themself) in KANAAL. */
export async function koppelSchakelteam(bot: RouteDriver): Promise<void> {
  await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId }, KANAAL);
}

/** Tom, a functional administrator in these tests (FUNCTIONEEL_BEHEERDERS), binds Team NO Zuid with himself as member. */
export async function koppelTeamNo(bot: RouteDriver): Promise<void> {
  await bot.klik(tno, VERBS.kanaalKoppelen, { soort: 'team_no', naam: 'Team NO Zuid', leden: tno.aadObjectId }, TEAM_NO_KANAAL);
}

/**
 * The IB'er registers a case for the schakelteam bound in KANAAL; returns the card they get back. With Teams dialogs
 * (TEAMS_DIALOGEN=aan) "nieuwe hulpvraag" posts a button that opens the form as a dialog, otherwise the form itself.
 */
export async function registreer(bot: RouteDriver, referentie = 'CD-2015'): Promise<unknown> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const invoer = { school: 'OBS De Regenboog', referentie, leeftijd: '11', groep: 'groep 8', vraag: 'Vaak afwezig.' };
  const start = dialoogknop(formulier, 'registratie');
  if (start?.msteams) {
    const open = dialoogInhoud(await bot.dialoog(ib, 'task/fetch', start)).formulier;
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(open))?.[1] ?? '';
    const vanaf = bot.teams.verzonden.length;
    await bot.dialoog(ib, 'task/submit', { ...dialoogknop(open, 'registratie'), schakelteamId, ...invoer }, PERSOONLIJK(ib), 'start-registratie');
    return kaartVan(bot.naar(PERSOONLIJK(ib).id, vanaf).find((v) => v.methode === 'PUT'));
  }
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  return (await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, ...invoer })).value;
}

/** The schakelfunctionaris decides in the channel: the regierol (or the Loket) for `wie`. */
export async function besluit(bot: RouteDriver, kaart: unknown, soort: 'regierol' | 'loket', wie: { aadObjectId: string }): Promise<unknown> {
  const discipline = soort === 'loket' ? 'Loket-medewerker' : 'schoolmaatschappelijk werker';
  const vers = await bot.kaartNaKlik(kaart, sf, VERBS.vernieuwen, {}, KANAAL);
  return bot.kaartNaKlik(vers, sf, VERBS.besluiten, { besluitSoort: soort, besluitPersonen: wie.aadObjectId, besluitDiscipline: discipline, besluitReden: 'past', verwijsindex: 'nee' }, KANAAL);
}

/** The IB'er records consent of one parent with authority (23 November 2026). */
export async function toestemming(bot: RouteDriver, kaart: unknown): Promise<unknown> {
  const vers = await bot.kaartNaKlik(kaart, ib, VERBS.vernieuwen);
  return bot.kaartNaKlik(vers, ib, VERBS.toestemming, { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'papier' });
}

/** Registered, decided, consent, accepted by Mila SMW: the holder's card of a case with an active regierol. */
export async function casusMetRegierol(bot: RouteDriver, referentie?: string): Promise<unknown> {
  const geregistreerd = await registreer(bot, referentie);
  await toestemming(bot, await besluit(bot, geregistreerd, 'regierol', smw));
  return bot.kaartNaKlik(await bot.kaartNaKlik(geregistreerd, smw, VERBS.vernieuwen), smw, VERBS.accepteren);
}

/** Seed 000 stap 4, as the meeting of Tuesday 24 November 2026 agreed it: the fields of "Afspraken vastleggen". */
export const AFSPRAKEN = {
  afspraak1Wat: 'Gesprek met ouders over de schoolgang',
  afspraak1Wie: smw.aadObjectId,
  afspraak1Wanneer: '2026-12-04',
  afspraak2Wat: 'Rooster aanpassen met de mentor',
  afspraak2Wie: ib.aadObjectId,
  afspraak2Wanneer: '2026-12-11',
  terugkoppelingSchool: ib.aadObjectId,
  terugkoppelingOuders: smw.aadObjectId,
  casuscoordinator: smw.aadObjectId,
  verwijsindex: 'niet_melden',
  vervolgbespreking: '2026-12-08',
};
