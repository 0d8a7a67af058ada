import type { DataSource } from 'typeorm';
import type { Clock } from '../shared/clock.js';
import type { Viewer } from '../modules/authz/index.js';
import {
  createTerritoryLoaders,
  createTerritoryService,
  createCouncilsService,
  createThemeService,
  type TerritoryDirectory,
  type TerritoryLoaders,
  type TerritoryStore,
} from '../modules/territory/index.js';
import {
  createProgrammationLoaders,
  createProgrammationService,
  type ProgrammationLoaders,
  type ProgrammationStore,
} from '../modules/programmation/index.js';
import {
  createAccountService,
  createIdentityLoaders,
  createProfileService,
  createRolesService,
  type IdentityLoaders,
  type IdentityStore,
  type RequestMeta,
  type UserRow,
} from '../modules/identity/index.js';
import { createNotificationsService } from '../modules/notifications/index.js';
import { createAuditService } from '../modules/audit/index.js';
import {
  createConsultationLoaders,
  createContributionsService,
  createOpinionsService,
  createReportsService,
  type ConsultationLoaders,
  type ConsultationStore,
} from '../modules/consultation/index.js';
import {
  createModerationLoaders,
  createModerationService,
  MODERATING_ROLES,
  type ModerationLoaders,
} from '../modules/moderation/index.js';
import type { ContextOptions, GraphQLContext } from './context.js';

export interface Stores {
  territory: TerritoryStore;
  programmation: ProgrammationStore;
  identity: IdentityStore;
  consultation: ConsultationStore;
}

/** What every request shares: the database, the clock, the stores and the directory of territories. */
export interface Shared {
  ds: DataSource;
  clock: Clock;
  options: ContextOptions;
  stores: Stores;
  territories: TerritoryDirectory;
}

/*
 * A request's loaders and services are built on first use, by getters of these classes: a request
 * builds only the modules it touches. Classes rather than an object of per-request closures: those
 * closures outlived their requests in the young generation and made each garbage collection copy a
 * request's worth of objects (a sixth of the CPU of a small query).
 */

export class RequestLoaders implements Record<keyof GraphQLContext['loaders'], unknown> {
  #territory?: TerritoryLoaders;
  #programmation?: ProgrammationLoaders;
  #identity?: IdentityLoaders;
  #consultation?: ConsultationLoaders;
  #moderation?: ModerationLoaders;
  constructor(
    private readonly ds: DataSource,
    private readonly stores: Stores,
    private readonly user: UserRow | null,
  ) {}
  get territory() {
    return (this.#territory ??= createTerritoryLoaders(this.stores.territory));
  }
  get programmation() {
    return (this.#programmation ??= createProgrammationLoaders(this.stores.programmation, this.territory));
  }
  get identity() {
    if (!this.#identity) {
      this.#identity = createIdentityLoaders(this.stores.identity);
      if (this.user) this.#identity.userById.prime(this.user.id, this.user);
    }
    return this.#identity;
  }
  get consultation() {
    return (this.#consultation ??= createConsultationLoaders(this.stores.consultation, this.stores.identity));
  }
  get moderation() {
    return (this.#moderation ??= createModerationLoaders(this.ds));
  }
}

type Services = GraphQLContext['services'];

export class RequestServices implements Services {
  readonly #built: Partial<Services> = {};
  constructor(
    private readonly shared: Shared,
    private readonly meta: RequestMeta,
    private readonly viewer: Viewer,
    private readonly loaders: RequestLoaders,
  ) {}
  #identityDeps() {
    const { ds, clock, options, stores } = this.shared;
    return {
      ds,
      clock,
      limits: options.limits,
      publicUrl: options.publicUrl,
      meta: this.meta,
      viewer: this.viewer,
      loaders: this.loaders.identity,
      territories: { service: this.territory, loaders: this.loaders.territory },
      // What other modules hold about a person, for their RGPD export.
      personalData: async (userId: string) => ({
        contributions: await stores.consultation.contributionsOfAuthor(userId),
      }),
    };
  }
  #consultationDeps() {
    const { ds, clock, options } = this.shared;
    const { meta, viewer, loaders } = this;
    return {
      ds,
      clock,
      viewer,
      requestId: meta.requestId,
      loaders: loaders.consultation,
      publicUrl: options.publicUrl,
    };
  }
  get territory() {
    const { stores, territories } = this.shared;
    return (this.#built.territory ??= createTerritoryService(stores.territory, this.loaders.territory, territories));
  }
  get programmation() {
    const { stores } = this.shared;
    return (this.#built.programmation ??= createProgrammationService(
      stores.programmation,
      this.loaders.programmation,
      this.loaders.territory,
    ));
  }
  get councils() {
    const { ds, clock } = this.shared;
    return (this.#built.councils ??= createCouncilsService({
      ds,
      clock,
      viewer: this.viewer,
      requestId: this.meta.requestId,
      loaders: this.loaders.territory,
    }));
  }
  get theme() {
    const { ds, clock, territories } = this.shared;
    return (this.#built.theme ??= createThemeService({
      ds,
      clock,
      viewer: this.viewer,
      requestId: this.meta.requestId,
      loaders: this.loaders.territory,
      directory: territories,
    }));
  }
  get account() {
    return (this.#built.account ??= createAccountService(this.#identityDeps()));
  }
  get profile() {
    return (this.#built.profile ??= createProfileService(this.#identityDeps()));
  }
  get roles() {
    return (this.#built.roles ??= createRolesService(this.#identityDeps()));
  }
  get notifications() {
    return (this.#built.notifications ??= createNotificationsService(this.shared.ds));
  }
  get audit() {
    return (this.#built.audit ??= createAuditService(this.shared.ds));
  }
  get reports() {
    return (this.#built.reports ??= createReportsService(this.#consultationDeps()));
  }
  get opinions() {
    return (this.#built.opinions ??= createOpinionsService(this.#consultationDeps()));
  }
  get contributions() {
    return (this.#built.contributions ??= createContributionsService({
      ...this.#consultationDeps(),
      moderation: this.moderation,
    }));
  }
  get moderation() {
    const { ds, clock, options, stores } = this.shared;
    return (this.#built.moderation ??= createModerationService({
      ds,
      clock,
      viewer: this.viewer,
      requestId: this.meta.requestId,
      loaders: this.loaders.moderation,
      publicUrl: options.publicUrl,
      moderators: (territoryId) => stores.identity.holdersOfRoles(territoryId, MODERATING_ROLES),
      territory: (territoryId) => this.loaders.territory.territoryById.load(territoryId),
    }));
  }
}
