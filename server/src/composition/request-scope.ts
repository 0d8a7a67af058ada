import type { Viewer } from '../authz/index.js';
import type { ModuleDeps, RequestDeps, RequestMeta } from '../modules/contract.js';
import type { IdentitySlice, UserRow } from '../modules/identity/index.js';
import type { TerritorySlice } from '../modules/territory/index.js';
import type { ProgrammationSlice } from '../modules/programmation/index.js';
import type { AuditSlice } from '../modules/audit/index.js';
import type { NotificationsSlice } from '../modules/notifications/index.js';
import type { ConsultationSlice } from '../modules/consultation/index.js';
import type { ModerationSlice } from '../modules/moderation/index.js';
import type { IdeasSlice } from '../modules/ideas/index.js';
import type { EventsSlice } from '../modules/events/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Modules } from './modules.js';
import type { Queryable } from '../shared/sql.js';

/*
 * A request's loaders and services are built on first use, by getters of these classes: a request
 * builds only the modules it touches. Classes rather than an object of per-request closures: those
 * closures outlived their requests in the young generation and made each garbage collection copy a
 * request's worth of objects (a sixth of the CPU of a small query).
 */

type Loaders = GraphQLContext['loaders'];
type Services = GraphQLContext['services'];

class ScopeLoaders implements Loaders {
  #territory?: Loaders['territory'];
  #programmation?: Loaders['programmation'];
  #identity?: Loaders['identity'];
  #consultation?: Loaders['consultation'];
  #moderation?: Loaders['moderation'];
  #ideas?: Loaders['ideas'];
  #events?: Loaders['events'];
  constructor(
    private readonly modules: Modules,
    private readonly scope: RequestScope,
    private readonly user: UserRow | null,
  ) {}
  get territory(): Loaders['territory'] {
    return (this.#territory ??= this.modules.territory.loaders(this.scope));
  }
  get programmation(): Loaders['programmation'] {
    return (this.#programmation ??= this.modules.programmation.loaders(this.scope));
  }
  get identity(): Loaders['identity'] {
    if (!this.#identity) {
      this.#identity = this.modules.identity.loaders(this.scope);
      if (this.user) this.#identity.userById.prime(this.user.id, this.user);
    }
    return this.#identity;
  }
  get consultation(): Loaders['consultation'] {
    return (this.#consultation ??= this.modules.consultation.loaders(this.scope));
  }
  get moderation(): Loaders['moderation'] {
    return (this.#moderation ??= this.modules.moderation.loaders(this.scope));
  }
  get ideas(): Loaders['ideas'] {
    return (this.#ideas ??= this.modules.ideas.loaders(this.scope));
  }
  get events(): Loaders['events'] {
    return (this.#events ??= this.modules.events.loaders(this.scope));
  }
}

/** The services of every module, by the flat names resolvers use; each module is built on first use. */
class ScopeServices implements Services {
  #territory?: TerritorySlice['services'];
  #identity?: IdentitySlice['services'];
  #consultation?: ConsultationSlice['services'];
  #programmation?: ProgrammationSlice['services'];
  #audit?: AuditSlice['services'];
  #notifications?: NotificationsSlice['services'];
  #moderation?: ModerationSlice['services'];
  #ideas?: IdeasSlice['services'];
  #events?: EventsSlice['services'];
  constructor(
    private readonly modules: Modules,
    private readonly scope: RequestScope,
  ) {}
  #ofTerritory(): TerritorySlice['services'] {
    return (this.#territory ??= this.modules.territory.services(this.scope));
  }
  #ofProgrammation(): ProgrammationSlice['services'] {
    return (this.#programmation ??= this.modules.programmation.services(this.scope));
  }
  #ofIdentity(): IdentitySlice['services'] {
    return (this.#identity ??= this.modules.identity.services(this.scope));
  }
  #ofConsultation(): ConsultationSlice['services'] {
    return (this.#consultation ??= this.modules.consultation.services(this.scope));
  }
  #ofIdeas(): IdeasSlice['services'] {
    return (this.#ideas ??= this.modules.ideas.services(this.scope));
  }
  #ofEvents(): EventsSlice['services'] {
    return (this.#events ??= this.modules.events.services(this.scope));
  }
  get territory(): Services['territory'] {
    return this.#ofTerritory().territory;
  }
  get councils(): Services['councils'] {
    return this.#ofTerritory().councils;
  }
  get theme(): Services['theme'] {
    return this.#ofTerritory().theme;
  }
  get programmation(): Services['programmation'] {
    return this.#ofProgrammation().programmation;
  }
  get programmationExport(): Services['programmationExport'] {
    return this.#ofProgrammation().programmationExport;
  }
  get programmationEditing(): Services['programmationEditing'] {
    return this.#ofProgrammation().programmationEditing;
  }
  get actionEditing(): Services['actionEditing'] {
    return this.#ofProgrammation().actionEditing;
  }
  get programmationImport(): Services['programmationImport'] {
    return this.#ofProgrammation().programmationImport;
  }
  get account(): Services['account'] {
    return this.#ofIdentity().account;
  }
  get profile(): Services['profile'] {
    return this.#ofIdentity().profile;
  }
  get roles(): Services['roles'] {
    return this.#ofIdentity().roles;
  }
  get notifications(): Services['notifications'] {
    return (this.#notifications ??= this.modules.notifications.services(this.scope)).notifications;
  }
  get audit(): Services['audit'] {
    return (this.#audit ??= this.modules.audit.services(this.scope)).audit;
  }
  get moderation(): Services['moderation'] {
    return (this.#moderation ??= this.modules.moderation.services(this.scope)).moderation;
  }
  get reports(): Services['reports'] {
    return this.#ofConsultation().reports;
  }
  get opinions(): Services['opinions'] {
    return this.#ofConsultation().opinions;
  }
  get contributions(): Services['contributions'] {
    return this.#ofConsultation().contributions;
  }
  get ideas(): Services['ideas'] {
    return this.#ofIdeas().ideas;
  }
  get ideaParticipation(): Services['ideaParticipation'] {
    return this.#ofIdeas().ideaParticipation;
  }
  get ideaStaff(): Services['ideaStaff'] {
    return this.#ofIdeas().ideaStaff;
  }
  get events(): Services['events'] {
    return this.#ofEvents().events;
  }
  get eventRegistrations(): Services['eventRegistrations'] {
    return this.#ofEvents().eventRegistrations;
  }
}

/** One request: what every module's services receive, and the GraphQL context (a narrower view of it). */
export class RequestScope implements RequestDeps, GraphQLContext {
  readonly ds: ModuleDeps['ds'];
  readonly clock: ModuleDeps['clock'];
  readonly limits: ModuleDeps['limits'];
  readonly publicUrl: string;
  readonly smtpConfigured: boolean;
  readonly requestId: string;
  readonly loaders: ScopeLoaders;
  readonly services: ScopeServices;
  constructor(
    modules: Modules,
    deps: ModuleDeps,
    readonly meta: RequestMeta,
    readonly viewer: Viewer,
    user: UserRow | null,
  ) {
    this.ds = deps.ds;
    this.clock = deps.clock;
    this.limits = deps.limits;
    this.publicUrl = deps.publicUrl;
    this.smtpConfigured = deps.smtpConfigured;
    this.requestId = meta.requestId;
    this.loaders = new ScopeLoaders(modules, this, user);
    this.services = new ScopeServices(modules, this);
  }
  /** What modules above identity hold about a person, for their data export. */
  async personalData(userId: string) {
    const [contributions, ideas, events] = await Promise.all([
      this.services.contributions.ofAuthor(userId),
      this.services.ideas.personalData(userId),
      this.services.eventRegistrations.personalData(userId),
    ]);
    return { contributions, ...ideas, ...events };
  }
  /** What modules above identity erase of a person, in the erasure's transaction. */
  async erasePersonalData(tx: Queryable, userId: string) {
    await this.services.ideas.erasePersonalData(tx, userId);
    await this.services.eventRegistrations.erasePersonalData(tx, userId);
  }
}
