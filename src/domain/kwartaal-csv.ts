import { BESLUIT_NAMEN, Kwartaalcijfers } from './kengetallen';
import { STAP_NAMEN } from './routeklok';

/**
 * The quarterly figures as CSV for the quarterly report (seed 002): aggregates only, one figure per line, semicolons
 * and a byte order mark so Dutch Excel opens it as columns. No pupil reference, no case number, no names.
 */
const KOLOMMEN = ['kwartaal', 'onderdeel', 'school', 'soort', 'waarde'] as const;

function cel(waarde: string | number): string {
  const tekst = String(waarde);
  // Quote every text cell; a leading = + - @ is neutralised so a school name can never become a spreadsheet formula.
  if (typeof waarde === 'number') return tekst;
  const veilig = /^[=+\-@]/.test(tekst) ? `'${tekst}` : tekst;
  return `"${veilig.replace(/"/g, '""')}"`;
}

export function kwartaalCsv(c: Kwartaalcijfers): string {
  const regels: Array<ReadonlyArray<string | number>> = [KOLOMMEN];
  const regel = (onderdeel: string, school: string, soort: string, waarde: number) => regels.push([c.kwartaal, onderdeel, school, soort, waarde]);
  regel('Nieuwe hulpvragen', 'Alle scholen', 'Totaal', c.nieuw);
  for (const s of c.nieuwPerSchool) {
    for (const [soort, aantal] of Object.entries(s.perBesluit) as Array<[keyof typeof BESLUIT_NAMEN, number]>) {
      regel('Nieuwe hulpvragen', s.school, BESLUIT_NAMEN[soort], aantal);
    }
  }
  regel('Regierol actief (van de nieuwe)', 'Alle scholen', 'Aantal', c.regierolActief);
  regel('Regierol actief (van de nieuwe)', 'Alle scholen', 'Procent', c.nieuw === 0 ? 0 : Math.round((100 * c.regierolActief) / c.nieuw));
  for (const v of c.doorlooptijden) {
    const eenheid = v.stap === 'loket' ? 'werkdagen' : 'dagen';
    regel(`Doorlooptijd: ${STAP_NAMEN[v.stap]}`, 'Alle scholen', 'Aantal', v.aantal);
    regel(`Doorlooptijd: ${STAP_NAMEN[v.stap]}`, 'Alle scholen', `Mediaan (${eenheid})`, v.mediaan);
    regel(`Doorlooptijd: ${STAP_NAMEN[v.stap]}`, 'Alle scholen', `90e percentiel (${eenheid})`, v.p90);
    if (v.norm !== undefined) regel(`Doorlooptijd: ${STAP_NAMEN[v.stap]}`, 'Alle scholen', `Binnen norm (${v.norm} ${eenheid})`, v.binnenNorm ?? 0);
  }
  regel('Stagnaties gemeld', 'Alle scholen', 'Aantal', c.stagnaties);
  regel('Besluiten Team NO', 'Alle scholen', 'Aantal', c.teamNoBesluiten);
  return `\uFEFF${regels.map((r) => r.map(cel).join(';')).join('\r\n')}\r\n`;
}
