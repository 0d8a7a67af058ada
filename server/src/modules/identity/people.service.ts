import type { Queryable } from '../../shared/sql.js';
import type { Role } from '../../authz/index.js';
import { createIdentityStore } from './identity.store.js';

/**
 * What other modules may read of people, outside a request too (the deadline job's reminders):
 * who holds a role for these councils or communes, with their email and notification choices.
 * `db` may be the caller's transaction.
 */
export const holdersOfScopes = (db: Queryable, territoryId: string, councilIds: string[], communeIds: string[]) =>
  createIdentityStore(db).holdersOfScopes(territoryId, councilIds, communeIds);

/** Who holds one of these roles in the territory, with their email and notification choices (moderators…). */
export const holdersOfRoles = (db: Queryable, territoryId: string, roles: readonly Role[]) =>
  createIdentityStore(db).holdersOfRoles(territoryId, roles);

/** People's pseudonyms by id, in one statement (null once an account is erased): authors shown in another module's files. */
export const displayNamesOf = async (db: Queryable, userIds: readonly string[]) =>
  new Map(
    (userIds.length ? await createIdentityStore(db).usersByIds([...new Set(userIds)]) : []).map(
      (u) => [u.id, u.displayName] as const,
    ),
  );
