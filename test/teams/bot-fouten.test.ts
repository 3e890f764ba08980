import { TestAdapter } from 'botbuilder';
import { SchoolondersteuningBot } from '../../src/teams/bot';
import { Commando } from '../../src/teams/context';
import { DomainError, FOUTCODES } from '../../src/domain/errors';
import { createLogger } from '../../src/log';

function botMet(commando: Commando, logregels: string[]) {
  const bot = new SchoolondersteuningBot({ commandos: [commando] }, [], createLogger('debug', (r) => logregels.push(r)));
  return new TestAdapter(async (turn) => bot.run(turn));
}

describe('fouten in een beurt', () => {
  it('geeft een korte Nederlandse excuustekst met referentie, nooit een stacktrace; het log krijgt dezelfde referentie', async () => {
    const log: string[] = [];
    const adapter = botMet(
      { woorden: 'crash', uitleg: '', voerUit: async () => { throw new Error('geheim detail van leerling Jan Jansen'); } },
      log,
    );
    await adapter.send('crash').assertReply((antwoord) => {
      const tekst = antwoord.text ?? '';
      expect(tekst).toMatch(/^Sorry, er ging iets mis\. Probeer het later opnieuw\. Referentie: [0-9A-F]{8}$/);
      expect(tekst).not.toContain('geheim');
      const referentie = tekst.slice(-8);
      const regel = log.find((r) => r.includes(referentie));
      expect(regel).toBeDefined();
      expect(regel).not.toContain('Jan Jansen');
    });
  });

  it('vertaalt een geweigerde actie naar de Nederlandse melding bij de code', async () => {
    const adapter = botMet(
      { woorden: 'weiger', uitleg: '', voerUit: async () => { throw new DomainError(FOUTCODES.nietBetrokken, 'x'); } },
      [],
    );
    await adapter.send('weiger').assertReply('U bent niet betrokken bij deze hulpvraag, dus u kunt hem niet inzien of wijzigen.');
  });
});
