import type { Viewer } from '../authz/index.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { RequestMeta } from '../modules/contract.js';
import type { TerritorySlice } from '../modules/territory/index.js';
import type { ProgrammationSlice } from '../modules/programmation/index.js';
import type { IdentitySlice } from '../modules/identity/index.js';
import type { NotificationsSlice } from '../modules/notifications/index.js';
import type { AuditSlice } from '../modules/audit/index.js';
import type { ConsultationSlice } from '../modules/consultation/index.js';
import type { ModerationSlice } from '../modules/moderation/index.js';
import type { IdeasSlice } from '../modules/ideas/index.js';
import type { EventsSlice } from '../modules/events/index.js';

/** What every resolver knows of its request, whatever the module. */
export interface RequestBase {
  requestId: string;
  viewer: Viewer;
  meta: RequestMeta;
  limits: RateLimits;
  /** Whether emails leave through SMTP (otherwise staff read them in the outbox). */
  smtpConfigured: boolean;
}

/**
 * The GraphQL context: each module's slice (its loaders and services), nothing else. Type only: the
 * composition root (`server/src/composition/`) builds it, and its scope is checked against each slice.
 */
export type GraphQLContext = RequestBase &
  TerritorySlice &
  ProgrammationSlice &
  IdentitySlice &
  NotificationsSlice &
  AuditSlice &
  ModerationSlice &
  ConsultationSlice &
  IdeasSlice &
  EventsSlice;
