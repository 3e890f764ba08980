/** A person as Teams identifies them: tenant plus AAD object id (or the Playground's configured user id). */
export interface Persoon {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly naam: string;
}

export function zelfdePersoon(a: Pick<Persoon, 'tenantId' | 'aadObjectId'>, b: Pick<Persoon, 'tenantId' | 'aadObjectId'>): boolean {
  return a.tenantId === b.tenantId && a.aadObjectId === b.aadObjectId;
}

export const DISCIPLINES = [
  'schoolmaatschappelijk werker',
  'jeugdverpleegkundige',
  'jeugdarts',
  'begeleider passend onderwijs',
  'orthopedagoog/schoolpsycholoog',
  'gezinsspecialist',
  'onderwijsspecialist',
  'leerplichtambtenaar',
  'Loket-medewerker',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const ROLLEN = [
  'ib_coo',
  'schakelfunctionaris',
  'regierolhouder',
  'kandidaat_regierol',
  'expert',
  'expertiseteam',
  'loket',
  'team_no',
] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_NAMEN: Record<Rol, string> = {
  ib_coo: "IB'er/COO",
  schakelfunctionaris: 'schakelfunctionaris O/JH',
  regierolhouder: 'regierolhouder',
  kandidaat_regierol: 'voorgestelde regierolhouder',
  expert: 'expert',
  expertiseteam: 'expertiseteam',
  loket: 'Loket',
  team_no: 'Team NO',
};

export interface Betrokkene extends Persoon {
  readonly rol: Rol;
  readonly discipline?: Discipline;
  /** The Teams user id (29:…), needed for user-specific card views (refresh.userIds). */
  readonly teamsId?: string;
  /** For the regierolhouder: when they accepted it (the rules of the route hold nobody as holder who did not). */
  readonly geaccepteerd?: string;
}
