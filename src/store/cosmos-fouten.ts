import { DomainError, FOUTCODES } from '../domain/errors';

export function statusVan(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/** 409 (id exists) and 412 (ETag no longer matches) both mean: someone else changed it first. */
export function alsConflict(error: unknown): never {
  const status = statusVan(error);
  if (status === 409 || status === 412) {
    throw new DomainError(FOUTCODES.conflict, 'Iemand anders heeft dit net gewijzigd');
  }
  throw error;
}
