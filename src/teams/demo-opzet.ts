/**
 * The demo world as the Agents Playground shows it: the tenant, people, team and channels of
 * .m365agentsplayground.yml (a test keeps the two the same). General is the schakelteam's channel, "Team NO" is
 * Team NO; the Playground has room for only one more channel, so the Loket is bound to a channel it does not show
 * (nothing is ever posted there: Loket members are picked on the decision card).
 */
import { DemoOpzet, DEMO_SCHOOL } from '../app/demo';
import { referentieVan } from './gesprekken';

export const PLAYGROUND = {
  tenantId: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
  botId: '28:7d3a9e52-1c4b-4f08-a6d2-3e9b5c0f8a17',
  botNaam: 'Schoolondersteuning',
  teamId: '19:schakelteam-regenboog@thread.tacv2',
  teamNoKanaalId: '19:team-no@thread.tacv2',
  loketKanaalId: '19:loket-demo@thread.tacv2',
  personen: {
    ib: { teamsId: '29:ib-ingrid', aadObjectId: '10000000-0000-4000-8000-000000000001', naam: "Ingrid de Vries (IB'er)" },
    sf: { teamsId: '29:sf-sanne', aadObjectId: '10000000-0000-4000-8000-000000000002', naam: 'Sanne Bakker (schakelfunctionaris O/JH)' },
    smw: { teamsId: '29:smw-mohamed', aadObjectId: '10000000-0000-4000-8000-000000000003', naam: 'Mohamed El Amrani (schoolmaatschappelijk werker)' },
    jvp: { teamsId: '29:jvp-fleur', aadObjectId: '10000000-0000-4000-8000-000000000004', naam: 'Fleur Jansen (jeugdverpleegkundige)' },
    loket: { teamsId: '29:loket-eva', aadObjectId: '10000000-0000-4000-8000-000000000005', naam: 'Eva Smit (Loket)' },
    teamNo: { teamsId: '29:teamno-pieter', aadObjectId: '10000000-0000-4000-8000-000000000006', naam: 'Pieter Visser (Team NO)' },
  },
} as const;

/** Where the Playground's connector listens by default (npm run playground); replaced when a channel talks. */
export const PLAYGROUND_SERVICE_URL = 'http://127.0.0.1:56150/_connector';

export function demoOpzet(serviceUrl: string): DemoOpzet {
  const p = PLAYGROUND;
  const personen = Object.fromEntries(Object.entries(p.personen).map(([rol, x]) => [rol, { ...x, tenantId: p.tenantId }])) as DemoOpzet['personen'];
  // The handle a message in that channel would give (gesprekken.ts), so the sender reads it like any other.
  const kanaal = (id: string) => ({
    id,
    teamId: p.teamId,
    referentie: referentieVan({
      serviceUrl,
      channelId: 'msteams',
      recipient: { id: p.botId, name: p.botNaam },
      conversation: { id, conversationType: 'channel', isGroup: true, name: '' },
      channelData: { channel: { id }, team: { id: p.teamId } },
    }),
  });
  const leeg = { scholen: [], ibCoo: [], schakelfunctionaris: [], leden: [] };
  return {
    personen,
    koppelingen: [
      { ...leeg, soort: 'schakelteam', naam: 'Schakelteam De Regenboog (demo)', kanaal: kanaal(p.teamId), scholen: [DEMO_SCHOOL], onderwijs: 'PO', ibCoo: [personen.ib], schakelfunctionaris: [personen.sf] },
      { ...leeg, soort: 'team_no', naam: 'Team NO (demo)', kanaal: kanaal(p.teamNoKanaalId), leden: [personen.teamNo] },
      { ...leeg, soort: 'loket', naam: 'Loket (demo)', kanaal: kanaal(p.loketKanaalId), leden: [personen.loket] },
    ],
  };
}
