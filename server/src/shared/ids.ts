import { DomainError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is refused before it reaches SQL. */
export function parseId(value: string, field = 'id'): string {
  if (!UUID.test(value))
    throw new DomainError('BAD_USER_INPUT', `Identifiant invalide (${field}).`, { [field]: 'invalide' });
  return value.toLowerCase();
}

/** Same for optional filter ids. */
export const parseOptionalId = (value: string | null | undefined, field: string) =>
  value == null ? null : parseId(value, field);
