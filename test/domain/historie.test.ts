import { pasToe } from '../../src/domain/gebeurtenissen';
import { MAX_HISTORIE, noteerWeigering } from '../../src/domain/hulpvraag';
import { MAX_LENGTE } from '../../src/domain/invoerregels';
import { BUITENSTAANDER, hulpvraagIn, omgeving } from './fixtures';

/** Cosmos DB refuses items over 2 MB; a case must stay far below that however long it runs. */
const ZELFS_NA_JAREN = 1000;

describe('de geschiedenis in het casusdocument', () => {
  it('houdt alleen de laatste regels; het volledige spoor staat in het auditlog', () => {
    let h = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });
    const houder = h.betrokkenen.find((b) => b.rol === 'regierolhouder');
    if (!houder) throw new Error('geen houder');
    for (let i = 0; i < ZELFS_NA_JAREN; i += 1) {
      h = pasToe(h, { soort: 'voortgang_vastgelegd', notitie: 'x'.repeat(MAX_LENGTE.tekst) }, houder, omgeving(new Date(Date.UTC(2026, 3, 1, 0, i))));
      h = noteerWeigering(h, BUITENSTAANDER, 'lezen', new Date(Date.UTC(2026, 3, 1, 0, i)));
    }
    expect(h.geschiedenis).toHaveLength(MAX_HISTORIE);
    expect(h.geschiedenis.at(-1)?.wat).toBe('geweigerd');
    expect(h.versie).toBeGreaterThan(ZELFS_NA_JAREN);
    expect(Buffer.byteLength(JSON.stringify(h))).toBeLessThan(200 * 1024);
  });
});
