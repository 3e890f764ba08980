/**
 * Figures without case rows: the schakelteam's channel tab (its own open cases) and the quarterly figures for the
 * samenwerkingsverband (seed 002: pilots report per quarter). Nothing here carries a pupil reference or typed text;
 * experts appear by name only in their own schakelteam's figures (caseload).
 */
import { BesluitSoort, STATUS_NAMEN, STATUSSEN, Status } from './route';
import { Hulpvraag, regierolhouder } from './hulpvraag';
import { ROL_NAMEN, Rol } from './personen';
import { Duur, Normen, Verdeling, duren, verdelingen } from './routeklok';
import { StagnatieOmgeving, gestagneerd, openEvaluaties } from './stagnatie';
import { LocalDate, amsterdamNaarUtc, datumInAmsterdam } from './tijd';
import { volgendeStap } from './invarianten';

export interface Telling {
  readonly sleutel: string;
  readonly naam: string;
  readonly aantal: number;
}

function tel(waarden: ReadonlyArray<{ sleutel: string; naam: string }>): Telling[] {
  const per = new Map<string, Telling>();
  for (const { sleutel, naam } of waarden) per.set(sleutel, { sleutel, naam, aantal: (per.get(sleutel)?.aantal ?? 0) + 1 });
  return [...per.values()].sort((a, b) => b.aantal - a.aantal || a.naam.localeCompare(b.naam));
}

/**
 * Whose turn a case is, per role, from the same rule as the case card and the tab's "wacht op mij" (invarianten.ts
 * `volgendeStap`): a case counts under each role its next step names; one that only a functional administrator can
 * move on (binding the schakelteam again) under "functioneel beheerder"; one the bot moves on itself under none.
 */
function aanZetTelling(h: Hulpvraag): Array<{ sleutel: string; naam: string }> {
  const stap = volgendeStap(h);
  if (!stap || stap.systeem) return [];
  if (stap.beheer) return [{ sleutel: 'beheer', naam: 'functioneel beheerder' }];
  return stap.rollen.map((rol: Rol) => ({ sleutel: rol, naam: ROL_NAMEN[rol] }));
}

export interface SchakelteamKengetallen {
  readonly open: number;
  readonly perStatus: readonly Telling[];
  readonly perExpert: readonly Telling[];
  readonly aanZet: readonly Telling[];
  readonly evaluatiesAchterstallig: number;
  readonly stagnaties: number;
  readonly teamNoBesluiten: number;
  readonly routeklok: readonly Verdeling[];
}

export function schakelteamKengetallen(hulpvragen: readonly Hulpvraag[], nu: Date, normen: Normen, omgeving: StagnatieOmgeving): SchakelteamKengetallen {
  const vandaag = datumInAmsterdam(nu);
  const open = hulpvragen.filter((h) => h.status !== 'gesloten');
  const volgorde = (s: Status) => String(STATUSSEN.indexOf(s)).padStart(2, '0');
  return {
    open: open.length,
    perStatus: tel(open.map((h) => ({ sleutel: volgorde(h.status), naam: STATUS_NAMEN[h.status] }))).sort((a, b) => a.sleutel.localeCompare(b.sleutel)),
    perExpert: tel(
      open.map((h) => {
        const houder = regierolhouder(h);
        return houder ? { sleutel: houder.aadObjectId, naam: houder.naam } : { sleutel: '-', naam: 'Nog geen regierolhouder' };
      }),
    ),
    aanZet: tel(open.flatMap(aanZetTelling)),
    evaluatiesAchterstallig: open.filter((h) => openEvaluaties(h).some((e) => e.datum < vandaag)).length,
    stagnaties: open.filter((h) => h.stagnatie || h.status === 'stagnatie_team_no' || gestagneerd(h, nu, omgeving)).length,
    teamNoBesluiten: hulpvragen.filter((h) => h.teamNoBesluit).length,
    routeklok: verdelingen(
      hulpvragen.flatMap((h) => duren(h, vandaag, omgeving.feestdagen)),
      normen,
    ),
  };
}

/** A quarter as "2026-K4" (the fourth quarter of 2026). */
export interface Kwartaal {
  readonly code: string;
  /** First day, inclusive. */
  readonly van: LocalDate;
  /** First day of the next quarter, exclusive. */
  readonly tot: LocalDate;
}

const KWARTAAL = /^(\d{4})-K([1-4])$/;

export function kwartaal(code: string): Kwartaal | undefined {
  const match = KWARTAAL.exec(code);
  if (!match) return undefined;
  const jaar = Number(match[1]);
  const k = Number(match[2]);
  const maand = (n: number) => String(n).padStart(2, '0');
  return { code, van: `${jaar}-${maand(3 * k - 2)}-01`, tot: k === 4 ? `${jaar + 1}-01-01` : `${jaar}-${maand(3 * k + 1)}-01` };
}

