import { Sweepverslag } from '../../src/app/herinneringen-sweep';
import { loadConfig } from '../../src/config';
import { stilleLogger } from '../../src/log';
import { eenmaligeSweep, leesArgumenten } from '../../src/jobs/cli';
import { Planner } from '../../src/jobs/planner';

const leeg = (nu: Date): Sweepverslag => ({ nu: nu.toISOString(), hulpvragen: 0, aangemaakt: 0, verzonden: 0, mislukt: 0, onbruikbaar: 0, vervallen: 0, uitgesteld: 0, stagnaties: 0, agendas: 0, berichten: 0, fouten: [] });

describe('CLI', () => {
  it('leest --now met tijdzone en weigert onzin', () => {
    expect(leesArgumenten(['--now', '2026-12-01T09:00:00+01:00'])).toEqual({ now: '2026-12-01T09:00:00+01:00' });
    expect(leesArgumenten(['--now=2026-12-01T08:00:00Z', '--instantie', 'cron-1'])).toEqual({ now: '2026-12-01T08:00:00Z', instantie: 'cron-1' });
    expect(() => leesArgumenten(['--now', 'morgen'])).toThrow();
    expect(() => leesArgumenten(['--onbekend', 'x'])).toThrow();
  });

  it('draait één sweep op een lege lokale opslag', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOCAL_DATA_DIR: ':memory:' } as NodeJS.ProcessEnv);
    const verslag = await eenmaligeSweep(config, new Date('2026-12-01T09:00:00+01:00'), 'test', stilleLogger);
    expect(verslag).toMatchObject({ nu: '2026-12-01T08:00:00.000Z', verzonden: 0, fouten: [] });
  });
});

describe('Planner', () => {
  it('veegt bij de start en per interval, nooit twee tegelijk, en stopt netjes', async () => {
    let lopend = 0;
    let maxTegelijk = 0;
    const momenten: Date[] = [];
    const planner = new Planner(
      async (nu) => {
        lopend++;
        maxTegelijk = Math.max(maxTegelijk, lopend);
        momenten.push(nu);
        await new Promise((resolve) => setTimeout(resolve, 30));
        lopend--;
        return leeg(nu);
      },
      { nu: () => new Date('2026-12-01T08:00:00Z') },
      10,
      stilleLogger,
    );
    // Fake timers: the interval and the slow sweep run on jest's clock, not on real time.
    jest.useFakeTimers();
    try {
      planner.start();
      await jest.advanceTimersByTimeAsync(120);
      const gestopt = planner.stop();
      await jest.advanceTimersByTimeAsync(30);
      await gestopt;
      const aantal = momenten.length;
      expect(aantal).toBeGreaterThanOrEqual(2);
      expect(maxTegelijk).toBe(1);
      await jest.advanceTimersByTimeAsync(40);
      expect(momenten).toHaveLength(aantal);
    } finally {
      jest.useRealTimers();
    }
  });
});
