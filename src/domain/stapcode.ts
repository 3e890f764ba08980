/**
 * The steps of the route in one word each (invarianten.ts `volgendeStap`; adapters word them). Its own file without
 * imports: a case's outbox holds a "your turn" entry with one (uitgaand-inhoud.ts), and the store checks it.
 */
export const STAPCODES = [
  'doorzetten',
  'besluit_nemen',
  'toestemming_vragen',
  'afsluiten',
  'toestemming_vastleggen',
  'regierol_beantwoorden',
  'oppakken_en_wegen',
  'contact_opnemen',
  'voortgang_vastleggen',
  'overdracht_beoordelen',
  'toestemming_uitbreiden',
  'rol_overnemen',
  'opnieuw_koppelen',
] as const;
export type Stapcode = (typeof STAPCODES)[number];
