import { kiesTeamNo, regioNamen, regioVan } from '../../src/domain/regio';

describe('Team NO per regio', () => {
  const indeling = new Map([['obs de regenboog', 'Zuid'], ['obs het anker', 'Noord']]);
  const kanalen = [{ id: 'tenant', regio: undefined }, { id: 'noord', regio: 'Noord' }, { id: 'zuid', regio: 'Zuid' }];

  it.each([
    ['OBS De Regenboog', 'zuid'],
    ['  obs het ANKER ', 'noord'],
    ['CBS Buiten Elke Regio', 'tenant'],
  ])('een hulpvraag van %s gaat naar Team NO %s', (school, verwacht) => {
    expect(kiesTeamNo(kanalen, regioVan(indeling, school))?.id).toBe(verwacht);
  });

  it('zonder eigen Team NO van de regio: het Team NO zonder regio; zonder regio\'s: één Team NO', () => {
    expect(kiesTeamNo([{ id: 'tenant', regio: undefined }], 'Zuid')?.id).toBe('tenant');
    expect(kiesTeamNo([{ id: 'noord', regio: 'Noord' }], 'Zuid')).toBeUndefined();
    expect(regioVan(undefined, 'OBS De Regenboog')).toBeUndefined();
    expect(regioNamen(indeling)).toEqual(['Zuid', 'Noord']);
  });
});
