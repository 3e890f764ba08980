/**
 * Team NO per region: by default a tenant has one Team NO for all its schools; with REGIOS each school belongs to a
 * region and a case escalates to its school's region's Team NO. A school in no region goes to the tenant's Team NO
 * bound without a region.
 */

/** School name (as on the case, compared without case or surrounding spaces) → region name. */
export type Regioindeling = ReadonlyMap<string, string>;

export const schoolSleutel = (school: string): string => school.trim().toLocaleLowerCase('nl-NL');

export function regioVan(indeling: Regioindeling | undefined, school: string): string | undefined {
  return indeling?.get(schoolSleutel(school));
}

export function regioNamen(indeling: Regioindeling | undefined): string[] {
  return [...new Set(indeling?.values() ?? [])];
}

/** The Team NO channel for a region: that region's own, else the one bound without a region. */
export function kiesTeamNo<K extends { readonly regio?: string }>(kanalen: readonly K[], regio: string | undefined): K | undefined {
  return kanalen.find((k) => regio !== undefined && k.regio === regio) ?? kanalen.find((k) => k.regio === undefined);
}
