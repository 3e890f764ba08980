import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { AFSPRAKEN, koppelSchakelteam } from '../helpers/casus';
import { controleerKaart, opKaart, technischeResten } from '../helpers/kaarten';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, dialoogInhoud, kaartVan, knopVoor, startRoute, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw, jv, buiten } = GEBRUIKERS;
const klok = new VasteKlok(new Date('2026-11-24T15:00:00Z'));
let app: App;
let teams: NepTeams;
let bot: RouteDriver;

const afspraken = AFSPRAKEN;


const registratie = { school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.', oudersOpDeHoogte: 'true' };
const besluit = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' };
const toestemming = { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-24', toestemmingWijze: 'digitaal' };

/** Registered (in the dialog), decided, consent, accepted by Mila SMW: the holder's card. */
async function casusMetRegierol(): Promise<unknown> {
  const open = await bot.openDialoog(ib, knopVoor(kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag')), 'registratie'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(open.formulier))?.[1];
  const vanaf = teams.verzonden.length;
  await bot.slaDialoogOp(ib, { ...knopVoor(open.formulier, 'registratie'), schakelteamId, ...registratie }, 'start-1');
  const kaart: unknown = kaartVan(bot.naar(PERSOONLIJK(ib).id, vanaf).find((v) => v.methode === 'PUT'));
  await bot.klikOp(await bot.bekijk(kaart, sf), sf, VERBS.besluiten, besluit, KANAAL);
  await bot.klikOp(await bot.bekijk(kaart, ib), ib, VERBS.toestemming, toestemming);
  return (await bot.klikOp(await bot.bekijk(kaart, smw), smw, VERBS.accepteren)).value;
}

/** What one sweep at `moment` sent to each conversation (card texts). */
async function sweep(moment: string): Promise<Record<string, string[]>> {
  const vanaf = teams.verzonden.length;
  await app.sweep(new Date(moment));
  const per: Record<string, string[]> = {};
  for (const v of teams.verzonden.slice(vanaf)) if (v.methode === 'POST') (per[v.gesprek] ??= []).push(tekstVan(v.activiteit));
  return per;
}

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { TEAMS_DIALOGEN: 'aan' }));
  await koppelSchakelteam(bot);
  await bot.klik(sf, VERBS.vergaderritme, { ritme: 'tweewekelijks', weekdag: '2', tijd: '14:00', vanaf: '2026-11-24' }, KANAAL);
  for (const wie of [ib, sf, smw, jv]) await bot.installeer(wie);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('afspraken na het overleg (seed 000 stap 4 en 5), als Teams-dialoog over HTTP', () => {
  it('vastleggen: alleen wie mag, ongeldig met alles bewaard, verouderd, dan herinnerd aan wie het doet en als vervolgbespreking op een latere agenda', async () => {
    let kaart = await casusMetRegierol();
    const nummer = /HV-2026-\d{4}/.exec(tekstVan(kaart))?.[0] ?? '';

    // The schakelfunctionaris records them: "Afspraken vastleggen" is behind "Meer", not the primary step.
    kaart = await bot.bekijk(kaart, sf);
    const data = knopVoor(kaart, 'afspraken');
    expect(tekstVan(kaart)).toContain('"title":"Meer"');
    // Not allowed: someone not involved, and an expert without a role that records agreements.
    expect((await bot.openDialoog(buiten, data)).bericht).toContain('U bent niet betrokken');
    const vorm = await bot.openDialoog(sf, data);
    expect(vorm.titel).toBe(`Afspraken vastleggen · ${nummer}`);
    expect(controleerKaart(vorm.formulier).problemen).toEqual([]);
    expect(technischeResten(vorm.formulier)).toEqual([]);
    expect(tekstVan(vorm.formulier)).toContain('Casuscoördinator');
    expect(tekstVan(vorm.formulier)).toContain('Verwijsindex risicojongeren');

    // Invalid: the problems marked at their fields, everything typed kept (the chosen people by name).
    const zonder = dialoogInhoud(await bot.slaDialoogOp(sf, { ...data, ...afspraken, afspraak2Wanneer: '', verwijsindex: 'melden' }));
    expect(tekstVan(zonder.formulier)).toContain('Kies wanneer het klaar is');
    expect(tekstVan(zonder.formulier)).toContain('Rooster aanpassen met de mentor');
    expect(tekstVan(zonder.formulier)).toContain(`{"title":"${smw.naam}","value":"${smw.aadObjectId}"}`);
    const geenMelder = dialoogInhoud(await bot.slaDialoogOp(sf, { ...data, ...afspraken, verwijsindex: 'melden' }));
    expect(tekstVan(geenMelder.formulier)).toContain('Kies wie de melding doet');
    const verleden = dialoogInhoud(await bot.slaDialoogOp(sf, { ...data, ...afspraken, afspraak1Wanneer: '2026-11-20' }));
    expect(tekstVan(verleden.formulier)).toContain('kies een datum na vandaag');
    expect(tekstVan(verleden.formulier)).toContain('Gesprek met ouders over de schoolgang');

    // Stale: the case changed after the form was opened: nothing saved, the form returns with the input.
    kaart = (await bot.klikOp(await bot.bekijk(kaart, smw), smw, VERBS.voortgang, { voortgangNotitie: 'Gesprek gevoerd' })).value;
    const verouderd = dialoogInhoud(await bot.slaDialoogOp(sf, { ...data, ...afspraken }));
    expect(tekstVan(verouderd.formulier)).toContain('intussen gewijzigd');
    expect(tekstVan(verouderd.formulier)).toContain('Rooster aanpassen met de mentor');
    expect(await bot.slaDialoogOp(sf, { ...knopVoor(verouderd.formulier, 'afspraken'), ...afspraken })).toEqual({});

    // Details: the IB'er/COO sees what was agreed; the channel card never shows it.
    kaart = await bot.bekijk(kaart, ib);
    const details = tekstVan(dialoogInhoud(await bot.dialoog(ib, 'task/fetch', knopVoor(kaart, 'details'))).formulier);
    expect(details).toContain(opKaart('Gesprek met ouders over de schoolgang — Mila SMW, uiterlijk 4 december 2026'));
    expect(details).toContain('Casuscoördinator');
    expect(details).toContain(opKaart('Afspraken van het overleg vastgelegd: Mila SMW uiterlijk 4 december 2026; Ingrid IB uiterlijk 11 december 2026; vervolgbespreking 8 december 2026'));
    const kanaal = teams.verzonden.filter((v) => v.gesprek === KANAAL.id).map((v) => tekstVan(v.activiteit)).join('\n');
    expect(kanaal).not.toContain('Gesprek met ouders over de schoolgang');
    expect(kanaal).not.toContain('Rooster aanpassen');

    // Reminded through the one send pipeline: the owner, 3 working days before and on the day, in their own chat.
    // The same sweep posts the agenda of 8 December (7 days ahead): the follow-up the meeting planned is on it.
    const eersteDecember = await sweep('2026-12-01T10:00:00+01:00');
    expect(eersteDecember[PERSOONLIJK(smw).id]).toEqual([expect.stringContaining(opKaart(`een afspraak gemaakt over hulpvraag ${nummer}, klaar uiterlijk 4 december 2026`))]);
    const agenda = (eersteDecember[KANAAL.id] ?? []).find((k) => k.includes(opKaart('Agenda schakelteam Zuid — overleg dinsdag 8 december 2026 om 14:00'))) ?? '';
    expect(agenda).toContain('Vervolgbespreking (1)');
    expect(agenda).toContain(`${nummer} · OBS De Regenboog · Regierol actief`);
    expect(agenda).toContain(opKaart('Vervolgbespreking gepland op 8 december 2026 · toestemming ouders: ja'));
    expect(agenda).not.toContain('Gesprek met ouders');
    expect((await sweep('2026-12-01T11:00:00+01:00'))[PERSOONLIJK(smw).id]).toBeUndefined();
    const opDeDag = await sweep('2026-12-04T09:00:00+01:00');
    expect(opDeDag[PERSOONLIJK(smw).id]).toEqual([expect.stringContaining(opKaart('klaar uiterlijk 4 december 2026'))]);
    expect(opDeDag[PERSOONLIJK(smw).id]?.[0]).not.toContain('Gesprek met ouders');
    expect(opDeDag[PERSOONLIJK(ib).id] ?? []).toEqual([]);
    expect((await sweep('2026-12-08T10:00:00+01:00'))[PERSOONLIJK(ib).id]?.join() ?? '').toContain(opKaart('klaar uiterlijk 11 december 2026'));
  });
});
