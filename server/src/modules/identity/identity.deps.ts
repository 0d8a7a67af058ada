import type { RequestDeps } from '../contract.js';
import type { Queryable } from '../../shared/sql.js';
import type { TerritoryLoaders, TerritoryService } from '../territory/index.js';
import type { AuditService } from '../audit/index.js';
import type { NotificationsService } from '../notifications/index.js';
import type { IdentityLoaders } from './identity.loaders.js';

/** What identity services get for one request: their loaders and the lower modules they use. */
export type IdentityRequest = RequestDeps & {
  loaders: { identity: IdentityLoaders; territory: TerritoryLoaders };
  services: { territory: TerritoryService; audit: AuditService; notifications: NotificationsService };
  /** What modules above identity hold about a person (contributions…), added to their data export. */
  personalData(userId: string): Promise<Record<string, unknown>>;
  /** What they erase of a person (an idea's supports stop naming them), in the erasure's transaction. */
  erasePersonalData(tx: Queryable, userId: string): Promise<void>;
};
