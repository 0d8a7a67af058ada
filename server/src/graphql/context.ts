import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../shared/clock.js';
import { lazy } from '../shared/lazy.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { Viewer } from '../modules/authz/index.js';
import {
  createTerritoryLoaders,
  createTerritoryService,
  createTerritoryDirectory,
  createTerritoryStore,
  createCouncilsService,
  type CouncilsService,
  type TerritoryLoaders,
  type TerritoryService,
} from '../modules/territory/index.js';
import {
  createProgrammationLoaders,
  createProgrammationService,
  createProgrammationStore,
  type ProgrammationLoaders,
  type ProgrammationService,
} from '../modules/programmation/index.js';
import {
  createAccountService,
  createIdentityLoaders,
  createIdentityStore,
  createProfileService,
  createRolesService,
  resolveViewer,
  type AccountService,
  type IdentityLoaders,
  type ProfileService,
  type RequestMeta,
  type RolesService,
} from '../modules/identity/index.js';
import { createNotificationsService, type NotificationsService } from '../modules/notifications/index.js';
import { createAuditService, type AuditService } from '../modules/audit/index.js';
import {
  createConsultationLoaders,
  createConsultationStore,
  createContributionsService,
  createOpinionsService,
  createReportsService,
  type ConsultationLoaders,
  type ContributionsService,
  type OpinionsService,
  type ReportsService,
} from '../modules/consultation/index.js';

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
  };
  services: {
    territory: TerritoryService;
    programmation: ProgrammationService;
    councils: CouncilsService;
    account: AccountService;
    profile: ProfileService;
    roles: RolesService;
    notifications: NotificationsService;
    audit: AuditService;
    reports: ReportsService;
    opinions: OpinionsService;
    contributions: ContributionsService;
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
  const stores = {
    territory: createTerritoryStore(ds),
    programmation: createProgrammationStore(ds),
    identity: createIdentityStore(ds),
    consultation: createConsultationStore(ds),
  };
  const territories = createTerritoryDirectory(stores.territory, clock);
  return async (meta: RequestMeta): Promise<GraphQLContext> => {
    const { viewer, user } = await resolveViewer(ds, clock, meta.cookie.token);
    const loaders: GraphQLContext['loaders'] = lazy({
      territory: () => createTerritoryLoaders(stores.territory),
      programmation: () => createProgrammationLoaders(stores.programmation, loaders.territory),
      identity: () => {
        const identity = createIdentityLoaders(stores.identity);
        if (user) identity.userById.prime(user.id, user);
        return identity;
      },
      consultation: () => createConsultationLoaders(stores.consultation),
    });
    const identityDeps = () => ({
      ds,
      clock,
      limits: options.limits,
      publicUrl: options.publicUrl,
      meta,
      viewer,
      loaders: loaders.identity,
      territories: { service: services.territory, loaders: loaders.territory },
      // What other modules hold about a person, for their RGPD export.
      personalData: async (userId: string) => ({
        contributions: await stores.consultation.contributionsOfAuthor(userId),
      }),
    });
    const consultationDeps = () => ({
      ds,
      clock,
      viewer,
      requestId: meta.requestId,
      loaders: loaders.consultation,
      publicUrl: options.publicUrl,
    });
    const services: GraphQLContext['services'] = lazy({
      territory: () => createTerritoryService(stores.territory, loaders.territory, territories),
      programmation: () => createProgrammationService(stores.programmation, loaders.programmation, loaders.territory),
      councils: () =>
        createCouncilsService({ ds, clock, viewer, requestId: meta.requestId, loaders: loaders.territory }),
      account: () => createAccountService(identityDeps()),
      profile: () => createProfileService(identityDeps()),
      roles: () => createRolesService(identityDeps()),
      notifications: () => createNotificationsService(ds),
      audit: () => createAuditService(ds),
      reports: () => createReportsService(consultationDeps()),
      opinions: () => createOpinionsService(consultationDeps()),
      contributions: () => createContributionsService(consultationDeps()),
    });
    return {
      requestId: meta.requestId,
      viewer,
      meta,
      limits: options.limits,
      smtpConfigured: options.smtpConfigured,
      loaders,
      services,
    };
  };
}
