import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../shared/clock.js';
import { RequestLoaders, RequestServices, type Stores } from './request-scope.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { Viewer } from '../modules/authz/index.js';
import {
  createTerritoryDirectory,
  createTerritoryStore,
  type CouncilsService,
  type ThemeService,
  type TerritoryLoaders,
  type TerritoryService,
} from '../modules/territory/index.js';
import {
  createProgrammationStore,
  type ProgrammationLoaders,
  type ProgrammationService,
} from '../modules/programmation/index.js';
import {
  createIdentityStore,
  resolveViewer,
  type AccountService,
  type IdentityLoaders,
  type ProfileService,
  type RequestMeta,
  type RolesService,
} from '../modules/identity/index.js';
import type { NotificationsService } from '../modules/notifications/index.js';
import type { AuditService } from '../modules/audit/index.js';
import {
  createConsultationStore,
  type ConsultationLoaders,
  type ContributionsService,
  type OpinionsService,
  type ReportsService,
} from '../modules/consultation/index.js';
import type { ModerationLoaders, ModerationService } from '../modules/moderation/index.js';

export interface GraphQLContext {
  requestId: string;
  viewer: Viewer;
  meta: RequestMeta;
  limits: RateLimits;
  /** Whether emails leave through SMTP (otherwise staff read them in the outbox). */
  smtpConfigured: boolean;
  loaders: {
    territory: TerritoryLoaders;
    programmation: ProgrammationLoaders;
    identity: IdentityLoaders;
    consultation: ConsultationLoaders;
    moderation: ModerationLoaders;
  };
  services: {
    territory: TerritoryService;
    programmation: ProgrammationService;
    councils: CouncilsService;
    theme: ThemeService;
    account: AccountService;
    profile: ProfileService;
    roles: RolesService;
    notifications: NotificationsService;
    audit: AuditService;
    reports: ReportsService;
    opinions: OpinionsService;
    contributions: ContributionsService;
    moderation: ModerationService;
  };
}

export interface ContextOptions {
  limits: RateLimits;
  publicUrl: string;
  smtpConfigured: boolean;
  clock?: Clock;
}

/**
 * Stores are stateless and shared, and so is the short-lived directory of territories by code; the
 * viewer, loaders and the services that use them are per request, built on first use. A request
 * without a session cookie costs no statement to resolve its viewer.
 */
export function createContextFactory(ds: DataSource, options: ContextOptions) {
  const clock = options.clock ?? systemClock;
  const stores: Stores = {
    territory: createTerritoryStore(ds),
    programmation: createProgrammationStore(ds),
    identity: createIdentityStore(ds),
    consultation: createConsultationStore(ds),
  };
  const shared = { ds, clock, options, stores, territories: createTerritoryDirectory(stores.territory, clock) };
  return async (meta: RequestMeta): Promise<GraphQLContext> => {
    const { viewer, user } = await resolveViewer(ds, clock, meta.cookie.token);
    const loaders = new RequestLoaders(ds, stores, user);
    return {
      requestId: meta.requestId,
      viewer,
      meta,
      limits: options.limits,
      smtpConfigured: options.smtpConfigured,
      loaders,
      services: new RequestServices(shared, meta, viewer, loaders),
    };
  };
}
