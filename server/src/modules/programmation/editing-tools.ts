import type DataLoader from 'dataloader';
import { actorOf } from '../../authz/index.js';
import { DomainError } from '../../shared/errors.js';
import { isUniqueViolation, type Queryable } from '../../shared/sql.js';
import type { TenantKey } from '../../shared/tenant-loader.js';
import { recordAudit } from '../audit/index.js';
import type { ProgrammationRequest } from './programmation.deps.js';

type JournalEntry = Parameters<typeof recordAudit>[4];

/** What the editing services share: the journal, reads of the new state, and French refusals. */
export function editingTools(deps: ProgrammationRequest) {
  return {
    /** One journal entry, in the transaction of the change it traces. */
    audit: (tx: Queryable, entry: JournalEntry) =>
      recordAudit(tx, deps.clock, actorOf(deps.viewer), deps.requestId, entry),

    /** The row as the payload shows it, read afresh: loaders are per request and may hold the old one. */
    async reloaded<R>(
      loader: DataLoader<TenantKey, R | null>,
      key: TenantKey,
      ...related: DataLoader<TenantKey, unknown>[]
    ) {
      for (const l of [loader, ...related]) l.clear(key);
      const row = await loader.load(key);
      if (!row) throw new Error(`${key.id} vanished right after being written`);
      return row;
    },
  };
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} introuvable dans ce territoire.`);

/** An id of the form that names nothing of this territory. */
export const unknownIn = (field: string, what: string) =>
  new DomainError('BAD_USER_INPUT', `${what} n’appartient pas à ce territoire.`, { [field]: 'inconnu' });

/** A name (or reference) already taken, said on its field, instead of the unique index's error. */
export async function uniqueOr<T>(write: Promise<T>, index: string, field: string, message: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error, index)) throw new DomainError('BAD_USER_INPUT', message, { [field]: 'déjà utilisé' });
    throw error;
  }
}
