import fs from 'node:fs';
import path from 'node:path';
import { PLAYGROUND } from '../../src/teams/demo-opzet';

/** The demo's people and channels are the Playground's (.m365agentsplayground.yml), so its users can walk every role. */
describe('demo-opzet en .m365agentsplayground.yml', () => {
  const yml = fs.readFileSync(path.resolve(__dirname, '..', '..', '.m365agentsplayground.yml'), 'utf8');
  const waarde = (sleutel: string) => [...yml.matchAll(new RegExp(`^\\s*-?\\s*${sleutel}: (.+)$`, 'gm'))].map((m) => (m[1] ?? '').trim());

  it('zelfde tenant, bot, team en Team NO-kanaal', () => {
    expect(waarde('tenantId')).toEqual([PLAYGROUND.tenantId]);
    expect(waarde('id')).toEqual(expect.arrayContaining([PLAYGROUND.botId, PLAYGROUND.teamId, PLAYGROUND.teamNoKanaalId]));
    expect(waarde('name')).toContain(PLAYGROUND.botNaam);
  });

  it('elke demopersoon is een Playground-gebruiker met dezelfde naam en aadObjectId', () => {
    const ids = waarde('id');
    const namen = waarde('name');
    const aad = waarde('aadObjectId');
    for (const persoon of Object.values(PLAYGROUND.personen)) {
      const i = ids.indexOf(persoon.teamsId);
      expect(i).toBeGreaterThan(-1);
      expect(namen).toContain(persoon.naam);
      expect(aad).toContain(persoon.aadObjectId);
    }
    expect(Object.keys(PLAYGROUND.personen)).toHaveLength(6);
  });
});
