import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, startRoute, actieData, kaartVan, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

async function registreer(referentie: string, vraag: string): Promise<unknown> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  return (await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, school: 'OBS De Regenboog', referentie, leeftijd: '11', groep: 'groep 8', vraag })).value;
}

/** The agenda cards one sweep at `moment` posted in the schakelteam channel. */
async function agendasNa(moment: string) {
  const vanaf = teams.verzonden.length;
  const verslag = await app.sweep(new Date(moment));
  const kaarten = teams.verzonden
    .slice(vanaf)
    .filter((v) => v.methode === 'POST' && v.gesprek === KANAAL.id)
    .map((v) => tekstVan(kaartVan(v)))
    .filter((k) => k.includes('Agenda schakelteam'));
  return { verslag, kaarten };
}

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { AGENDA_WEEKDAG: 'dinsdag', AGENDA_WERKDAGEN_VOORAF: '5' }));
  await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId }, KANAAL);
  await registreer('CD-2015', 'Vaak afwezig.');
  const tweede = await registreer('EF-2014', 'Conflicten op het plein.');
  await bot.kaartNaKlik(await bot.kaartNaKlik(tweede, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.besluiten, { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'SMW past', verwijsindex: 'nee' }, KANAAL);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('agenda in het schakelteamkanaal', () => {
  it('het kanaal krijgt de agenda met eerste en vervolgbespreking, zonder leerlinggegevens, één keer per overleg', async () => {
    // Monday 23 November: the agenda for tomorrow's meeting was due on the 17th (nobody swept then): sent now.
    expect((await agendasNa('2026-11-23T07:30:00+01:00')).kaarten).toEqual([]); // before the send window
    const { verslag, kaarten } = await agendasNa('2026-11-23T10:00:00+01:00');
    expect(verslag.agendas).toBe(1);
    expect(kaarten).toHaveLength(1);
    const kaart = kaarten[0] ?? '';
    expect(kaart).toContain('Agenda schakelteam Zuid — overleg dinsdag 24 november 2026');
    expect(kaart).toContain('Nieuwe hulpvragen (eerste bespreking) (1)');
    expect(kaart).toContain('Vervolgbespreking (1)');
    expect(kaart).toContain('HV-2026-0001 · OBS De Regenboog · Bij het schakelteam');
    expect(kaart).toContain('HV-2026-0002 · OBS De Regenboog · Wacht op toestemming');
    expect(kaart).not.toContain('Evaluaties vóór het overleg');
    expect(kaart).not.toContain('Escalaties bij Team NO');
    for (const geheim of ['CD-2015', 'EF-2014', 'Vaak afwezig', 'Conflicten', ib.naam, sf.naam, smw.naam]) expect(kaart).not.toContain(geheim);

    expect((await agendasNa('2026-11-23T14:00:00+01:00')).kaarten).toEqual([]);
    // Tuesday 24 November is the due day of 1 December's agenda (5 working days before).
    const dinsdag = await agendasNa('2026-11-24T08:00:00+01:00');
    expect(dinsdag.kaarten).toEqual([expect.stringContaining('overleg dinsdag 1 december 2026')]);
    expect((await agendasNa('2026-11-27T10:00:00+01:00')).kaarten).toEqual([]);
  });
});
