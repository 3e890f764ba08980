import { STANDAARD_HERINNERINGSINSTELLINGEN as INST, STANDAARD_TERMIJNEN } from '../helpers/instellingen';
import { pasToe } from '../../src/domain/gebeurtenissen';
import { isNogActueel, nieuweHerinnering } from '../../src/domain/herinnering-status';
import { verschuldigdeHerinneringen } from '../../src/domain/herinneringen';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { gestagneerd, stagnatieKandidaten } from '../../src/domain/stagnatie';
import { huidigeWacht } from '../../src/domain/wachten';
import { EXPERT_B, SF, hulpvraagIn } from './fixtures';

const OMGEVING = { limieten: INST.stagnatie, venster: INST.venster, feestdagen: INST.feestdagen };
const wacht = (h: Hulpvraag) => huidigeWacht(h, INST.stagnatie.wachten, INST.stagnatie.loket, INST.feestdagen);
/** Monday 2 March 2026, 10:00 in Amsterdam. */
const SINDS = '2026-03-02T09:00:00.000Z';
/** Offered to the Loket since SINDS (the decision a week earlier). */
const BIJ_LOKET: Hulpvraag = { ...hulpvraagIn('regierol_aangeboden', { besluit: 'loket' }), statusSinds: SINDS, loket: { sinds: '2026-02-23T09:00:00.000Z', via: 'besluit', aangekomen: SINDS } };

describe('wachten: wie moet handelen, wanneer herinnerd, wanneer stagnatie', () => {
  it.each<[string, Hulpvraag, string | undefined, string, string | undefined]>([
    ['aanbod: de kandidaat', { ...hulpvraagIn('regierol_aangeboden'), statusSinds: SINDS }, 'aanbod', '2026-03-05', '2026-03-16'],
    ['toestemming: de IB-er', { ...hulpvraagIn('wacht_op_toestemming'), statusSinds: SINDS }, 'toestemming', '2026-03-09', '2026-03-23'],
    ['opnieuw besluiten: het schakelteam', { ...hulpvraagIn('bij_schakelteam'), besluit: { soort: 'regierol', reden: 'x', verwijsindex: { nodig: false }, datum: '2026-02-20' }, statusSinds: SINDS }, 'besluit', '2026-03-05', '2026-03-16'],
    ['Loket: op de dag dat het antwoord binnen 5 werkdagen na aankomst verwacht werd, geen eigen stagnatie', BIJ_LOKET, 'loket', '2026-03-09', undefined],
    ['Loket, nog voor de toestemming: de IB-er legt eerst toestemming vast', { ...hulpvraagIn('wacht_op_toestemming', { besluit: 'loket' }), statusSinds: SINDS, loket: { sinds: SINDS, via: 'besluit' } }, 'toestemming', '2026-03-09', '2026-03-23'],
  ])('%s', (_naam, h, soort, herinnering, stagnatie) => {
    expect(wacht(h)).toMatchObject({ soort, herinnering, ...(stagnatie ? { stagnatie } : {}) });
    if (!stagnatie) expect(wacht(h)?.stagnatie).toBeUndefined();
  });

  it('een nieuwe hulpvraag bij het schakelteam wacht op de agenda, niet op een herinnering', () => {
    expect(wacht({ ...hulpvraagIn('bij_schakelteam'), statusSinds: SINDS })).toBeUndefined();
  });

  it('escaleert pas na de herinnering, met een regel in gewone taal', () => {
    const h = { ...hulpvraagIn('regierol_aangeboden'), statusSinds: SINDS };
    expect(gestagneerd(h, new Date('2026-03-13T16:00:00Z'), OMGEVING)).toBeUndefined();
    expect(gestagneerd(h, new Date('2026-03-16T07:00:00Z'), OMGEVING)).toMatchObject({ regel: 'aanbod_onbeantwoord' });
    expect(stagnatieKandidaten(BIJ_LOKET, OMGEVING).map((s) => [s.regel, s.vanaf.toISOString()])).toEqual([['loket_niet_gestart', '2026-05-11T06:00:00.000Z']]);
  });

  it('een herinnering vervalt zodra het wachten voorbij is; ook een nieuw besluit dat uitblijft kan naar Team NO', () => {
    const h = { ...hulpvraagIn('regierol_aangeboden'), statusSinds: SINDS };
    const [moment] = verschuldigdeHerinneringen(h, undefined, new Date('2026-03-05T08:00:00Z'), INST);
    if (!moment) throw new Error('geen herinnering');
    expect(moment).toMatchObject({ soort: 'aanbod_open', ontvanger: { rol: 'kandidaat_regierol' } });
    const r = nieuweHerinnering(h, moment, new Date('2026-03-05T08:00:00Z'));
    expect(isNogActueel(r, h)).toBe(true);
    const geweigerd = pasToe(h, { soort: 'regierol_geweigerd', reden: 'vol' }, EXPERT_B, { moment: new Date('2026-03-05T09:00:00Z'), termijnen: STANDAARD_TERMIJNEN });
    expect(geweigerd.statusSinds).toBe('2026-03-05T09:00:00.000Z');
    expect(isNogActueel(r, geweigerd)).toBe(false);
    const zelfdeStatus = pasToe(geweigerd, { soort: 'stagnatie_gemeld', reden: 'x', toelichting: 'y', teamNo: [] }, SF, { moment: new Date('2026-03-06T09:00:00Z'), termijnen: STANDAARD_TERMIJNEN });
    expect(zelfdeStatus.status).toBe('stagnatie_team_no');
  });
});