export function kwartaalVan(datum: LocalDate): Kwartaal {
  const k = Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1;
  return kwartaal(`${datum.slice(0, 4)}-K${k}`) as Kwartaal;
}

/** The quarter's bounds as UTC instants (midnight in Amsterdam, so summer time is respected). */
export function kwartaalGrenzen(k: Kwartaal): { readonly van: Date; readonly tot: Date } {
  return { van: amsterdamNaarUtc(k.van, 0), tot: amsterdamNaarUtc(k.tot, 0) };
}

const BESLUITEN: ReadonlyArray<BesluitSoort | 'geen'> = ['regierol', 'expertiseteam', 'loket', 'basisondersteuning', 'geen'];
export const BESLUIT_NAMEN: Record<BesluitSoort | 'geen', string> = {
  regierol: 'Regierol naar expert',
  expertiseteam: 'Expertiseteam',
  loket: 'Loket',
  basisondersteuning: 'Basisondersteuning',
  geen: 'Nog geen besluit',
};

export interface NieuwPerSchool {
  readonly school: string;
  readonly perBesluit: Readonly<Record<BesluitSoort | 'geen', number>>;
  readonly totaal: number;
}

export interface Kwartaalcijfers {
  readonly kwartaal: string;
  readonly nieuw: number;
  readonly nieuwPerSchool: readonly NieuwPerSchool[];
  /** Of the new hulpvragen of the quarter: how many have reached an active regierol (by the day of the report). */
  readonly regierolActief: number;
  readonly doorlooptijden: readonly Verdeling[];
  readonly stagnaties: number;
  readonly teamNoBesluiten: number;
}

function inKwartaal(datum: LocalDate | undefined, k: Kwartaal): boolean {
  return datum !== undefined && datum >= k.van && datum < k.tot;
}

/** History lines of one kind in the quarter; when the capped history lost them all, the field still tells the last one. */
function gebeurtenissenIn(h: Hulpvraag, wat: string, laatste: LocalDate | undefined, k: Kwartaal): number {
  const regels = h.geschiedenis.filter((r) => r.wat === wat);
  if (regels.length === 0) return inKwartaal(laatste, k) ? 1 : 0;
  return regels.filter((r) => inKwartaal(datumInAmsterdam(new Date(r.tijdstip)), k)).length;
}

/**
 * The quarter's figures over the given cases (those changed in or after the quarter): new hulpvragen by school and
 * decision, lead times of steps that ended in the quarter, share reaching an active regierol, stagnations flagged
 * and Team NO decisions taken in the quarter.
 */
export function kwartaalcijfers(hulpvragen: readonly Hulpvraag[], k: Kwartaal, nu: Date, normen: Normen, omgeving: StagnatieOmgeving): Kwartaalcijfers {
  const vandaag = datumInAmsterdam(nu);
  const nieuw = hulpvragen.filter((h) => inKwartaal(datumInAmsterdam(new Date(h.aangemaakt)), k));
  const scholen = [...new Set(nieuw.map((h) => h.school))].sort((a, b) => a.localeCompare(b));
  const nieuwPerSchool = scholen.map((school) => {
    const vanSchool = nieuw.filter((h) => h.school === school);
    const perBesluit = Object.fromEntries(BESLUITEN.map((b) => [b, vanSchool.filter((h) => (h.besluit?.soort ?? 'geen') === b).length])) as Record<BesluitSoort | 'geen', number>;
    return { school, perBesluit, totaal: vanSchool.length };
  });
  const stappen: Duur[] = hulpvragen.flatMap((h) => duren(h, vandaag, omgeving.feestdagen)).filter((d) => d.stap !== 'overbrugging' && inKwartaal(d.tot, k));
  return {
    kwartaal: k.code,
    nieuw: nieuw.length,
    nieuwPerSchool,
    regierolActief: nieuw.filter((h) => h.regierolSinds !== undefined).length,
    doorlooptijden: verdelingen(stappen, normen).filter((v) => v.stap !== 'overbrugging'),
    stagnaties: hulpvragen.reduce((som, h) => som + gebeurtenissenIn(h, 'stagnatie_gemeld', h.stagnatie ? datumInAmsterdam(new Date(h.stagnatie.sinds)) : undefined, k), 0),
    teamNoBesluiten: hulpvragen.reduce((som, h) => som + gebeurtenissenIn(h, 'team_no_besluit', h.teamNoBesluit?.datum, k), 0),
  };
}
