import { MAX_VERZOEKKENMERK, verzoekkenmerk } from '../../src/domain/audit';

describe('het kenmerk van een rechtenverzoek in de logging', () => {
  it.each(['AVG-2026-012', 'inzageverzoek ouders', 'verzoek 12/2026', 'Inzageverzoek'])('neemt "%s" over', (invoer) => {
    expect(verzoekkenmerk(`  ${invoer} `)).toBe(invoer);
  });

  it.each(['moeder van Jan Jansen', 'J. Jansen', 'vader, ADHD', 'zie <a href=x>', '', 'x'.repeat(MAX_VERZOEKKENMERK + 1)])('weigert "%s"', (invoer) => {
    expect(verzoekkenmerk(invoer)).toBeUndefined();
  });
});
